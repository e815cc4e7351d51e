import { describe, expect, it } from 'vitest';
import { beliefLedger, normaliseBelief } from '../../../../src/core/loop/belief-ledger.js';
import { entryOf, fixtureEntries, testId } from '../../../helpers/entries.js';

describe('the belief ledger of a journal where one belief was revisited three times', async () => {
  const entries = await fixtureEntries('loop');
  const ledger = beliefLedger(entries);

  it('groups the original and its three follow-ups into one line, and keeps the other beliefs apart', () => {
    expect(ledger.map((line) => line.belief)).toEqual([
      'Most sore throats in adults need antibiotics',
      'Delirium is obvious when it is there',
      'Children over three manage a spacer without a mask',
    ]);
    const sore = ledger[0]!;
    expect(sore.points.map((p) => p.entry.meta.id.slice(-4))).toEqual(['TH01', 'TH02', 'TH03', 'TH04']);
  });

  it('shows how firmly it was held over time and what is believed now', () => {
    const sore = ledger[0]!;
    expect(sore.firmness).toEqual(['concrete', 'brick', 'wood', 'straw']);
    expect(sore.now).toBe('Most sore throats settle on their own; FeverPAIN finds the few that need antibiotics');
    expect(sore.points.map((p) => p.date)).toEqual(['2026-09-01', '2026-09-20', '2026-10-20', '2026-11-20']);
  });

  it('names the entries that moved it, with the firmness before and after', () => {
    expect(ledger[0]!.movedBy.map((m) => [m.entry.meta.id.slice(-4), m.outcome, m.from, m.to])).toEqual([
      ['TH01', 'challenged', undefined, undefined],
      ['TH02', 'challenged', 'concrete', 'brick'],
      ['TH03', 'challenged', 'brick', 'wood'],
      ['TH04', 'changed', 'wood', 'straw'],
    ]);
  });

  it('highlights accommodation: held like concrete, later changed; a reinforced belief is not', () => {
    expect(ledger.map((line) => line.accommodation)).toEqual([true, false, false]);
  });
});

describe('grouping revisits', () => {
  const original = entryOf({ id: testId(9001), title: 'O', date: '2026-01-01', beliefs: [{ belief: 'A', before: 'brick' }, { belief: 'B', before: 'wood' }] });

  it('matches a revisit to the belief with the same words, ignoring case, spacing and closing punctuation', () => {
    expect(normaliseBelief('  Most  sore throats\tneed antibiotics. ')).toBe('most sore throats need antibiotics');
    const revisit = entryOf({ id: testId(9002), date: '2026-02-01', builds_on: [original.meta.id], beliefs: [{ belief: 'b!', before: 'straw' }] });
    const ledger = beliefLedger([revisit, original]);
    expect(ledger.find((l) => l.belief === 'B')!.firmness).toEqual(['wood', 'straw']);
    expect(ledger.find((l) => l.belief === 'A')!.points).toHaveLength(1);
  });

  it('follows a changed belief: a later revisit worded as the new belief joins the same line', () => {
    const changed = entryOf({
      id: testId(9003),
      date: '2026-02-01',
      template: 'follow-up',
      builds_on: [original.meta.id],
      beliefs: [{ belief: 'A', before: 'brick', outcome: 'changed', after: 'Not A' }],
    });
    const later = entryOf({ id: testId(9004), date: '2026-03-01', template: 'follow-up', builds_on: [original.meta.id], beliefs: [{ belief: 'not a', before: 'wood' }] });
    const line = beliefLedger([original, changed, later]).find((l) => l.belief === 'A')!;
    expect(line.points).toHaveLength(3);
    expect(line.firmness).toEqual(['brick', 'brick', 'wood']);
    expect(line.now).toBe('not a');
    expect(line.accommodation).toBe(true);
  });

  it('counts a review recorded only in the schedule (no follow-up entry) as a point of the line', () => {
    const reviewed = entryOf({
      id: testId(9005),
      date: '2026-01-01',
      beliefs: [{ belief: 'C', before: 'concrete' }],
      review: { 'belief-1': { due: '2026-02-08', interval: 7, history: [{ date: '2026-01-08', answer: 'not-yet', firmness: 'wood' }] } },
    });
    const line = beliefLedger([reviewed])[0]!;
    expect(line.points.map((p) => [p.date, p.source, p.firmness])).toEqual([
      ['2026-01-01', 'entry', 'concrete'],
      ['2026-01-08', 'review', 'wood'],
    ]);
    expect(line.accommodation).toBe(true);
    expect(line.movedBy).toEqual([]);
  });

  it('does not count a review twice when it wrote a follow-up entry', () => {
    const followUpId = testId(9007);
    const reviewed = entryOf({
      id: testId(9006),
      date: '2026-01-01',
      beliefs: [{ belief: 'D', before: 'wood' }],
      review: { 'belief-1': { due: '2026-02-08', interval: 30, history: [{ date: '2026-01-08', answer: 'stuck', firmness: 'brick', follow_up: followUpId }] } },
    });
    const followUp = entryOf({ id: followUpId, date: '2026-01-08', template: 'follow-up', builds_on: [reviewed.meta.id], beliefs: [{ belief: 'D', before: 'brick', outcome: 'reinforced' }] });
    const line = beliefLedger([reviewed, followUp])[0]!;
    expect(line.points.map((p) => p.source)).toEqual(['entry', 'entry']);
    expect(line.firmness).toEqual(['wood', 'brick']);
  });
});
