import { assert, describe, expect, it } from 'vitest';
import {
  applyReview,
  beliefAnswer,
  firstDue,
  initialSchedule,
  isDue,
  nextInterval,
  readSchedule,
  REVIEW_INTERVALS,
  scheduleToYaml,
  type ReviewSchedule,
} from '../../../../src/core/loop/review-schedule.js';

describe('the spaced-review rule', () => {
  it('climbs a week, a month, three months, six months each time an item sticks', () => {
    expect(REVIEW_INTERVALS).toEqual([7, 30, 90, 180]);
    expect(nextInterval('belief', 7, 'stuck')).toBe(30);
    expect(nextInterval('belief', 30, 'stuck')).toBe(90);
    expect(nextInterval('belief', 90, 'stuck')).toBe(180);
  });

  it('steps down one rung on "not yet", never below a week', () => {
    expect(nextInterval('action', 180, 'not-yet')).toBe(90);
    expect(nextInterval('action', 90, 'not-yet')).toBe(30);
    expect(nextInterval('action', 30, 'not-yet')).toBe(7);
    expect(nextInterval('action', 7, 'not-yet')).toBe(7);
    expect(nextInterval('belief', 30, 'not-yet')).toBe(7);
  });

  it('places an interval edited by hand on the ladder', () => {
    expect(nextInterval('belief', 14, 'stuck')).toBe(30);
    expect(nextInterval('belief', 14, 'not-yet')).toBe(7);
    expect(nextInterval('belief', 400, 'not-yet')).toBe(180);
  });

  it('settles a belief that sticks at six months, but keeps an open action coming back until it is done', () => {
    expect(nextInterval('belief', 180, 'stuck')).toBeUndefined();
    expect(nextInterval('action', 180, 'stuck')).toBe(180);
    expect(nextInterval('action', 7, 'done')).toBeUndefined();
  });

  it('first brings an action back on its own due date, anything else a week after its entry', () => {
    expect(firstDue('2026-11-20', '2026-12-31')).toBe('2026-12-31');
    expect(firstDue('2026-11-20')).toBe('2026-11-27');
    expect(firstDue('2026-12-28')).toBe('2027-01-04');
    expect(initialSchedule('2024-02-25')).toEqual({ due: '2024-03-03', interval: 7, history: [] });
  });

  it('computes due dates in calendar days from the review date it is given, across months and leap years', () => {
    const start = initialSchedule('2024-01-20');
    const first = applyReview('belief', start, { answer: 'stuck', firmness: 'brick' }, '2024-01-29');
    expect(first).toEqual({ due: '2024-02-28', interval: 30, history: [{ date: '2024-01-29', answer: 'stuck', firmness: 'brick' }] });
    const second = applyReview('belief', first, { answer: 'stuck' }, '2024-02-28');
    expect(second.due).toBe('2024-05-28');
    expect(second.interval).toBe(90);
    const weaker = applyReview('belief', second, { answer: 'not-yet', firmness: 'wood' }, '2024-05-30');
    expect(weaker).toMatchObject({ due: '2024-06-29', interval: 30 });
    expect(weaker.history).toHaveLength(3);
    // The schedule given is not changed.
    expect(first.history).toHaveLength(1);
  });

  it('does not read the wall clock: the same inputs give the same schedule whatever the date today', () => {
    const schedule: ReviewSchedule = { due: '2030-01-01', interval: 30, history: [] };
    expect(applyReview('action', schedule, { answer: 'stuck' }, '2030-01-03')).toEqual({
      due: '2030-04-03',
      interval: 90,
      history: [{ date: '2030-01-03', answer: 'stuck' }],
    });
  });

  it('settles on done, keeping the history', () => {
    const done = applyReview('action', initialSchedule('2026-11-20', '2026-12-01'), { answer: 'done', follow_up: 'X' }, '2026-12-02');
    expect(done).toEqual({ interval: 7, settled: '2026-12-02', history: [{ date: '2026-12-02', answer: 'done', follow_up: 'X' }] });
    expect(isDue(done, '2099-01-01')).toBe(false);
  });

  it('is due on and after its due date, not before', () => {
    const schedule = initialSchedule('2026-11-20');
    expect(isDue(schedule, '2026-11-26')).toBe(false);
    expect(isDue(schedule, '2026-11-27')).toBe(true);
    expect(isDue(schedule, '2027-05-01')).toBe(true);
  });

  it('reads a belief review as sticking when held as firmly or more, and not yet when weaker or changed', () => {
    expect(beliefAnswer('brick', 'brick')).toBe('stuck');
    expect(beliefAnswer('wood', 'concrete')).toBe('stuck');
    expect(beliefAnswer('brick', 'wood')).toBe('not-yet');
    expect(beliefAnswer('concrete', 'straw')).toBe('not-yet');
    expect(beliefAnswer(undefined, 'straw')).toBe('stuck');
    expect(beliefAnswer('brick', undefined, true)).toBe('not-yet');
  });
});

describe('the schedule in front matter', () => {
  it('round-trips through the shape written to `review:`', () => {
    const schedule = applyReview('belief', initialSchedule('2026-11-01'), { answer: 'not-yet', firmness: 'wood', follow_up: '01JD' }, '2026-11-09');
    const yaml = scheduleToYaml(schedule);
    expect(Object.keys(yaml)).toEqual(['due', 'interval', 'history']);
    expect(readSchedule('belief-1', yaml)).toEqual(schedule);
  });

  it('keeps keys it does not know inside history items', () => {
    const read = readSchedule('action-1', { due: '2026-12-01', interval: 30, history: [{ date: '2026-11-01', answer: 'stuck', mood: 'good' }] });
    assert(!('message' in read), 'expected the schedule to be read');
    expect(scheduleToYaml(read).history).toEqual([{ date: '2026-11-01', answer: 'stuck', mood: 'good' }]);
  });

  it.each([
    ['a list', [1, 2], /should be a map/],
    ['a bad due date', { due: '2026-02-30', interval: 7 }, /`due` should be a real date/],
    ['a bad interval', { due: '2026-02-03', interval: 'soon' }, /`interval` should be a whole number/],
    ['no due date', { interval: 7, history: [] }, /needs a `due` date/],
    ['a history item without an answer', { due: '2026-02-03', history: [{ date: '2026-01-01' }] }, /needs an `answer`/],
    ['a firmness that is not one', { due: '2026-02-03', history: [{ date: '2026-01-01', answer: 'stuck', firmness: 'steel' }] }, /`firmness` should be one of straw, wood, brick, concrete/],
  ])('says what is wrong with %s instead of guessing', (_name, raw, message) => {
    const read = readSchedule('belief-1', raw);
    expect('message' in read && read.message).toMatch(message);
    expect('message' in read && read.message).toMatch(/^`review.belief-1`/);
  });
});
