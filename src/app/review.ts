import { formatLocalDate } from '../codecs/dates.js';
import type { EntryProblem } from '../core/entries/entry.js';
import { reviewOutcome, type ItemReview } from '../core/loop/follow-up.js';
import { dueReviewItems, FOLLOW_UP_TEMPLATE, reviewItemsOf, type ReviewItem } from '../core/loop/review-items.js';
import { runReviewSession, type ReviewSessionResult, type ReviewWords, type SavedReview } from '../core/loop/review-session.js';
import type { Prompter } from '../core/reflection/prompter.js';
import { buildEntry } from '../core/reflection/reflection.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { buildContextFor } from './entry-context.js';

export type ReviewPorts = Pick<JournalPorts, 'journal' | 'writer' | 'templates' | 'config' | 'root' | 'git' | 'clock' | 'capture'>;

/** What is due for spaced review today, with the entries and review schedules that could not be read. */
export async function dueItems(ctx: Pick<JournalPorts, 'journal' | 'clock'>): Promise<{ items: ReviewItem[]; problems: EntryProblem[] }> {
  const today = formatLocalDate(ctx.clock.now());
  const scan = await ctx.journal.query();
  const { items, problems } = dueReviewItems(scan.entries, today);
  return { items, problems: [...scan.problems, ...problems] };
}

/**
 * Saves one review: the follow-up entry first (so its id can be recorded), then the original entry's `review:`
 * (and `actions` when an action is done), re-read from disk so several items of one entry build on each other.
 * Both writes pass the journal's one write path.
 */
async function saveReview(ctx: ReviewPorts, item: ReviewItem, review: ItemReview, today: string): Promise<SavedReview> {
  const fresh = await ctx.journal.find(item.entry.path);
  const current = reviewItemsOf(fresh).items.find((i) => i.key === item.key);
  // Keep what the session showed (the belief as it stands across follow-ups); take the schedule from disk.
  const target: ReviewItem = current ? { ...item, entry: fresh, schedule: current.schedule, stored: current.stored } : { ...item, entry: fresh };
  const outcome = reviewOutcome(target, review, today);
  const saved: SavedReview = { answer: outcome.answer };
  let followUpId: string | undefined;
  if (outcome.followUp) {
    const template = await ctx.templates.get(FOLLOW_UP_TEMPLATE);
    const built = buildEntry(template, outcome.followUp, await buildContextFor(ctx, outcome.followUp, messages.reviewSource));
    const { entry } = await ctx.writer.create(built, { review: ctx.capture });
    followUpId = entry.meta.id;
    saved.followUp = entry.path;
  }
  // The schedule is taken again from the file under the entry's lock, so a review of another item of the same
  // entry saved meanwhile (another terminal) is kept (issue 14).
  const { entry: updated } = await ctx.writer.updateFrontMatter(fresh, (current) => {
    const now = reviewItemsOf(current).items.find((i) => i.key === item.key);
    const latest: ReviewItem = now ? { ...item, entry: current, schedule: now.schedule, stored: now.stored } : { ...item, entry: current };
    return reviewOutcome(latest, review, today).changes(followUpId);
  });
  const next = reviewItemsOf(updated).items.find((i) => i.key === item.key);
  if (next?.schedule.due && !next.schedule.settled) saved.nextDue = next.schedule.due;
  return saved;
}

/** `review` in a terminal: asks about each due item in turn, saving each answer before the next question. */
export async function reviewDue(ctx: ReviewPorts, io: { prompter: Prompter; words: ReviewWords }, items: readonly ReviewItem[]): Promise<ReviewSessionResult> {
  const today = formatLocalDate(ctx.clock.now());
  return runReviewSession({ prompter: io.prompter, words: io.words, items, save: (item, review) => saveReview(ctx, item, review, today) });
}
