import { actionsMarkedDone } from './action-items.js';
import type { Belief } from '../entries/entry.js';
import type { Answers } from '../reflection/reflection.js';
import { applyReview, beliefAnswer, firmnessRank, type ReviewAnswer, type ReviewRecord } from './review-schedule.js';
import { reviewWith, type ReviewItem } from './review-items.js';
import type { Firmness } from '../entries/vocabulary.js';

/**
 * What one review of one item means: the answer for its schedule, the follow-up entry it writes (as answers for the
 * `follow-up` template, built like any other entry) and the changes to the original entry's front matter. Pure:
 * the person's answers and "today" in, data out.
 */

/** An action came back: did you do it? what happened? */
export interface ActionReview {
  kind: 'action';
  /** done; stuck: under way and sticking; not-yet: not done yet. */
  result: ReviewAnswer;
  whatHappened?: string;
}

/** A belief came back: how firmly do you hold it now, and why? */
export interface BeliefReview {
  kind: 'belief';
  /** How firmly it is held now; absent when it is no longer held. */
  firmness?: Firmness;
  /** What is believed instead, when the belief has changed. */
  changedTo?: string;
  why?: string;
}

export type ItemReview = ActionReview | BeliefReview;

export interface ReviewOutcome {
  answer: ReviewAnswer;
  /** Answers for the `follow-up` template, when the review has something to say. */
  followUp?: Answers;
  /** The original entry's front-matter changes, given the id of the follow-up written (if any). */
  changes(followUpId?: string): Record<string, unknown>;
}

const TITLE_MAX = 72;

function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** The words written into a follow-up entry. */
const wording = {
  title: (text: string) => `Follow-up: ${shorten(text, TITLE_MAX)}`,
  action: (title: string, date: string, text: string, due: string | undefined) =>
    `An action from “${title}” (${date}): ${text}${due ? ` (by ${due})` : ''}`,
  belief: (title: string, date: string, text: string) => `A belief from “${title}” (${date}): ${text}`,
  done: (today: string) => `Done (${today}).`,
  stuck: 'Under way: I am doing it, and it is sticking.',
  notYet: 'Not done yet.',
  changed: (previous: Firmness | undefined, now: string) =>
    `I no longer hold it${previous ? ` (I held it like ${previous})` : ''}. Now I believe: ${now}`,
  held: (now: Firmness, previous: Firmness | undefined) =>
    `I hold it like ${now} now${previous === undefined ? '' : previous === now ? ', as firmly as before' : ` (it was ${previous})`}.`,
};

/** Whether a review is worth an entry of its own: something was written, or the belief moved. */
export function hasSomethingToSay(item: ReviewItem, review: ItemReview): boolean {
  if (review.kind === 'action') return filled(review.whatHappened);
  return filled(review.why) || filled(review.changedTo) || (review.firmness !== undefined && review.firmness !== item.firmness);
}

function followUpAnswers(item: ReviewItem, review: ItemReview, today: string): Answers {
  const meta = item.entry.meta;
  const answers: Answers = {
    title: wording.title(item.text),
    date: today,
    builds_on: [meta.id],
  };
  if (meta.tags.length > 0) answers.tags = [...meta.tags];
  if (meta.visibility) answers.visibility = meta.visibility;
  if (review.kind === 'action') {
    answers.followed_up = wording.action(meta.title, meta.date, item.text, item.actionDue);
    answers.outcome = review.result === 'done' ? wording.done(today) : review.result === 'stuck' ? wording.stuck : wording.notYet;
    if (filled(review.whatHappened)) answers.what_happened = review.whatHappened.trim();
    return answers;
  }
  answers.followed_up = wording.belief(meta.title, meta.date, item.text);
  const belief: Belief = { belief: item.text };
  if (filled(review.changedTo)) {
    if (item.firmness) belief.before = item.firmness;
    belief.outcome = 'changed';
    belief.after = review.changedTo.trim();
    answers.outcome = wording.changed(item.firmness, belief.after);
  } else if (review.firmness) {
    belief.before = review.firmness;
    if (item.firmness) belief.outcome = firmnessRank(review.firmness) < firmnessRank(item.firmness) ? 'challenged' : 'reinforced';
    answers.outcome = wording.held(review.firmness, item.firmness);
  }
  answers.beliefs = [belief];
  if (filled(review.why)) answers.why = review.why.trim();
  return answers;
}

/**
 * The consequences of reviewing `item` on `today`: an action marked done gets `done:` (and the note) in its
 * entry's `actions`; every review appends to the item's `review:` history and sets the next due date.
 */
export function reviewOutcome(item: ReviewItem, review: ItemReview, today: string): ReviewOutcome {
  if (review.kind !== item.kind) throw new Error(`a ${review.kind} review given for a ${item.kind}`);
  const answer =
    review.kind === 'action' ? review.result : beliefAnswer(item.firmness, review.firmness, filled(review.changedTo));
  const outcome: ReviewOutcome = {
    answer,
    changes(followUpId?: string) {
      const record: Omit<ReviewRecord, 'date'> = { answer };
      if (review.kind === 'belief') {
        if (review.firmness) record.firmness = review.firmness;
        if (filled(review.changedTo)) record.belief = review.changedTo.trim();
      }
      if (followUpId) record.follow_up = followUpId;
      const changes: Record<string, unknown> = {
        review: reviewWith(item.entry, item.key, applyReview(item.kind, item.schedule, record, today)),
      };
      if (review.kind === 'action' && review.result === 'done') {
        changes.actions = actionsMarkedDone(item.entry, item.index, today, review.whatHappened);
      }
      return changes;
    },
  };
  if (hasSomethingToSay(item, review)) outcome.followUp = followUpAnswers(item, review, today);
  return outcome;
}
