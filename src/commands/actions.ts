import { formatLocalDate } from '../codecs/dates.js';
import type { Context } from '../container.js';
import { markActionDone, markActionDropped } from '../app/actions.js';
import { actionRows, type ActionRow } from '../core/loop/action-items.js';
import { UsageError } from '../errors.js';
import { actionRowJson, actionsTable } from '../ui/loop-views.js';
import { messages } from '../ui/messages.js';
import { reportProblems } from './list.js';

export interface ActionsOptions {
  open?: boolean | undefined;
  done?: boolean | undefined;
  overdue?: boolean | undefined;
}

/** `mindlines actions`: every action across entries, open and overdue first. */
export async function runActions(opts: ActionsOptions, ctx: Context): Promise<void> {
  if ([opts.open, opts.done, opts.overdue].filter(Boolean).length > 1) throw new UsageError(messages.actionsFilterConflict);
  const today = formatLocalDate(ctx.clock.now());
  const { entries, problems } = await ctx.journal.query();
  reportProblems(ctx.ui, problems);
  const keep = (row: ActionRow) =>
    opts.open ? row.status === 'open' || row.status === 'overdue' : opts.done ? row.status === 'done' : opts.overdue ? row.status === 'overdue' : true;
  const rows = actionRows(entries, today).filter(keep);
  if (ctx.globals.json) {
    ctx.ui.json(rows.map(actionRowJson));
    return;
  }
  if (rows.length === 0) {
    ctx.ui.info(messages.noActions);
    return;
  }
  await ctx.ui.page(actionsTable(rows, ctx.ui, ctx.runtime.stdout.columns));
}

export interface ActionDoneOptions {
  ref: string;
  note?: string | undefined;
}

/** `mindlines actions done ENTRY#N`: records the date (and a note) on the action, changing nothing else in the file. */
export async function runActionDone(opts: ActionDoneOptions, ctx: Context): Promise<void> {
  const done = await markActionDone(ctx, opts.ref, opts.note);
  if (done.alreadyDone) ctx.ui.info(messages.actionAlreadyDone(done.ref, done.doneOn));
  else ctx.ui.success(ctx.ui.safe(messages.actionDone(done.ref, done.text)));
  if (ctx.globals.json && done.row) ctx.ui.json(actionRowJson(done.row));
}

/** `mindlines actions drop ENTRY#N`: records that the action was given up (and why), changing nothing else in the file. */
export async function runActionDrop(opts: ActionDoneOptions, ctx: Context): Promise<void> {
  const dropped = await markActionDropped(ctx, opts.ref, opts.note);
  if (dropped.alreadyClosed) ctx.ui.info(messages.actionAlreadyClosed(dropped.ref));
  else ctx.ui.success(ctx.ui.safe(messages.actionDropped(dropped.ref, dropped.text)));
  if (ctx.globals.json && dropped.row) ctx.ui.json(actionRowJson(dropped.row));
}
