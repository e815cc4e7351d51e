import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/core/reflection/reflection.js';
import { reviewOutcome } from '../../../../src/core/loop/follow-up.js';
import { linksOf } from '../../../../src/core/entries/links.js';
import { loopStats } from '../../../../src/core/loop/loop-stats.js';
import { dueReviewItems, reviewItemsOf } from '../../../../src/core/loop/review-items.js';
import { parseTemplate } from '../../../../src/codecs/template.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_TEMPLATES } from '../../../../src/adapters/fs-template-source.js';
import { entryOf, fixtureEntries, testId } from '../../../helpers/entries.js';

const followUpTemplate = parseTemplate(readFileSync(path.join(PACKAGE_TEMPLATES, 'reflection/follow-up.yaml'), 'utf8'), 'follow-up.yaml');
const build = (answers: Record<string, unknown>) =>
  buildEntry(followUpTemplate, answers, {
    now: new Date('2026-11-27T12:00:00Z'),
    id: testId(),
    visibility: 'private',
    parseDate: (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined),
    source: 'the review',
  });

describe('what is due for review', async () => {
  const entries = await fixtureEntries('loop');

  it('lists exactly the open actions and beliefs due on the day, oldest due first', () => {
    const { items, problems } = dueReviewItems(entries, '2026-11-27');
    expect(problems).toEqual([]);
    expect(items.map((i) => [i.entry.meta.id.slice(-4), i.key, i.schedule.due])).toEqual([
      ['TH01', 'belief-1', '2026-09-08'],
      ['TH01', 'action-2', '2026-10-01'],
      ['SP01', 'belief-1', '2026-11-25'],
    ]);
  });

  it('asks about a belief revisited by hand as it stands now: the changed belief, with no firmness yet', () => {
    const [sore, , spacer] = dueReviewItems(entries, '2026-11-27').items;
    expect(sore!.text).toBe('Most sore throats settle on their own; FeverPAIN finds the few that need antibiotics');
    expect(sore!.firmness).toBeUndefined();
    expect(spacer).toMatchObject({ text: 'Children over three manage a spacer without a mask', firmness: 'brick' });
  });

  it('brings the rest on their own days, and never a done action or a follow-up’s belief', () => {
    const day = (date: string) => dueReviewItems(entries, date).items.map((i) => `${i.entry.meta.id.slice(-4)}:${i.key}`);
    expect(day('2026-09-07')).toEqual([]);
    expect(day('2026-12-03')).toContain('DE01:belief-1');
    expect(day('2026-12-31')).toContain('SP01:action-1');
    expect(day('2099-01-01')).not.toContain('TH01:action-1');
    expect(day('2099-01-01').filter((k) => /^TH0[234]/.test(k))).toEqual([]);
  });

  it('reports a hand-broken schedule with its file instead of replacing it', () => {
    const broken = entryOf({ beliefs: ['X'], review: { 'belief-1': { due: 'soon' } } });
    const { items, problems } = reviewItemsOf(broken);
    expect(items).toEqual([]);
    expect(problems).toEqual([{ path: broken.path, line: 1, message: '`review.belief-1` `due` should be a real date written YYYY-MM-DD' }]);
  });

  it('asks about the new belief, with no firmness, when the entry itself changed it', () => {
    const entry = entryOf({ beliefs: [{ belief: 'Old', before: 'concrete', outcome: 'changed', after: 'New' }] });
    const [item] = reviewItemsOf(entry).items;
    expect(item).toMatchObject({ text: 'New', kind: 'belief' });
    expect(item!.firmness).toBeUndefined();
  });
});

describe('the outcome of one review', () => {
  const original = entryOf({
    id: testId(8001),
    title: 'Spacers',
    date: '2026-11-01',
    tags: ['asthma'],
    visibility: 'team',
    beliefs: [{ belief: 'Over-threes manage without a mask', before: 'brick' }],
    actions: [{ text: 'Check technique', due: '2026-11-20', done: false }],
  });
  const [action, belief] = reviewItemsOf(original).items;

  it('marks an action done with the note, settles it and writes a follow-up that builds on the original', () => {
    const outcome = reviewOutcome(action!, { kind: 'action', result: 'done', whatHappened: 'Two children had poor seals.' }, '2026-11-27');
    expect(outcome.answer).toBe('done');
    expect(outcome.followUp).toEqual({
      title: 'Follow-up: Check technique',
      date: '2026-11-27',
      builds_on: [original.meta.id],
      tags: ['asthma'],
      visibility: 'team',
      followed_up: 'An action from “Spacers” (2026-11-01): Check technique (by 2026-11-20)',
      outcome: 'Done (2026-11-27).',
      what_happened: 'Two children had poor seals.',
    });
    const built = build(outcome.followUp!);
    expect(built.frontMatter).toMatchObject({ template: 'follow-up', builds_on: [original.meta.id], visibility: 'team' });
    expect(built.body).toContain('## What happened\n\nTwo children had poor seals.');
    const changes = outcome.changes('FOLLOWUP');
    expect(changes.actions).toEqual([{ text: 'Check technique', due: '2026-11-20', done: '2026-11-27', note: 'Two children had poor seals.' }]);
    expect(changes.review).toEqual({
      'action-1': { interval: 7, settled: '2026-11-27', history: [{ date: '2026-11-27', answer: 'done', follow_up: 'FOLLOWUP' }] },
    });
  });

  it('records "not yet" without an entry when there is nothing to say, and brings it back in a week', () => {
    const outcome = reviewOutcome(action!, { kind: 'action', result: 'not-yet' }, '2026-11-27');
    expect(outcome.followUp).toBeUndefined();
    expect(outcome.changes()).toEqual({ review: { 'action-1': { due: '2026-12-04', interval: 7, history: [{ date: '2026-11-27', answer: 'not-yet' }] } } });
  });

  it('records a weaker belief as challenged, shortening the interval, with the reason in a follow-up', () => {
    const outcome = reviewOutcome(belief!, { kind: 'belief', firmness: 'wood', why: 'A four-year-old could not seal.' }, '2026-11-27');
    expect(outcome.answer).toBe('not-yet');
    expect(outcome.followUp).toMatchObject({
      beliefs: [{ belief: 'Over-threes manage without a mask', before: 'wood', outcome: 'challenged' }],
      outcome: 'I hold it like wood now (it was brick).',
      why: 'A four-year-old could not seal.',
    });
    expect(outcome.changes('F')).toEqual({
      review: { 'belief-1': { due: '2026-12-04', interval: 7, history: [{ date: '2026-11-27', answer: 'not-yet', firmness: 'wood', follow_up: 'F' }] } },
    });
  });

  it('records a belief held as firmly, with nothing to say, in the schedule only, and lengthens the interval', () => {
    const outcome = reviewOutcome(belief!, { kind: 'belief', firmness: 'brick' }, '2026-11-27');
    expect(outcome.followUp).toBeUndefined();
    expect(outcome.changes()).toMatchObject({ review: { 'belief-1': { due: '2026-12-27', interval: 30 } } });
  });

  it('records a changed belief: what is believed now, in the follow-up and the schedule', () => {
    const outcome = reviewOutcome(belief!, { kind: 'belief', changedTo: 'Under-fives need the mask' }, '2026-11-27');
    expect(outcome.followUp!.beliefs).toEqual([
      { belief: 'Over-threes manage without a mask', before: 'brick', outcome: 'changed', after: 'Under-fives need the mask' },
    ]);
    expect(outcome.changes()).toMatchObject({ review: { 'belief-1': { history: [{ answer: 'not-yet', belief: 'Under-fives need the mask' }] } } });
    expect(build(outcome.followUp!).body).toContain('Now I believe: Under-fives need the mask');
  });

  it('keeps the schedules of other items when one is reviewed', () => {
    const reviewed = entryOf({ ...original.frontMatter, review: { 'belief-1': { due: '2026-12-01', interval: 30, history: [] }, mine: 1 } });
    const [first] = reviewItemsOf(reviewed).items;
    expect(Object.keys(reviewOutcome(first!, { kind: 'action', result: 'stuck' }, '2026-11-27').changes().review as object)).toEqual([
      'belief-1',
      'mine',
      'action-1',
    ]);
  });
});

describe('links between entries', async () => {
  const entries = await fixtureEntries('loop');
  const byShort = (s: string) => entries.find((e) => e.meta.id.endsWith(s))!;

  it('lists what an entry builds on and, as back-links, what builds on it', () => {
    const original = linksOf(byShort('TH01'), entries);
    expect(original.buildsOn).toEqual([]);
    expect(original.builtOnBy.map((e) => e.meta.id.slice(-4))).toEqual(['TH02', 'TH03', 'TH04']);
    expect(linksOf(byShort('DE01'), entries).buildsOn.map((e) => ('meta' in e ? e.meta.title : e.id))).toEqual(['Spacer technique in under-fives']);
    expect(linksOf(byShort('SP01'), entries).builtOnBy.map((e) => e.meta.title)).toEqual(['Delirium screening']);
  });

  it('names a link to an entry that is not in the journal', () => {
    const orphan = entryOf({ builds_on: ['01K3S0000000000000000GONE0'] });
    expect(linksOf(orphan, [orphan]).buildsOn).toEqual([{ id: '01K3S0000000000000000GONE0' }]);
  });
});

describe('closing the loop, in figures', async () => {
  const entries = await fixtureEntries('loop');

  it('counts reflections that reached an action, actions done on time, and beliefs changed', () => {
    expect(loopStats(entries, '2026-11-27')).toEqual({
      reflections: 4,
      reachedAction: 2,
      reachedActionShare: 0.5,
      actions: { total: 3, done: 1, doneOnTime: 1, doneLate: 0, open: 2, overdue: 1, onTimeShare: 0.5 },
      beliefs: { recorded: 3, changed: 1, challenged: 1, accommodation: 1 },
    });
  });

  it('gives null shares rather than dividing by zero', () => {
    expect(loopStats([], '2026-11-27')).toMatchObject({ reachedActionShare: null, actions: { onTimeShare: null } });
  });
});
