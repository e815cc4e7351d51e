import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCpdReport, type CpdReport, type CpdReportOptions } from '../../../../src/core/cpd/cpd-report.js';
import { readEntry, type Entry } from '../../../../src/core/entries/entry.js';
import { cpdReportOptions } from '../../../helpers/make-entry.js';

// test/fixtures/journals/cpd-hand-totals: fifteen entries whose totals under every profile were counted by hand
// (its README shows the working). Today is 2026-06-15; the period is the calendar year 2026.
const ROOT = path.resolve(import.meta.dirname, '../../../fixtures/journals/cpd-hand-totals');

function entryFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`);
}

const entries: Entry[] = [...entryFiles('entries'), ...entryFiles('private')].map((file) => {
  const result = readEntry(file, readFileSync(path.join(ROOT, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.problem.message}`);
  return result.entry;
});

const JO = { kind: 'named', name: 'Jo Clinician', exact: true } as const;
const E = (n: number) => `01JHAND0000000000000000E${String(n).padStart(2, '0')}`;

function report(profileId: string, overrides: Partial<CpdReportOptions> = {}): CpdReport {
  return buildCpdReport(
    entries,
    cpdReportOptions(profileId, {
      period: { from: '2026-01-01', to: '2026-12-31', label: 'CPD year', source: 'options' },
      today: '2026-06-15',
      authors: JO,
      defaultVisibility: 'team',
      ...overrides,
    }),
  );
}

const figures = (r: CpdReport) => Object.fromEntries(r.requirements.map((q) => [q.id, [q.achieved, q.met]]));
const parts = (list: { id: string; hours: number; credits: number }[], key: 'hours' | 'credits') => list.map((p) => [p.id, p[key]]);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('what every report leaves out of its totals, whatever the profile', () => {
  it.each(['nmc', 'gphc', 'rcpsc-moc', 'ama', 'ahpra-medical', 'gmc', 'generic', 'hcpc'])('%s', (profile) => {
    const r = report(profile);
    expect(r.period.countedThrough).toBe('2026-06-15');
    expect(ids(r.planned)).toEqual([E(13)]);
    expect(r.unfinished).toEqual({ count: 1, listed: false, notes: [{ id: E(14), shortId: '0e14', date: '2026-04-04' }] });
    const shown = [...ids(r.log.rows), ...ids(r.notCounted.rows), ...ids(r.accounts)];
    for (const outside of [E(11), E(13), E(14), E(15)]) expect(shown).not.toContain(outside);
    // Every total is the sum of its parts.
    const sum = (list: { hours: number }[]) => Math.round(list.reduce((s, p) => s + p.hours, 0) * 100) / 100;
    expect(sum(r.totals.byActivity)).toBe(r.totals.hours);
    expect(sum(r.log.rows)).toBe(r.totals.hours);
    if (r.totals.byCategory.length > 0) expect(sum(r.totals.byCategory)).toBe(r.totals.hours);
    expect(r.log.rows.length + r.notCounted.entries).toBe(11);
  });
});

describe('totals counted by hand, profile by profile', () => {
  it('NMC: 17.1 hours, 10 participatory, two reflective accounts in the summary and the requirement alike', () => {
    const r = report('nmc');
    expect(r.totals).toMatchObject({ entries: 8, hours: 17.1, participatoryHours: 10, nonParticipatoryHours: 7.1, accounts: 2, laidOut: 2 });
    expect(parts(r.totals.byActivity, 'hours')).toEqual([['course', 9], ['e-learning', 2.6], ['audit', 2], ['feedback', 0.5], ['reflective-account', 3]]);
    expect(figures(r)).toEqual({
      'cpd-hours': [17.1, false],
      'participatory-hours': [10, false],
      feedback: [1, false],
      'reflective-accounts': [2, false],
      'reflective-discussion': [0, false],
    });
    expect(r.notCounted).toMatchObject({ entries: 3, hours: 111 });
    expect(r.notCounted.rows.map((x) => x.activity)).toEqual(['journal-club', 'journal-club', 'pdp']);
    expect(r.private).toEqual({ excluded: false, entries: 1, total: 0.5 });
    // E2's hand-edited `1h30` and E12's participatory 3 on 2 hours.
    expect(r.log.rows.find((x) => x.id === E(2))?.hours).toBe(1.5);
    expect(r.log.rows.find((x) => x.id === E(12))?.participatory).toBe(2);
  });

  it('NMC without private entries, and for every author', () => {
    const shared = report('nmc', { excludePrivate: true });
    expect(shared.totals).toMatchObject({ entries: 7, hours: 16.6 });
    expect(figures(shared).feedback).toEqual([0, false]);
    expect(shared.private).toEqual({ excluded: true, entries: 1, total: 0.5 });
    const team = report('nmc', { authors: { kind: 'all' } });
    expect(team.totals).toMatchObject({ entries: 9, hours: 21.1, participatoryHours: 14 });
    expect(team.authors).toEqual(['Jo Clinician', 'Sam Other']);
  });

  it('GPhC: the template makes a record type; one reflective account among two forms', () => {
    const r = report('gphc');
    expect(r.totals).toMatchObject({ entries: 2, hours: 4, accounts: 1, laidOut: 2 });
    expect(r.log.rows.map((x) => [x.id, x.activityName])).toEqual([[E(5), 'Reflective account'], [E(7), 'Planned']]);
    expect(figures(r)).toEqual({ 'cpd-records': [1, false], 'planned-records': [1, false], 'peer-discussion': [0, false], 'reflective-account': [1, true] });
    expect(r.accounts.map((a) => [a.layout, a.reflective])).toEqual([['reflective-account', true], ['planned', false]]);
    expect(r.missingAccounts.map((m) => m.layout)).toEqual(['peer-discussion']);
    expect(r.notCounted).toMatchObject({ entries: 9, hours: 124.1 });
  });

  it('RCPSC: the cap on unaccredited learning is claimed oldest first, and the sections sum to the total', () => {
    const r = report('rcpsc-moc');
    expect(r.totals).toMatchObject({ entries: 6, credits: 66.5, hours: 121.5, participatoryHours: 118 });
    expect(r.log.rows.map((x) => [x.id, x.credits])).toEqual([[E(1), 6], [E(3), 20], [E(4), 30], [E(7), 3], [E(10), 1.5], [E(12), 6]]);
    expect(parts(r.totals.byCategory, 'credits')).toEqual([['section-1', 59], ['section-3', 7.5]]);
    expect(figures(r)).toEqual({
      'cycle-credits': [66.5, false],
      'yearly-credits': [66.5, true],
      'section-1': [59, true],
      'section-2': [0, false],
      'section-3': [7.5, false],
    });
    expect(r.requirements.find((q) => q.id === 'yearly-credits')?.years).toEqual([{ from: '2026-01-01', to: '2026-06-15', achieved: 66.5, met: true }]);
    expect(r.notCounted).toMatchObject({ entries: 5, hours: 6.6 });
  });

  it('AMA: credit in quarter steps, rounded down (1.1 hours claims 1)', () => {
    const r = report('ama');
    expect(r.totals).toMatchObject({ entries: 4, credits: 11.5, hours: 11.6 });
    expect(r.log.rows.find((x) => x.id === E(9))?.credits).toBe(1);
    expect(parts(r.totals.byCategory, 'credits')).toEqual([['category-1', 11.5]]);
    expect(figures(r)).toEqual({ 'total-credits': [11.5, false], 'category-1': [11.5, false] });
    expect(r.notCounted).toMatchObject({ entries: 7, hours: 116.5 });
  });

  it('AHPRA: the PDP is in no category, and its part keeps the categories summing to the total', () => {
    const r = report('ahpra-medical');
    expect(r.totals).toMatchObject({ entries: 7, hours: 15.1, participatoryHours: 8 });
    expect(r.totals.byCategory.map((c) => [c.id, c.name, c.hours])).toEqual([
      ['ea', 'Educational activities', 11.6],
      ['rp', 'Reviewing performance', 0.5],
      ['mo', 'Measuring outcomes', 2],
      ['uncategorised', 'Not in a category', 1],
    ]);
    expect(r.log.rows.find((x) => x.id === E(8))).toMatchObject({ category: 'uncategorised', categoryName: 'Not in a category' });
    expect(figures(r)).toMatchObject({ 'total-hours': [15.1, false], 'rp-mo-hours': [2.5, false], 'ea-hours': [11.6, false], pdp: [1, true] });
    expect(r.notCounted).toMatchObject({ entries: 4, hours: 113 });
  });

  it('GMC: the year, and the five-year cycle ending with it up to today', () => {
    const r = report('gmc');
    expect(r.totals.credits).toBe(15.1);
    expect(parts(r.totals.byCategory, 'credits')).toEqual([['cpd', 12.6], ['quality-improvement', 2], ['colleague-feedback', 0.5]]);
    const cycle = r.requirements.find((q) => q.id === 'credits-cycle');
    expect(cycle).toMatchObject({ achieved: 25.1, span: { from: '2022-01-01', to: '2026-06-15' }, met: false });
    expect(figures(r)).toMatchObject({ 'quality-improvement': [1, true], 'patient-feedback': [0, false], 'colleague-feedback': [1, true] });
  });

  it('generic and HCPC', () => {
    const generic = report('generic');
    expect(generic.totals).toMatchObject({ entries: 5, hours: 13.6 });
    expect(generic.notCounted).toMatchObject({ entries: 6, hours: 114.5 });
    const hcpc = report('hcpc');
    expect(hcpc.totals).toMatchObject({ entries: 5, hours: 13.6 });
    expect(figures(hcpc)).toEqual({ 'activity-mix': [2, true], 'continuous-record': [76, true] });
  });

  it('--include-drafts lists the unfinished note with its text, still uncounted', () => {
    const r = report('nmc', { includeDrafts: true });
    expect(r.unfinished).toEqual({
      count: 1,
      listed: true,
      notes: [{ id: E(14), shortId: '0e14', date: '2026-04-04', title: 'ask about pregnancy prevention with valproate', text: 'ask about pregnancy prevention with valproate' }],
    });
    expect(r.totals.entries).toBe(8);
  });
});
