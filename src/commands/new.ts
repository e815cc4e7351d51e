import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { SHORT_TEMPLATE } from '../core/reflection/template-time.js';
import { InputRequiredError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { isInteractive, withCaptureReview } from './terminal.js';

export interface NewOptions {
  answers?: string | undefined;
  template?: string | undefined;
  title?: string | undefined;
  /** `--resume` (the most recent draft) or `--resume ID`. */
  resume?: string | boolean | undefined;
  /** Refuse an entry holding possible identifiers (issue 13) instead of asking or warning. */
  strict?: boolean | undefined;
  /** The short path (issue 17): the reflect-short template. */
  short?: boolean | undefined;
}

/** `--short` is the short reflection's template; with another `--template` it is a usage error. */
export function templateFor(opts: { template?: string | undefined; short?: boolean | undefined }): string | undefined {
  if (!opts.short) return opts.template;
  if (opts.template && opts.template !== SHORT_TEMPLATE) throw new UsageError(messages.shortAndTemplate(opts.template));
  return SHORT_TEMPLATE;
}

/** `mindlines new`: the guided interview in a terminal, or an entry from an answers file (`--answers FILE|-`). */
export async function runNew(given: NewOptions, ctx: Context): Promise<void> {
  const opts = { ...given, template: templateFor(given) };
  if (!opts.answers) {
    // Checked before anything else loads, so a script without a terminal gets its answer at once.
    if (!isInteractive(ctx.runtime)) {
      throw new InputRequiredError(opts.resume ? messages.newNeedsTerminalForResume : messages.newNeedsAnswers, { hint: messages.newNeedsAnswersHint });
    }
    const [{ newReflection }, { terminalSessionView, showReflectionResult }] = await Promise.all([import('../app/reflection.js'), import('../ui/reflection-view.js')]);
    const view = terminalSessionView(ctx.ui, ctx.markdown, ctx.runtime.stdout.columns);
    const result = await newReflection(await withCaptureReview(ctx, opts.strict), { prompter: await ctx.prompter(), view }, opts);
    if (result.action === 'saved') (await import('../ui/capture-view.js')).reportCapture(ctx.ui, result);
    showReflectionResult(result, ctx.ui, Boolean(ctx.globals.json));
    return;
  }
  const [{ readAnswers }, { writeFromAnswers }] = await Promise.all([import('../app/input.js'), import('../app/new-entry.js')]);
  const { answers, source, keyLines } = await readAnswers(opts.answers, { files: ctx.files, cwd: ctx.cwd, stdin: ctx.runtime.stdin });
  const saved = await writeFromAnswers(await withCaptureReview(ctx, opts.strict), { answers, source, keyLines, template: opts.template, title: opts.title });
  const { entry } = saved;
  (await import('../ui/capture-view.js')).reportCapture(ctx.ui, saved);
  if (ctx.globals.json) ctx.ui.json(entryToJson(entry, true));
  else ctx.ui.data(entry.path);
}
