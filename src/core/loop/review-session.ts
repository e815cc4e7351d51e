import type { ItemReview } from './follow-up.js';
import type { Choice, Prompter } from '../reflection/prompter.js';
import type { ReviewAnswer } from './review-schedule.js';
import type { ReviewItem } from './review-items.js';
import { FIRMNESS, type Firmness } from '../entries/vocabulary.js';

/**
 * `mindlines review` in a terminal: each due item in turn. An action: did you do it? what happened? A belief: how
 * firmly do you hold it now, and why? Each answer is saved before the next question, so stopping (or Ctrl-C) never
 * loses a review already given.
 */

/** The words the session says (from ui/messages.ts). */
export interface ReviewWords {
  intro: (count: number) => string;
  heading: (position: number, total: number, item: ReviewItem) => string;
  actionQuestion: string;
  actionDone: string;
  actionStuck: string;
  actionNotYet: string;
  whatHappened: string;
  whatHappenedHint: string;
  beliefQuestion: string;
  beliefWas: (firmness: Firmness | undefined) => string;
  noLonger: string;
  changedTo: string;
  required: string;
  why: string;
  whyHint: string;
  skip: string;
  stop: string;
  saved: (saved: SavedReview) => string;
  summary: (result: ReviewSessionResult) => string;
}

/** What saving one review wrote. */
export interface SavedReview {
  answer: ReviewAnswer;
  /** The next review date, or undefined once settled. */
  nextDue?: string;
  /** The follow-up entry's path, when the review wrote one. */
  followUp?: string;
}

export interface ReviewSessionContext {
  prompter: Prompter;
  words: ReviewWords;
  items: readonly ReviewItem[];
  /** Writes the consequences of one review (the follow-up entry, then the original's front matter). */
  save: (item: ReviewItem, review: ItemReview) => Promise<SavedReview>;
}

export interface ReviewSessionResult {
  reviewed: number;
  skipped: number;
  followUps: string[];
  /** True when the person chose to stop before the end. */
  stopped: boolean;
}

const SKIP = 'skip';
const STOP = 'stop';
const NO_LONGER = 'no-longer';

async function askAction(ctx: ReviewSessionContext): Promise<ItemReview | typeof SKIP | typeof STOP> {
  const w = ctx.words;
  const result = await ctx.prompter.select<ReviewAnswer | typeof SKIP | typeof STOP>({
    message: w.actionQuestion,
    choices: [
      { value: 'done', name: w.actionDone },
      { value: 'stuck', name: w.actionStuck },
      { value: 'not-yet', name: w.actionNotYet },
      { value: SKIP, name: w.skip },
      { value: STOP, name: w.stop },
    ],
  });
  if (result === SKIP || result === STOP) return result;
  const whatHappened = (await ctx.prompter.text({ message: w.whatHappened, hint: w.whatHappenedHint })).trim();
  return { kind: 'action', result, ...(whatHappened ? { whatHappened } : {}) };
}

async function askBelief(ctx: ReviewSessionContext, item: ReviewItem): Promise<ItemReview | typeof SKIP | typeof STOP> {
  const w = ctx.words;
  const choices: Choice<Firmness | typeof NO_LONGER | typeof SKIP | typeof STOP>[] = [
    ...FIRMNESS.map((term) => ({ value: term.value, name: `${term.label} — ${term.explain}` })),
    { value: NO_LONGER, name: w.noLonger },
    { value: SKIP, name: w.skip },
    { value: STOP, name: w.stop },
  ];
  const now = await ctx.prompter.select({
    message: w.beliefQuestion,
    hint: w.beliefWas(item.firmness),
    choices,
    ...(item.firmness ? { default: item.firmness } : {}),
  });
  if (now === SKIP || now === STOP) return now;
  const review: ItemReview = { kind: 'belief' };
  if (now === NO_LONGER) {
    review.changedTo = (
      await ctx.prompter.text({ message: w.changedTo, validate: (value) => (value.trim() ? undefined : w.required) })
    ).trim();
  } else {
    review.firmness = now;
  }
  const why = (await ctx.prompter.text({ message: w.why, hint: w.whyHint })).trim();
  if (why) review.why = why;
  return review;
}

/** Walks through the due items, saving each review as it is given. */
export async function runReviewSession(ctx: ReviewSessionContext): Promise<ReviewSessionResult> {
  const result: ReviewSessionResult = { reviewed: 0, skipped: 0, followUps: [], stopped: false };
  ctx.prompter.say(ctx.words.intro(ctx.items.length));
  for (const [i, item] of ctx.items.entries()) {
    ctx.prompter.say(ctx.words.heading(i + 1, ctx.items.length, item));
    const answer = item.kind === 'action' ? await askAction(ctx) : await askBelief(ctx, item);
    if (answer === STOP) {
      result.stopped = true;
      result.skipped += ctx.items.length - i;
      break;
    }
    if (answer === SKIP) {
      result.skipped++;
      continue;
    }
    const saved = await ctx.save(item, answer);
    result.reviewed++;
    if (saved.followUp) result.followUps.push(saved.followUp);
    ctx.prompter.say(ctx.words.saved(saved));
  }
  ctx.prompter.say(ctx.words.summary(result));
  return result;
}
