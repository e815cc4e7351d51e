import { editEntry } from '../app/edit.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { messages } from '../ui/messages.js';
import { reportCapture } from '../ui/capture-view.js';
import { isInteractive, withCaptureReview } from './terminal.js';

export interface EditOptions {
  ref: string;
  /** Refuse an edit holding possible identifiers (issue 13; the edit is kept) instead of asking or warning. */
  strict?: boolean | undefined;
}

/**
 * `mindlines edit ID`: the entry opens in $VISUAL / $EDITOR and is saved when it parses; an edit that does not is
 * kept, and in a terminal the person is offered to re-open it.
 */
export async function runEdit(opts: EditOptions, ctx: Context): Promise<void> {
  const { ui } = ctx;
  const result = await editEntry(
    await withCaptureReview(ctx, opts.strict),
    {
      info: (text) => ui.info(ui.safe(text)),
      warn: (text) => ui.warn(ui.safe(text)),
      reopen: isInteractive(ctx.runtime) ? async () => (await ctx.prompter()).confirm({ message: messages.editReopen, default: true }) : undefined,
    },
    opts.ref,
  );
  if (result.action === 'unchanged') ui.info(messages.editUnchanged(result.entry.path));
  else {
    reportCapture(ui, result);
    ui.success(messages.editSaved(result.entry.path));
    if (result.renamedFrom) ui.info(messages.editRenamed(result.renamedFrom, result.entry.path));
  }
  if (ctx.globals.json) ui.json(entryToJson(result.entry, true));
  else ui.data(result.entry.path);
}
