import type { Context } from '../container.js';
import { messages } from '../ui/messages.js';
import { reportCapture } from '../ui/capture-view.js';
import { requireTerminal, withCaptureReview } from './terminal.js';

export interface ReflectOptions {
  ref: string;
  template?: string | undefined;
  /** Refuse an entry holding possible identifiers (issue 13) instead of asking. */
  strict?: boolean | undefined;
  /** The short path (issue 17). */
  short?: boolean | undefined;
}

/** `mindlines reflect ID`: grows a quick note (or any entry) into a full reflection with a chosen template. */
export async function runReflect(opts: ReflectOptions, ctx: Context): Promise<void> {
  requireTerminal(ctx.runtime, messages.reflectNeedsTerminal, messages.reflectNeedsTerminalHint);
  const [{ reflectOn }, { terminalSessionView, showReflectionResult }] = await Promise.all([import('../app/reflection.js'), import('../ui/reflection-view.js')]);
  const view = terminalSessionView(ctx.ui, ctx.markdown, ctx.runtime.stdout.columns);
  const { templateFor } = await import('./new.js');
  const result = await reflectOn(await withCaptureReview(ctx, opts.strict), { prompter: await ctx.prompter(), view }, { ref: opts.ref, template: templateFor(opts) });
  if (result.action === 'saved') reportCapture(ctx.ui, result);
  showReflectionResult(result, ctx.ui, Boolean(ctx.globals.json));
}
