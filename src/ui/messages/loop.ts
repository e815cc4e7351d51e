import type { ReviewItem } from '../../core/loop/review-items.js';
import type { ReviewSessionResult, ReviewWords, SavedReview } from '../../core/loop/review-session.js';
import type { Ui } from '../output.js';

/** Closing the loop: actions, spaced review, the belief ledger, links (issue 8). */
export const loopMessages = {
  noActions: 'No actions match.',
  actionDone: (ref: string, text: string) => `Marked ${ref} done: ${text}`,
  actionAlreadyDone: (ref: string, when: string) => `${ref} was already marked done${when ? ` on ${when}` : ''}; nothing changed.`,
  actionDropped: (ref: string, text: string) => `Dropped ${ref} from your plan: ${text}`,
  actionAlreadyClosed: (ref: string) => `${ref} is already done or dropped; nothing changed.`,
  actionsFilterConflict: 'choose one of --open, --done and --overdue',
  nothingDue: 'Nothing is due for review.',
  dueCount: (count: number) => `${count} ${count === 1 ? 'item is' : 'items are'} due for review.`,
  reviewNeedsTerminal: 'review asks its questions in a terminal, and there is none here',
  reviewNeedsTerminalHint: 'see what is due with: mindlines review --list (or --list --json); mark an action done with: mindlines actions done ENTRY#N',
  noBeliefs: 'No beliefs recorded yet. The constructivist template asks for one: the belief before, how firmly it was held, and what happened to it.',
  ledgerAccommodation: (count: number) =>
    `Held firmly, then challenged or changed (${count}): the reflections that show your thinking moved`,
  ledgerOthers: 'Other beliefs',
  ledgerNoFirmness: 'firmness not recorded',
  ledgerSpan: (points: number, from: string, to: string) => (points > 1 ? `${points} points, ${from} to ${to}` : from),
  ledgerNow: 'now:',
  ledgerMovedBy: 'moved by:',
  linksBuildsOn: 'builds on:',
  linksBuiltOnBy: 'built on by:',
  linkMissing: '(not in this journal)',
  reviewSource: 'the review',
  reviewSession: (ui: Ui): ReviewWords => ({
    intro: (count: number) =>
      `${count} ${count === 1 ? 'item is' : 'items are'} due for review. Each answer is saved as you go; choose “stop” to finish later.`,
    heading: (position: number, total: number, item: ReviewItem) =>
      `\n${ui.color.bold(`[${position}/${total}] ${item.kind === 'action' ? 'An action' : 'A belief'} from “${ui.safe(item.entry.meta.title)}” (${item.entry.meta.date})`)}\n  ${ui.safe(item.text)}${item.actionDue ? ui.color.dim(` (by ${item.actionDue})`) : ''}`,
    actionQuestion: 'Did you do it?',
    actionDone: 'Yes, it is done',
    actionStuck: 'Under way, and it is sticking',
    actionNotYet: 'Not yet',
    whatHappened: 'What happened?',
    whatHappenedHint: 'What you did, what changed, or what got in the way. Enter to leave it blank.',
    beliefQuestion: 'How firmly do you hold it now?',
    beliefWas: (firmness: string | undefined) => (firmness ? `Last time you held it like ${firmness}.` : 'No firmness recorded for it yet.'),
    noLonger: 'I no longer believe it',
    changedTo: 'What do you believe now?',
    required: 'an answer is needed here',
    why: 'Why? What moved it, or what held it in place?',
    whyHint: 'Enter to leave it blank.',
    skip: 'Skip it for now (it stays due)',
    stop: 'Stop reviewing (the rest stay due)',
    saved: (saved: SavedReview) =>
      ui.color.green(
        `Saved. ${saved.nextDue ? `Next review on ${saved.nextDue}.` : 'Settled: it will not come back.'}${saved.followUp ? ` Follow-up: ${saved.followUp}` : ''}`,
      ),
    summary: (result: ReviewSessionResult) =>
      `\nReviewed ${result.reviewed}, skipped ${result.skipped}; ${result.followUps.length === 1 ? 'one follow-up entry' : `${result.followUps.length} follow-up entries`} written.`,
  }),
  menuReview: (count: number) => `Review what is due (${count} ${count === 1 ? 'item' : 'items'})`,
  loopStats: {
    heading: 'Closing the loop',
    reachedAction: 'reached an action',
    reachedActionValue: (count: number, of: number) => `${count} of ${of} ${of === 1 ? 'reflection' : 'reflections'}`,
    onTime: 'done on time',
    onTimeValue: (count: number, of: number) => `${count} of ${of} ${of === 1 ? 'action' : 'actions'} due so far`,
    onTimeDetail: (done: number, open: number, overdue: number) => `; ${done} done, ${open} open${overdue > 0 ? `, ${overdue} overdue` : ''}`,
    beliefsChanged: 'beliefs changed',
    beliefsChangedValue: (count: number, of: number) => `${count} of ${of} ${of === 1 ? 'belief' : 'beliefs'}`,
    beliefsDetail: (challenged: number, accommodation: number) =>
      `; ${challenged} challenged but not changed; ${accommodation} held firmly, then challenged or changed`,
  },
  links: {
    offer: 'Does this build on an earlier entry? (links them, so `show` lists one under the other)',
    offerMore: (count: number) => `This builds on ${count === 1 ? 'one earlier entry' : `${count} earlier entries`}. Link another?`,
    search: 'Which entry does it build on?',
    searchHint: 'Type words of its title, a tag, a date or its short id; Enter to choose.',
    done: '(no more links)',
    linked: (title: string) => `Linked: builds on “${title}”.`,
    another: 'Link another earlier entry?',
  },
} as const;
