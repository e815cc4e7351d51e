import type { Context, Runtime } from '../container.js';
import { InputRequiredError } from '../errors.js';

/** Whether mindlines can ask questions here: a terminal to read keys from and one to draw on. */
export function isInteractive(runtime: Pick<Runtime, 'stdin' | 'stdout' | 'stderr'>): boolean {
  const { stdin, stderr, stdout } = runtime;
  return Boolean(stdin.isTTY) && Boolean(stderr.isTTY || stdout.isTTY);
}

/** Refuses at once, with what to do instead, when a command that asks questions has no terminal to ask them in. */
export function requireTerminal(runtime: Pick<Runtime, 'stdin' | 'stdout' | 'stderr'>, message: string, hint: string): void {
  if (!isInteractive(runtime)) throw new InputRequiredError(message, { hint });
}

/**
 * The command's context with the capture warning of issue 13 wired in: in a terminal the person is asked what to do
 * about identifiers in what they wrote; without one the entry is saved and the findings go to stderr; `strict`
 * refuses instead.
 */
export async function withCaptureReview<C extends Context>(ctx: C, strict: boolean | undefined): Promise<C> {
  const [{ captureReview }, { captureView }] = await Promise.all([import('../app/capture-review.js'), import('../ui/capture-view.js')]);
  const view = captureView(ctx.ui, isInteractive(ctx.runtime) ? ctx.prompter : undefined);
  return { ...ctx, capture: captureReview(ctx, view, { strict }) };
}
