import { dueItems, reviewDue } from '../app/review.js';
import type { Context } from '../container.js';
import { InputRequiredError } from '../errors.js';
import { reviewItemJson, reviewTable } from '../ui/loop-views.js';
import { messages } from '../ui/messages.js';
import { reportProblems } from './list.js';
import { isInteractive, withCaptureReview } from './terminal.js';

export interface ReviewOptions {
  list?: boolean | undefined;
  /** Refuse a follow-up holding possible identifiers (issue 13) instead of asking. */
  strict?: boolean | undefined;
}

/** `mindlines review`: what is due for spaced review; in a terminal, asks about each item in turn. */
export async function runReview(opts: ReviewOptions, ctx: Context): Promise<void> {
  if (!opts.list && !isInteractive(ctx.runtime)) {
    throw new InputRequiredError(messages.reviewNeedsTerminal, { hint: messages.reviewNeedsTerminalHint });
  }
  const { items, problems } = await dueItems(ctx);
  reportProblems(ctx.ui, problems);
  if (opts.list) {
    if (ctx.globals.json) {
      ctx.ui.json(items.map(reviewItemJson));
      return;
    }
    if (items.length === 0) ctx.ui.info(messages.nothingDue);
    else ctx.ui.data(reviewTable(items, ctx.ui, ctx.runtime.stdout.columns));
    return;
  }
  if (items.length === 0) {
    ctx.ui.info(messages.nothingDue);
    if (ctx.globals.json) ctx.ui.json({ reviewed: 0, skipped: 0, follow_ups: [], stopped: false });
    return;
  }
  const result = await reviewDue(await withCaptureReview(ctx, opts.strict), { prompter: await ctx.prompter(), words: messages.reviewSession(ctx.ui) }, items);
  if (ctx.globals.json) {
    ctx.ui.json({ reviewed: result.reviewed, skipped: result.skipped, follow_ups: result.followUps, stopped: result.stopped });
  } else {
    for (const path of result.followUps) ctx.ui.data(path);
  }
}
