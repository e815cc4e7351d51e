import type { EntryHead, EntryProblem } from '../entries/entry.js';
import { FOLLOW_UP_TEMPLATE, itemKey, rawReview } from './review-state.js';
import { isActionClosed } from './action-items.js';
import { beliefLedger, currentFirmness, linesByBelief } from './belief-ledger.js';
import {
  initialSchedule,
  isDue,
  readSchedule,
  scheduleToYaml,
  type ReviewKind,
  type ReviewSchedule,
} from './review-schedule.js';
import type { Firmness } from '../entries/vocabulary.js';

export { FOLLOW_UP_TEMPLATE, itemKey, rawReview };

/** One thing that comes back for review: an open action or a belief of an entry. */
export interface ReviewItem {
  kind: ReviewKind;
  /** The key of its schedule under `review:` in the entry's front matter: `action-1`, `belief-2`. */
  key: string;
  /** 1-based position in the entry's `actions` or `beliefs`. */
  index: number;
  entry: EntryHead;
  /** The action, or the belief as it is held now (after any change). */
  text: string;
  schedule: ReviewSchedule;
  /** Whether the schedule is stored in the entry (false: never reviewed, computed from the entry's dates). */
  stored: boolean;
  /** Beliefs: the last firmness known, from the latest review or the entry itself. */
  firmness?: Firmness;
  /** Actions: the date the entry set for it. */
  actionDue?: string;
}

/**
 * The items of one entry that are still under review (open actions, and beliefs that are not settled are included
 * with their schedules; settled ones too, so callers can tell), or the problems that stop its schedule being read.
 */
export function reviewItemsOf(entry: EntryHead): { items: ReviewItem[]; problems: EntryProblem[] } {
  if (entry.meta.template === FOLLOW_UP_TEMPLATE) return { items: [], problems: [] };
  const review = rawReview(entry);
  const problem = (message: string): EntryProblem => ({ path: entry.path, line: 1, message });
  if (!review) return { items: [], problems: [problem('`review` should be a map of item → {due, interval, history}')] };
  const items: ReviewItem[] = [];
  const problems: EntryProblem[] = [];
  const scheduleFor = (key: string, actionDue?: string): { schedule: ReviewSchedule; stored: boolean } | undefined => {
    if (review[key] === undefined) return { schedule: initialSchedule(entry.meta.date, actionDue), stored: false };
    const read = readSchedule(key, review[key]);
    if ('message' in read) {
      problems.push(problem(read.message));
      return undefined;
    }
    return { schedule: read, stored: true };
  };
  entry.meta.actions.forEach((action, i) => {
    if (isActionClosed(action)) return;
    const key = itemKey('action', i + 1);
    const found = scheduleFor(key, action.due);
    if (!found) return;
    const item: ReviewItem = { kind: 'action', key, index: i + 1, entry, text: action.text, ...found };
    if (action.due) item.actionDue = action.due;
    items.push(item);
  });
  entry.meta.beliefs.forEach((belief, i) => {
    const key = itemKey('belief', i + 1);
    const found = scheduleFor(key);
    if (!found) return;
    const changedAt = [...found.schedule.history].reverse().find((h) => typeof h.belief === 'string' && h.belief.trim());
    const changedInEntry = belief.outcome === 'changed' && belief.after !== undefined;
    const text = changedAt?.belief ?? (changedInEntry ? (belief.after as string) : belief.belief);
    const item: ReviewItem = { kind: 'belief', key, index: i + 1, entry, text, ...found };
    const lastFirmness = [...found.schedule.history].reverse().find((h) => h.firmness !== undefined || h.belief !== undefined);
    // A belief the entry itself changed starts again with no firmness: `before` was about the old belief.
    const firmness = lastFirmness ? lastFirmness.firmness : changedInEntry ? undefined : belief.before;
    if (firmness) item.firmness = firmness;
    items.push(item);
  });
  return { items, problems };
}

function compareItems(a: ReviewItem, b: ReviewItem): number {
  return (
    (a.schedule.due ?? '').localeCompare(b.schedule.due ?? '') ||
    a.entry.meta.date.localeCompare(b.entry.meta.date) ||
    a.entry.meta.id.localeCompare(b.entry.meta.id) ||
    (a.kind === b.kind ? a.index - b.index : a.kind === 'action' ? -1 : 1)
  );
}

/** Every item due for review on `today`, oldest due first, and the entries whose schedule could not be read. */
export function dueReviewItems(entries: readonly EntryHead[], today: string): { items: ReviewItem[]; problems: EntryProblem[] } {
  const items: ReviewItem[] = [];
  const problems: EntryProblem[] = [];
  for (const entry of entries) {
    const found = reviewItemsOf(entry);
    items.push(...found.items.filter((item) => isDue(item.schedule, today)));
    problems.push(...found.problems);
  }
  // A belief revisited in later entries (follow-ups written by hand too) is asked about as it stands now.
  const lines = linesByBelief(beliefLedger(entries));
  for (const item of items) {
    const line = item.kind === 'belief' ? lines.get(`${item.entry.meta.id}#${item.index}`) : undefined;
    if (!line) continue;
    item.text = line.now;
    const firmness = currentFirmness(line);
    if (firmness) item.firmness = firmness;
    else delete item.firmness;
  }
  return { items: items.sort(compareItems), problems };
}

/** The new `review:` map of an entry with one item's schedule replaced; other items and unknown keys are kept. */
export function reviewWith(entry: EntryHead, key: string, schedule: ReviewSchedule): Record<string, unknown> {
  return { ...(rawReview(entry) ?? {}), [key]: scheduleToYaml(schedule) };
}
