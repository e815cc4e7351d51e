import { describe, expect, it } from 'vitest';
import { addYears, currentPeriod, cycleEndingAt, yearsWithin, type Period } from '../../../../src/core/cpd/cpd-period.js';
import { buildCpdReport } from '../../../../src/core/cpd/cpd-report.js';
import type { RequirementResult } from '../../../../src/core/cpd/cpd-totals.js';
import type { Entry } from '../../../../src/core/entries/entry.js';
import { cpdReportOptions, makeEntry } from '../../../helpers/make-entry.js';

const period = (from: string, to: string): Period => ({ from, to, label: 'test', source: 'options' });

function check(profileId: string, entries: Entry[], span: Period, today = span.to, yearStart = '01-01') {
  const report = buildCpdReport(entries, cpdReportOptions(profileId, { period: span, today, yearStart }));
  const byId = Object.fromEntries(report.requirements.map((r) => [r.id, r])) as Record<string, RequirementResult>;
  return { totals: report.totals, byId, report };
}

describe('the CPD period', () => {
  it('is the current CPD year and the years before it, without a cycle start', () => {
    expect(currentPeriod({ today: '2026-11-27', yearStart: '04-01', years: 1, label: 'year' })).toMatchObject({ from: '2026-04-01', to: '2027-03-31' });
    expect(currentPeriod({ today: '2026-02-01', yearStart: '04-01', years: 1, label: 'year' })).toMatchObject({ from: '2025-04-01', to: '2026-03-31' });
    expect(currentPeriod({ today: '2026-11-27', yearStart: '01-01', years: 3, label: 'cycle' })).toMatchObject({ from: '2024-01-01', to: '2026-12-31' });
  });

  it('counts cycles from the journal’s cycle_start, forwards and backwards', () => {
    const settings = { yearStart: '01-01', years: 3, label: 'cycle', cycleStart: '2024-04-01' };
    expect(currentPeriod({ ...settings, today: '2026-11-27' })).toMatchObject({ from: '2024-04-01', to: '2027-03-31', source: 'cycle-start' });
    expect(currentPeriod({ ...settings, today: '2027-04-01' })).toMatchObject({ from: '2027-04-01', to: '2030-03-31' });
    expect(currentPeriod({ ...settings, today: '2023-06-01' })).toMatchObject({ from: '2021-04-01', to: '2024-03-31' });
  });

  it('splits a period into CPD years and finds the cycle ending with it', () => {
    expect(yearsWithin({ from: '2024-04-01', to: '2026-12-31' }, '01-01')).toEqual([
      { from: '2024-04-01', to: '2024-12-31' },
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-12-31' },
    ]);
    expect(cycleEndingAt('2027-03-31', 5, '2027-03-31')).toEqual({ from: '2022-04-01', to: '2027-03-31' });
    // Counted up to today, when the period has not ended yet.
    expect(cycleEndingAt('2027-03-31', 5, '2026-11-27')).toEqual({ from: '2022-04-01', to: '2026-11-27' });
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});

describe('totals against each profile, on entries with known answers', () => {
  it('NMC: hours, the participatory split (number or true), feedback, accounts and the discussion', () => {
    const entries = [
      makeEntry({ date: '2025-01-10', activity: 'course', hours: 7, participatory: true }),
      makeEntry({ date: '2025-03-10', activity: 'e-learning', hours: 3.5 }),
      makeEntry({ date: '2025-05-10', activity: 'conference', hours: 6, participatory: 4.5 }),
      makeEntry({ date: '2025-07-10', activity: 'reflective-account', hours: 1 }),
      makeEntry({ date: '2025-08-10', template: 'nmc-reflective-account', activity: 'reading', hours: 1 }),
      makeEntry({ date: '2025-09-10', activity: 'feedback' }),
      makeEntry({ date: '2025-10-10', activity: 'reflective-discussion', hours: 1, participatory: 1 }),
      makeEntry({ date: '2023-12-31', activity: 'course', hours: 20, participatory: 20 }),
    ];
    const { totals, byId } = check('nmc', entries, period('2024-01-01', '2026-12-31'));
    expect(totals).toMatchObject({ entries: 7, hours: 19.5, participatoryHours: 12.5, nonParticipatoryHours: 7 });
    expect(byId['cpd-hours']).toMatchObject({ achieved: 19.5, required: 35, met: false });
    expect(byId['participatory-hours']).toMatchObject({ achieved: 12.5, required: 20, met: false });
    expect(byId['reflective-accounts']).toMatchObject({ achieved: 2, met: false });
    expect(byId.feedback).toMatchObject({ achieved: 1, met: false });
    expect(byId['reflective-discussion']).toMatchObject({ achieved: 1, met: true });
  });

  it('NMC: met once 35 hours with 20 participatory are reached', () => {
    const entries = [makeEntry({ date: '2025-01-10', activity: 'course', hours: 20, participatory: 20 }), makeEntry({ date: '2025-02-10', activity: 'reading', hours: 15 })];
    const { byId } = check('nmc', entries, period('2024-01-01', '2026-12-31'));
    expect(byId['cpd-hours']?.met).toBe(true);
    expect(byId['participatory-hours']?.met).toBe(true);
  });

  it('GPhC: four records of which two planned, a peer discussion and a reflective account', () => {
    const year = period('2026-01-01', '2026-12-31');
    const mix = [
      makeEntry({ date: '2026-02-01', activity: 'planned' }),
      makeEntry({ date: '2026-03-01', activity: 'unplanned' }),
      makeEntry({ date: '2026-04-01', template: 'gphc-unplanned' }),
      makeEntry({ date: '2026-05-01', activity: 'gphc-peer-discussion' }),
      makeEntry({ date: '2026-06-01', activity: 'reflective-account' }),
    ];
    const first = check('gphc', mix, year);
    let byId = first.byId;
    expect(first.totals.entries).toBe(5);
    expect(byId['cpd-records']).toMatchObject({ achieved: 3, required: 4, met: false });
    expect(byId['planned-records']).toMatchObject({ achieved: 1, required: 2, met: false });
    expect(byId['peer-discussion']).toMatchObject({ achieved: 1, met: true });
    expect(byId['reflective-account']).toMatchObject({ achieved: 1, met: true });
    ({ byId } = check('gphc', [...mix, makeEntry({ date: '2026-07-01', activity: 'Planned' })], year));
    expect(byId['cpd-records']).toMatchObject({ achieved: 4, met: true });
    expect(byId['planned-records']).toMatchObject({ achieved: 2, met: true });
  });

  it('AHPRA (medical): 50 hours, 25 reviewing performance and measuring outcomes with 5 of each, 12.5 educational', () => {
    const entries = [
      makeEntry({ date: '2026-02-01', activity: 'course', hours: 10 }),
      makeEntry({ date: '2026-03-01', activity: 'reading', hours: 3 }),
      makeEntry({ date: '2026-04-01', activity: 'peer-review', hours: 16 }),
      makeEntry({ date: '2026-05-01', activity: 'audit', hours: 4 }),
      makeEntry({ date: '2026-06-01', activity: 'other', hours: 17 }),
      makeEntry({ date: '2026-07-01', activity: 'pdp', hours: 0.5 }),
    ];
    const { totals, byId } = check('ahpra-medical', entries, period('2026-01-01', '2026-12-31'));
    expect(totals.hours).toBe(50.5);
    // The PDP and "other" (free choice) are in no category: their part keeps the categories summing to the total.
    expect(totals.byCategory.map((c) => [c.id, c.hours])).toEqual([
      ['ea', 13],
      ['rp', 16],
      ['mo', 4],
      ['uncategorised', 17.5],
    ]);
    expect(byId['total-hours']?.met).toBe(true);
    expect(byId['rp-mo-hours']).toMatchObject({ achieved: 20, met: false });
    expect(byId['rp-hours']).toMatchObject({ achieved: 16, met: true });
    expect(byId['mo-hours']).toMatchObject({ achieved: 4, met: false });
    expect(byId['ea-hours']).toMatchObject({ achieved: 13, met: true });
    expect(byId.pdp?.met).toBe(true);
  });

  it('RCPSC MOC: credit rates per section, the cap on unaccredited learning, and 40 credits every year', () => {
    const entries = [
      makeEntry({ date: '2024-03-01', activity: 'accredited-group-learning', hours: 30 }),
      makeEntry({ date: '2024-05-01', activity: 'unaccredited-group-learning', hours: 80 }),
      makeEntry({ date: '2025-05-01', activity: 'unaccredited-group-learning', hours: 60 }),
      makeEntry({ date: '2025-06-01', activity: 'personal-learning-project', hours: 10 }),
      makeEntry({ date: '2025-07-01', activity: 'journal-article', hours: 0.5 }),
      makeEntry({ date: '2025-07-02', activity: 'journal-article' }),
      makeEntry({ date: '2025-08-01', activity: 'podcast-or-search' }),
      makeEntry({ date: '2026-01-01', activity: 'chart-audit', hours: 5 }),
      makeEntry({ date: '2026-02-01', activity: 'simulation', hours: 4, credits: 10 }),
    ];
    const span = period('2024-01-01', '2028-12-31');
    const { totals, byId, report } = check('rcpsc-moc', entries, span, '2026-11-27');
    // Each log row shows the credits it claims: the second unaccredited block only what is left under the cap.
    expect(report.log.rows.filter((r) => r.activity === 'unaccredited-group-learning').map((r) => r.credits)).toEqual([40, 10]);
    // Section 1: 30 + min(40 + 30, 50) = 80; section 2: 20 + 1 + 1 + 0.5 = 22.5; section 3: 15 + 10 (declared) = 25.
    expect(totals.byCategory.map((c) => [c.id, c.credits])).toEqual([
      ['section-1', 80],
      ['section-2', 22.5],
      ['section-3', 25],
    ]);
    expect(totals.credits).toBe(127.5);
    expect(byId['cycle-credits']).toMatchObject({ achieved: 127.5, required: 400, met: false });
    expect(byId['section-2']).toMatchObject({ achieved: 22.5, met: false });
    expect(byId['section-3']).toMatchObject({ achieved: 25, met: true });
    const yearly = byId['yearly-credits'];
    expect(yearly?.years?.map((y) => [y.from, y.achieved, y.met])).toEqual([
      ['2024-01-01', 70, true],
      // Unaccredited: 40 credits in 2024, so only 10 more count in 2025 (at most 50 in the cycle).
      ['2025-01-01', 32.5, false],
      // Counted up to today: the years still to come are not "not met" yet, they are not counted at all.
      ['2026-01-01', 25, false],
    ]);
    expect(yearly).toMatchObject({ achieved: 25, met: false, span: { from: '2024-01-01', to: '2026-11-27' } });
  });

  it('AMA: category 1 and 2 credits in quarter-credit steps', () => {
    const entries = [
      makeEntry({ date: '2025-01-01', activity: 'live-activity', hours: 40 }),
      makeEntry({ date: '2025-02-01', activity: 'enduring-material', hours: 10.4 }),
      makeEntry({ date: '2025-03-01', activity: 'consultation', hours: 0.6 }),
      makeEntry({ date: '2025-04-01', activity: 'reading', hours: 100 }),
    ];
    const { totals, byId } = check('ama', entries, period('2024-01-01', '2026-12-31'));
    expect(totals.byCategory.map((c) => [c.id, c.credits])).toEqual([
      ['category-1', 50.25],
      ['category-2', 100.5],
    ]);
    expect(byId['total-credits']).toMatchObject({ achieved: 150.75, met: true });
    expect(byId['category-1']).toMatchObject({ achieved: 50.25, required: 60, met: false });
  });

  it('HCPC: a mixture of at least two activity types, and no gap of more than three months', () => {
    const span = period('2025-09-01', '2027-08-31');
    const entries = [
      makeEntry({ date: '2025-09-20', activity: 'work-based' }),
      makeEntry({ date: '2025-11-01', activity: 'reading' }),
      makeEntry({ date: '2026-06-01', activity: 'course' }),
    ];
    const { byId } = check('hcpc', entries, span, '2026-07-01');
    expect(byId['activity-mix']).toMatchObject({ achieved: 3, met: true });
    // 2025-11-01 to 2026-06-01 is 212 days.
    expect(byId['continuous-record']).toMatchObject({ achieved: 212, comparison: 'at-most', required: 90, met: false });
    const { byId: one } = check('hcpc', [entries[0] as Entry], span, '2025-10-01');
    expect(one['activity-mix']).toMatchObject({ achieved: 1, met: false });
    expect(one['continuous-record']).toMatchObject({ achieved: 19, met: true });
  });

  it('GMC: 50 credits a year, and supporting information over the five-year cycle', () => {
    const entries = [
      makeEntry({ date: '2023-05-01', activity: 'qia', hours: 10 }),
      makeEntry({ date: '2026-05-01', activity: 'course', hours: 30 }),
      makeEntry({ date: '2026-09-01', activity: 'clinical-case', hours: 21 }),
      makeEntry({ date: '2026-10-01', activity: 'msf' }),
    ];
    const { totals, byId } = check('gmc', entries, period('2026-04-01', '2027-03-31'));
    expect(totals.credits).toBe(51);
    expect(byId['credits-year']).toMatchObject({ achieved: 51, met: true });
    expect(byId['credits-cycle']).toMatchObject({ achieved: 61, required: 250, span: { from: '2022-04-01', to: '2027-03-31' }, met: false });
    expect(byId['quality-improvement']).toMatchObject({ achieved: 1, met: true });
    expect(byId['colleague-feedback']).toMatchObject({ achieved: 1, met: true });
    expect(byId['patient-feedback']).toMatchObject({ achieved: 0, met: false });
  });

  it('generic: an activity the profile does not know is listed as not counted, with its hours, and adds to no total (bug: it counted)', () => {
    const { totals, byId, report } = check(
      'generic',
      [makeEntry({ activity: 'ward-round-teaching', hours: 2 }), makeEntry({ activity: 'reading', hours: 1 })],
      period('2026-01-01', '2026-12-31'),
    );
    expect(totals.hours).toBe(1);
    expect(totals.byActivity.map((a) => [a.id, a.hours])).toEqual([['reading', 1]]);
    expect(byId.hours).toMatchObject({ achieved: 1, required: 50, met: false });
    expect(report.notCounted).toMatchObject({ entries: 1, hours: 2, rows: [{ activity: 'ward-round-teaching', hours: 2 }] });
  });
});
