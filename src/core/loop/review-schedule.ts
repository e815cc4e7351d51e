import { addDays, isIsoDate } from '../../codecs/dates.js';
import { FIRMNESS, matchTerm, type Firmness } from '../entries/vocabulary.js';

/**
 * Spaced review (DESIGN.md "Closing the loop"; DOMAIN.md section 6, spaced repetition): each open action and each
 * belief comes back at growing intervals until it is settled. This module is the whole rule, as pure functions of
 * dates: nothing here reads the clock, so "today" is always passed in.
 */

/** The ladder of intervals, in days: a week, a month, three months, six months. */
export const REVIEW_INTERVALS = [7, 30, 90, 180] as const;

/** An item that has never been reviewed comes up this many days after its entry (an action: on its due date). */
export const FIRST_REVIEW_DAYS = REVIEW_INTERVALS[0];

/**
 * What a review found.
 * - `stuck`: the action is under way and sticking, or the belief is held at least as firmly as before: lengthen.
 * - `not-yet`: the action is not done yet, or the belief has weakened or changed: shorten.
 * - `done`: the action is done: no more reviews.
 */
export const REVIEW_ANSWERS = ['stuck', 'not-yet', 'done'] as const;
export type ReviewAnswer = (typeof REVIEW_ANSWERS)[number];

export type ReviewKind = 'action' | 'belief';

/** One review, as kept in `history`. */
export interface ReviewRecord {
  date: string;
  answer: ReviewAnswer;
  /** Beliefs: how firmly it was held at this review. */
  firmness?: Firmness;
  /** Beliefs: what is believed now, when the review found the belief had changed. */
  belief?: string;
  /** The id of the follow-up entry the review wrote, if it wrote one. */
  follow_up?: string;
}

/** The schedule of one item, kept in the entry's front matter under `review: { <item key>: … }`. */
export interface ReviewSchedule {
  /** The next review. Absent once the item is settled. */
  due?: string;
  /** Days between the last review and `due`. */
  interval: number;
  /** The date the item was settled (an action done, a belief that stuck at the longest interval). */
  settled?: string;
  history: ReviewRecord[];
}

/** The next rung up the ladder, or undefined when `days` is already at (or past) the top. */
function longer(days: number): number | undefined {
  return REVIEW_INTERVALS.find((rung) => rung > days);
}

/** The next rung down the ladder; never below the first. */
function shorter(days: number): number {
  const below = REVIEW_INTERVALS.filter((rung) => rung < days);
  return below.length > 0 ? (below[below.length - 1] as number) : REVIEW_INTERVALS[0];
}

/**
 * The interval after a review: `stuck` climbs one rung, `not-yet` steps down one, `done` ends it (undefined).
 * A belief that sticks at the top rung is settled (undefined); an open action stays at the top rung until it is done.
 */
export function nextInterval(kind: ReviewKind, current: number, answer: ReviewAnswer): number | undefined {
  if (answer === 'done') return undefined;
  if (answer === 'not-yet') return shorter(current);
  const up = longer(current);
  if (up !== undefined) return up;
  return kind === 'belief' ? undefined : (REVIEW_INTERVALS[REVIEW_INTERVALS.length - 1] as number);
}

/**
 * When an item that has never been reviewed first comes up: an action on its own due date when it has one,
 * anything else a week after the entry's date.
 */
export function firstDue(entryDate: string, actionDue?: string): string {
  return actionDue ?? addDays(entryDate, FIRST_REVIEW_DAYS);
}

/** The schedule an item has before its first review. */
export function initialSchedule(entryDate: string, actionDue?: string): ReviewSchedule {
  return { due: firstDue(entryDate, actionDue), interval: FIRST_REVIEW_DAYS, history: [] };
}

/**
 * Records a review held on `today` and returns the new schedule (the old one is not changed): the answer is
 * appended to the history and the next due date is `today` plus the next interval, or the item is settled.
 */
export function applyReview(
  kind: ReviewKind,
  schedule: ReviewSchedule,
  record: Omit<ReviewRecord, 'date'>,
  today: string,
): ReviewSchedule {
  const history = [...schedule.history, { date: today, ...record }];
  const interval = nextInterval(kind, schedule.interval, record.answer);
  if (interval === undefined) return { interval: schedule.interval, settled: today, history };
  return { due: addDays(today, interval), interval, history };
}

/** Whether an item is due for review on `today` (due on or before it, and not settled). */
export function isDue(schedule: ReviewSchedule, today: string): boolean {
  return schedule.settled === undefined && schedule.due !== undefined && schedule.due <= today;
}

const FIRMNESS_ORDER: readonly Firmness[] = FIRMNESS.map((term) => term.value);

/** straw 1, wood 2, brick 3, concrete 4. */
export function firmnessRank(firmness: Firmness): number {
  return FIRMNESS_ORDER.indexOf(firmness) + 1;
}

/**
 * What a belief review means for its schedule: held as firmly or more firmly than before, it stuck; held less
 * firmly, or no longer believed, it is not settled yet. With nothing to compare to, a stated firmness counts as
 * sticking.
 */
export function beliefAnswer(previous: Firmness | undefined, now: Firmness | undefined, changed = false): ReviewAnswer {
  if (changed || now === undefined) return 'not-yet';
  if (previous === undefined) return 'stuck';
  return firmnessRank(now) >= firmnessRank(previous) ? 'stuck' : 'not-yet';
}

export interface ScheduleProblem {
  key: string;
  message: string;
}

function positiveDays(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 3660 ? value : undefined;
}

/**
 * Reads one item's schedule from front matter as written by `applyReview` (or by hand). Returns a problem instead
 * of guessing when it is malformed, so a hand edit is never silently replaced.
 */
export function readSchedule(key: string, raw: unknown): ReviewSchedule | ScheduleProblem {
  const fail = (message: string): ScheduleProblem => ({ key, message: `\`review.${key}\` ${message}` });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('should be a map with due, interval and history');
  const data = raw as Record<string, unknown>;
  const interval = data.interval === undefined ? FIRST_REVIEW_DAYS : positiveDays(data.interval);
  if (interval === undefined) return fail('`interval` should be a whole number of days');
  const schedule: ReviewSchedule = { interval, history: [] };
  if (data.due !== undefined && data.due !== null) {
    if (!isIsoDate(data.due)) return fail('`due` should be a real date written YYYY-MM-DD');
    schedule.due = data.due;
  }
  if (data.settled !== undefined && data.settled !== null) {
    if (!isIsoDate(data.settled)) return fail('`settled` should be a real date written YYYY-MM-DD');
    schedule.settled = data.settled;
  }
  if (schedule.due === undefined && schedule.settled === undefined) return fail('needs a `due` date (or `settled`)');
  const history = data.history ?? [];
  if (!Array.isArray(history)) return fail('`history` should be a list');
  for (const item of history) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail('`history` should be a list of maps');
    const h = item as Record<string, unknown>;
    if (!isIsoDate(h.date)) return fail('every `history` item needs a `date` written YYYY-MM-DD');
    if (!REVIEW_ANSWERS.includes(h.answer as ReviewAnswer)) return fail(`every \`history\` item needs an \`answer\`: ${REVIEW_ANSWERS.join(', ')}`);
    const record: ReviewRecord = { ...(h as object), date: h.date, answer: h.answer as ReviewAnswer };
    if (h.firmness !== undefined) {
      const firmness = typeof h.firmness === 'string' ? matchTerm(FIRMNESS, h.firmness) : undefined;
      if (!firmness) return fail(`\`firmness\` should be one of ${FIRMNESS_ORDER.join(', ')}`);
      record.firmness = firmness;
    }
    schedule.history.push(record);
  }
  return schedule;
}

/** A schedule as it is written into front matter: keys in a fixed order, nothing undefined. */
export function scheduleToYaml(schedule: ReviewSchedule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (schedule.due !== undefined) out.due = schedule.due;
  out.interval = schedule.interval;
  if (schedule.settled !== undefined) out.settled = schedule.settled;
  out.history = schedule.history.map((record) => {
    const { date, answer, firmness, belief, follow_up, ...rest } = record;
    const item: Record<string, unknown> = { date, answer };
    if (firmness !== undefined) item.firmness = firmness;
    if (belief !== undefined) item.belief = belief;
    if (follow_up !== undefined) item.follow_up = follow_up;
    return { ...item, ...rest };
  });
  return out;
}
