import { lastChange, undoChange } from '../app/history.js';
import type { Context } from '../container.js';
import { messages } from '../ui/messages.js';
import { requireTerminal } from './terminal.js';

export interface UndoOptions {
  yes?: boolean | undefined;
}

/** `mindlines undo`: shows mindlines' last change, then reverts it with a commit of its own (issue 17). */
export async function runUndo(opts: UndoOptions, ctx: Context): Promise<void> {
  const change = await lastChange(ctx);
  const ui = ctx.ui;
  if (!ctx.globals.json) {
    ui.info(ui.safe(messages.undoShow(change.subject, change.date.slice(0, 16).replace('T', ' '))));
    for (const file of change.files) ui.info(ui.safe(messages.undoFile(file.status, file.path)));
  }
  if (!opts.yes) {
    requireTerminal(ctx.runtime, messages.undoNeedsYes, messages.undoNeedsYesHint);
    if (!(await (await ctx.prompter()).confirm({ message: messages.undoConfirm, default: true }))) {
      ui.info(messages.undoKept);
      return;
    }
  }
  const done = await undoChange(ctx, change);
  if (ctx.globals.json) ui.json({ undone: change.commit, subject: change.subject, commit_message: done, files: change.files });
  else ui.success(ui.safe(messages.undoDone(done)));
}
