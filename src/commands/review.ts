import { formatLocalDate } from '../codecs/dates.js';
import type { Context } from '../container.js';
import { reviewOutcome, type ItemReview } from '../core/loop/follow-up.js';
import { buildEntry } from '../core/reflection/reflection.js';
import { dueReviewItems, FOLLOW_UP_TEMPLATE, reviewItemsOf, type ReviewItem } from '../core/loop/review-items.js';
import { runReviewSession, type SavedReview } from '../core/loop/review-session.js';
import { InputRequiredError } from '../errors.js';
import { reviewItemJson, reviewTable } from '../ui/loop-views.js';
import { messages } from '../ui/messages.js';
import { reportProblems } from './list.js';

export interface ReviewOptions {
  list?: boolean | undefined;
}

/**
 * Saves one review: the follow-up entry first (so its id can be recorded), then the original entry's `review:`
 * (and `actions` when an action is done), re-read from disk so several items of one entry build on each other.
 */
async function saveReview(ctx: Context, item: ReviewItem, review: ItemReview, today: string): Promise<SavedReview> {
  const fresh = await ctx.journal.find(item.entry.path);
  const current = reviewItemsOf(fresh).items.find((i) => i.key === item.key);
  // Keep what the session showed (the belief as it stands across follow-ups); take the schedule from disk.
  const target: ReviewItem = current ? { ...item, entry: fresh, schedule: current.schedule, stored: current.stored } : { ...item, entry: fresh };
  const outcome = reviewOutcome(target, review, today);
  const saved: SavedReview = { answer: outcome.answer };
  let followUpId: string | undefined;
  if (outcome.followUp) {
    const { buildContextFor } = await import('./interview-session.js');
    const template = await ctx.templates.get(FOLLOW_UP_TEMPLATE);
    const built = buildEntry(template, outcome.followUp, await buildContextFor(ctx, outcome.followUp, messages.reviewSource));
    const entry = await ctx.journal.create(built);
    followUpId = entry.meta.id;
    saved.followUp = entry.path;
  }
  const changes = outcome.changes(followUpId);
  const updated = await ctx.journal.updateFrontMatter(fresh, changes);
  const next = reviewItemsOf(updated).items.find((i) => i.key === item.key);
  if (next?.schedule.due && !next.schedule.settled) saved.nextDue = next.schedule.due;
  return saved;
}

/** `mindlines review`: what is due for spaced review; in a terminal, asks about each item in turn. */
export async function runReview(opts: ReviewOptions, ctx: Context): Promise<void> {
  const { isInteractive, createPrompter } = await import('./interview-session.js');
  if (!opts.list && !isInteractive(ctx)) {
    throw new InputRequiredError(messages.reviewNeedsTerminal, { hint: messages.reviewNeedsTerminalHint });
  }
  const today = formatLocalDate(ctx.clock.now());
  const scan = await ctx.journal.query();
  const { items, problems } = dueReviewItems(scan.entries, today);
  reportProblems(ctx.ui, [...scan.problems, ...problems]);
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
  const prompter = await createPrompter(ctx);
  const result = await runReviewSession({
    prompter,
    words: messages.reviewSession(ctx.ui),
    items,
    save: (item, review) => saveReview(ctx, item, review, today),
  });
  if (ctx.globals.json) {
    ctx.ui.json({ reviewed: result.reviewed, skipped: result.skipped, follow_ups: result.followUps, stopped: result.stopped });
  } else {
    for (const path of result.followUps) ctx.ui.data(path);
  }
}
