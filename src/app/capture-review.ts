import path from 'node:path';
import type { CaptureDecision, CaptureReview } from '../core/entries/entry-writer.js';
import { isBlocking, type Finding } from '../core/privacy/kinds.js';
import { PiiFoundError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';

/** What the person chose in a terminal when identifiers were found in what they just wrote. */
export type CaptureChoice = 'placeholders' | 'private' | 'edit' | 'save' | 'cancel';

/** How a capture review talks to the person (the command supplies it from ui/ and the prompter). */
export interface CaptureView {
  /** Shows the findings at once: where (line, column), what kind, and why. */
  show(findings: readonly Finding[], file: string): void;
  /** In a terminal: what to do about them (without `save` under --strict). Undefined when nobody can be asked. */
  choose?: ((options: { strict: boolean }) => Promise<CaptureChoice>) | undefined;
}

/** A capture refused (--strict, or cancelled at the prompt): nothing was written, and the text was kept. */
export class CaptureRefusedError extends PiiFoundError {
  constructor(
    readonly findings: Finding[],
    readonly keptAt: string,
  ) {
    super(messages.captureRefused(findings.length, keptAt), { hint: messages.captureRefusedHint });
  }
}

/**
 * The warning at the moment of capture (issue 13), on every write path: the findings are shown at once; in a
 * terminal the person chooses to replace them with placeholders, keep the entry private, edit it, or save it as it
 * is; without a terminal the entry is saved (text is never lost) with the findings on stderr; under --strict it is
 * refused instead (exit 1), its text kept in `.mindlines/edits/ID.md`. Low-confidence findings are shown but never
 * stop a capture unless strict.
 */
export function captureReview(ctx: Pick<JournalPorts, 'editor' | 'keptEdits'>, view: CaptureView, options: { strict?: boolean | undefined } = {}): CaptureReview {
  const strict = options.strict === true;
  const refuse = async (findings: Finding[], id: string | undefined, text: string): Promise<never> => {
    const key = id ?? 'capture';
    await ctx.keptEdits.keep(key, text);
    throw new CaptureRefusedError(findings, ctx.keptEdits.relative(key));
  };
  return {
    decide: async (findings, write): Promise<CaptureDecision> => {
      view.show(findings, write.path);
      if (!findings.some((f) => isBlocking(f, strict))) return { action: 'save' };
      if (!view.choose) {
        if (strict) return refuse(findings, write.id, write.text);
        return { action: 'save' };
      }
      const choice = await view.choose({ strict });
      switch (choice) {
        case 'placeholders':
          return { action: 'placeholders' };
        case 'private':
          return { action: 'private' };
        case 'edit':
          return { action: 'edit', text: await ctx.editor.edit(write.text, { name: path.posix.basename(write.path) }) };
        case 'save':
          if (!strict) return { action: 'save' };
          return refuse(findings, write.id, write.text);
        default:
          return refuse(findings, write.id, write.text);
      }
    },
  };
}
