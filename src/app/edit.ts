import path from 'node:path';
import { formatTimestamp } from '../codecs/dates.js';
import { rewriteFrontMatter } from '../codecs/entry-file.js';
import type { CaptureOutcome } from '../core/entries/entry-writer.js';
import type { Entry } from '../core/entries/entry.js';
import { readEntry } from '../core/entries/entry.js';
import type { Finding } from '../core/privacy/kinds.js';
import { MindlinesError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { sha256 } from './reflection.js';

/** The edit did not parse: the entry keeps its last good version, the edit is kept for next time. */
export class EditNotValidError extends MindlinesError {}

/** How `edit` talks to the person between editor runs (the command supplies it from ui/ and the prompter). */
export interface EditView {
  info(text: string): void;
  warn(text: string): void;
  /** Whether to open the editor again on an edit that did not parse; undefined when nobody can be asked. */
  reopen?: (() => Promise<boolean>) | undefined;
}

export type EditResult =
  | { action: 'unchanged'; entry: Entry }
  | { action: 'saved'; entry: Entry; findings: Finding[]; outcome?: CaptureOutcome; renamedFrom?: string | undefined };

/**
 * `edit ID`: the entry opens in $VISUAL / $EDITOR (a copy in the private `.mindlines/editing/` folder); when the
 * editor closes, the text is validated. If it parses (with the same id) it replaces the entry, atomically and only
 * if the file did not change meanwhile, and the file is renamed when its title or date changed. If not, the edit is
 * kept and the person told where (and, in a terminal, offered to re-open it); the entry keeps its last good version.
 */
export async function editEntry(
  ctx: Pick<JournalPorts, 'journal' | 'writer' | 'keptEdits' | 'editor' | 'clock' | 'capture'>,
  view: EditView,
  ref: string,
): Promise<EditResult> {
  const entry = await ctx.journal.find(ref);
  const original = await ctx.journal.readText(entry.path);
  const expectedHash = sha256(original);
  const kept = ctx.keptEdits;
  const keptRel = kept.relative(entry.meta.id);
  let text = (await kept.read(entry.meta.id)) ?? original;
  if (text !== original) view.info(messages.editResuming(keptRel));
  for (;;) {
    // Which editor opens, and how to choose another (issue 17), said only in a terminal.
    const announce = view.reopen ? (editor: string, source: Parameters<typeof messages.editorOpening>[2]) => view.info(messages.editorOpening(entry.meta.title, editor, source)) : undefined;
    const edited = await ctx.editor.edit(text, { name: path.posix.basename(entry.path), announce });
    if (edited === original) {
      await kept.remove(entry.meta.id);
      return { action: 'unchanged', entry };
    }
    const result = readEntry(entry.path, edited);
    const problem = !result.ok
      ? { line: result.problem.line, message: result.problem.message }
      : result.entry.meta.id !== entry.meta.id
        ? { line: 2, message: messages.editIdChanged }
        : undefined;
    if (!problem) {
      const stamped = rewriteFrontMatter(edited, { updated: formatTimestamp(ctx.clock.now()) });
      const replaced = await ctx.writer.replaceText(entry.path, stamped, expectedHash, { review: ctx.capture });
      const renamed = await ctx.writer.renameToMatch(replaced.entry);
      await kept.remove(entry.meta.id);
      // The rename's check covers the same text under its new name: report that one when the file moved.
      const findings = renamed.entry.path === entry.path ? replaced.findings : renamed.findings;
      return { action: 'saved', entry: renamed.entry, findings, outcome: replaced.outcome, renamedFrom: renamed.entry.path === entry.path ? undefined : entry.path };
    }
    // Never lose the edit: keep it before asking anything.
    await kept.keep(entry.meta.id, edited);
    view.warn(messages.editInvalid(`${entry.path}:${problem.line}`, problem.message));
    if (view.reopen && (await view.reopen())) {
      text = edited;
      continue;
    }
    throw new EditNotValidError(messages.editKept(keptRel), 1, { hint: messages.editKeptHint(ref) });
  }
}
