import { captureQuickNote } from '../app/capture.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { shortId } from '../core/entries/short-id.js';
import { InputRequiredError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { isInteractive } from './terminal.js';

export interface QuickOptions {
  text: string[];
  tag?: string[] | undefined;
}

/** The note: the words given, else stdin when it is piped, else one prompt in a terminal. */
async function noteText(opts: QuickOptions, ctx: Context): Promise<string> {
  if (opts.text.length > 0) return opts.text.join(' ');
  if (!ctx.runtime.stdin.isTTY) return (await import('../app/input.js')).readStream(ctx.runtime.stdin);
  if (!isInteractive(ctx.runtime)) throw new InputRequiredError(messages.quickEmpty);
  const prompter = await ctx.prompter();
  return prompter.text({ message: messages.quickPrompt, validate: (v) => (v.trim() ? undefined : messages.interview.required) });
}

/** `mindlines quick TEXT…`: a `quick` entry (status draft) written at once. */
export async function runQuick(opts: QuickOptions, ctx: Context): Promise<void> {
  // What the privacy guard found in the note and its file name comes back here with the entry; whether to warn
  // or refuse is the privacy policy's to decide (issue 13), so nothing is said about it yet.
  const { entry } = await captureQuickNote(ctx, { text: await noteText(opts, ctx), tags: opts.tag });
  if (ctx.globals.json) {
    ctx.ui.json(entryToJson(entry, true));
    return;
  }
  ctx.ui.success(messages.quickSaved(shortId(entry.meta.id), entry.meta.date));
  ctx.ui.data(entry.path);
}
