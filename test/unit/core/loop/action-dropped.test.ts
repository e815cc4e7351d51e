import { describe, expect, it } from 'vitest';
import { actionRows, actionsMarkedDropped, isActionClosed } from '../../../../src/core/loop/action-items.js';
import { dueReviewItems } from '../../../../src/core/loop/review-items.js';
import { entryOf } from '../../../helpers/entries.js';

const today = '2026-11-27';

describe('an action given up: dropped, with the date', () => {
  const plan = entryOf({
    title: 'Development plan',
    date: '2026-01-20',
    actions: [
      { text: 'Dermoscopy course', due: '2026-06-30', done: '2026-05-21' },
      { text: 'Frailty audit', due: '2026-09-30', dropped: '2026-08-01', note: 'moved to a colleague' },
      { text: 'Consent teaching', due: '2026-01-31' },
    ],
  });

  it('is neither open nor overdue, and is listed with the closed ones, most recently closed first', () => {
    expect(actionRows([plan], today).map((r) => [r.action.text, r.status, r.doneOn ?? r.droppedOn ?? null])).toEqual([
      ['Consent teaching', 'overdue', null],
      ['Frailty audit', 'dropped', '2026-08-01'],
      ['Dermoscopy course', 'done', '2026-05-21'],
    ]);
    expect(plan.meta.actions.map(isActionClosed)).toEqual([true, true, false]);
  });

  it('never comes back for spaced review', () => {
    const texts = dueReviewItems([plan], '2027-06-01').items.map((i) => i.text);
    expect(texts).toContain('Consent teaching');
    expect(texts).not.toContain('Frailty audit');
  });

  it('is marked with the date and why, keeping everything else of the action', () => {
    const entry = entryOf({ actions: [{ text: 'A', due: '2026-12-01', owner: 'me' }] });
    expect(actionsMarkedDropped(entry, 1, today, 'no longer my role')).toEqual([{ text: 'A', due: '2026-12-01', owner: 'me', dropped: today, note: 'no longer my role' }]);
  });

  it('an entry whose `dropped:` is neither true, false nor a date is refused, naming the key', () => {
    expect(() => entryOf({ actions: [{ text: 'A', dropped: 'soon' }] })).toThrow(/`dropped:` should be true, false or a date/);
  });
});
