import { formatLocalDate } from '../codecs/dates.js';
import type { Context } from '../container.js';
import { dueReviewItems } from '../core/review-items.js';
import { InputRequiredError } from '../errors.js';
import { reviewItemJson, reviewTable } from '../ui/loop-views.js';
import { messages } from '../ui/messages.js';
import { reportProblems } from './list.js';

export interface ReviewOptions {
  list?: boolean | undefined;
}

/** `mindlines review`: what is due for spaced review; in a terminal, asks about each item in turn. */
export async function runReview(opts: ReviewOptions, ctx: Context): Promise<void> {
  const interactive = Boolean(ctx.runtime.stdin.isTTY && ctx.runtime.stdout.isTTY);
  if (!opts.list && !interactive) {
    throw new InputRequiredError(messages.reviewNeedsTerminal, { hint: messages.reviewNeedsTerminalHint });
  }
  const today = formatLocalDate(ctx.clock.now());
  const scan = await ctx.journal.scan();
  const { items, problems } = dueReviewItems(scan.entries, today);
  reportProblems(ctx.ui, [...scan.problems, ...problems]);
  if (ctx.globals.json) {
    ctx.ui.json(items.map(reviewItemJson));
    return;
  }
  if (items.length === 0) {
    ctx.ui.info(messages.nothingDue);
    return;
  }
  ctx.ui.data(reviewTable(items, ctx.ui, ctx.runtime.stdout.columns));
}
