import { captureQuickNote } from '../app/capture.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { shortId } from '../core/entries/short-id.js';
import { InputRequiredError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { reportCapture } from '../ui/capture-view.js';
import { isInteractive, withCaptureReview } from './terminal.js';

export interface QuickOptions {
  text: string[];
  tag?: string[] | undefined;
  /** Refuse a note holding possible identifiers (issue 13) instead of asking or warning. */
  strict?: boolean | undefined;
}

/** The note: the words given, else stdin when it is piped, else one prompt in a terminal. */
async function noteText(opts: QuickOptions, ctx: Context): Promise<string> {
  if (opts.text.length > 0) return (await import('../app/input.js')).refuseReplacedBytes(opts.text.join(' '), 'the note given on the command line');
  if (!ctx.runtime.stdin.isTTY) return (await import('../app/input.js')).readStream(ctx.runtime.stdin);
  if (!isInteractive(ctx.runtime)) throw new InputRequiredError(messages.quickEmpty);
  const prompter = await ctx.prompter();
  return prompter.text({ message: messages.quickPrompt, validate: (v) => (v.trim() ? undefined : messages.interview.required) });
}

/** `mindlines quick TEXT…`: a `quick` entry (status draft) written at once. */
export async function runQuick(opts: QuickOptions, ctx: Context): Promise<void> {
  const text = await noteText(opts, ctx);
  // Identifiers in the note are shown at once, and dealt with before it is written (issue 13).
  const saved = await captureQuickNote(await withCaptureReview(ctx, opts.strict), { text, tags: opts.tag });
  const { entry } = saved;
  reportCapture(ctx.ui, saved);
  if (ctx.globals.json) {
    ctx.ui.json(entryToJson(entry, true));
    return;
  }
  ctx.ui.success(messages.quickSaved(shortId(entry.meta.id), entry.meta.date));
  ctx.ui.data(entry.path);
}
