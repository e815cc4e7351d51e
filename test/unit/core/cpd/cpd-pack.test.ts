import { describe, expect, it } from 'vitest';
import { buildCpdReport, cellText, type CpdReportOptions } from '../../../../src/core/cpd/cpd-report.js';
import { cpdReportSchemaErrors } from '../../../helpers/cpd-schema.js';
import { cpdReportOptions, makeEntry } from '../../../helpers/make-entry.js';

// Issue 16, points 4 to 8: the regulator's own documents beside the log, built from what the report counts.
const CYCLE = { from: '2024-04-01', to: '2027-03-31', label: 'revalidation cycle', source: 'cycle-start' as const };
const options = (profile: string, over: Partial<CpdReportOptions> = {}) => cpdReportOptions(profile, { period: CYCLE, today: '2026-11-27', yearStart: '04-01', ...over });
const valid = (report: unknown) => expect(cpdReportSchemaErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);

describe('NMC revalidation pack: feedback log, reflective discussion and confirmation', () => {
  const entries = [
    makeEntry(
      { date: '2025-03-03', title: 'Feedback from a family', activity: 'feedback', learned_with: ['patients-and-carers'] },
      { 'What happened': 'The discharge felt rushed to them.', 'What I understand now': 'Give the plan in writing the day before.' },
    ),
    makeEntry({ date: '2025-01-15', title: 'Handover', activity: 'reflective-account', template: 'nmc-reflective-account', hours: 1 }),
    makeEntry({ date: '2026-05-05', title: 'Discussion with my manager', activity: 'reflective-discussion' }),
    makeEntry({ date: '2026-02-01', title: 'Course', activity: 'course', hours: 6 }),
  ];

  it('lists each piece of feedback with its source and what changed, the accounts discussed, and the practice hours', () => {
    const report = buildCpdReport(entries, options('nmc', { registrant: { name: 'Sam Nurse', registrationNumber: '12A3456E' }, practiceHours: 1350 }));
    expect(report.pack).toMatchObject({
      kind: 'nmc',
      feedback: [{ date: '2025-03-03', title: 'Feedback from a family', source: ['patients-and-carers'], what: 'The discharge felt rushed to them.', learning: 'Give the plan in writing the day before.' }],
      discussion: { accounts: [{ date: '2025-01-15', title: 'Handover' }], record: { title: 'Discussion with my manager' } },
      practiceHours: 1350,
    });
    valid(report);
  });

  it('without practice_hours the form says it is not recorded (null), and other profiles have no pack', () => {
    expect(buildCpdReport(entries, options('nmc')).pack).toMatchObject({ practiceHours: null });
    expect(buildCpdReport(entries, options('generic')).pack).toBeNull();
  });
});

describe('GMC appraisal, in the order of the Medical Appraisal Guide', () => {
  const year = { from: '2026-04-01', to: '2027-03-31', label: 'appraisal year', source: 'profile' as const };
  const entries = [
    makeEntry({ date: '2024-10-02', title: 'DOAC audit', activity: 'qia', credits: 10 }, { 'What happened': 'An audit of renal checks.' }),
    makeEntry({ date: '2025-02-17', title: 'Delayed potassium', activity: 'significant-event', credits: 2 }),
    makeEntry({ date: '2025-06-10', title: 'Patient survey', activity: 'patient-feedback', credits: 1 }),
    makeEntry(
      {
        date: '2025-11-03',
        title: 'Consent and capacity',
        activity: 'course',
        credits: 3,
        actions: [
          { text: 'Use the capacity template', due: '2026-03-31', done: '2026-02-20' },
          { text: 'Teach consent', due: '2026-01-31', dropped: '2026-04-10' },
          { text: 'Audit consent forms', due: '2026-12-31' },
        ],
      },
    ),
    makeEntry({ date: '2026-05-21', title: 'Dermoscopy course', activity: 'course', credits: 12, actions: [{ text: 'Photograph every lesion', due: '2027-01-31' }] }),
  ];

  it('counts credits in each appraisal year of the cycle that ends on the revalidation date, not back from today', () => {
    const report = buildCpdReport(entries, options('gmc', { period: year, revalidationDate: '2028-03-31' }));
    const pack = report.pack?.kind === 'gmc' ? report.pack : undefined;
    expect(pack?.cycle).toEqual({ from: '2023-04-01', to: '2028-03-31', source: 'revalidation-date' });
    expect(pack?.years.map((y) => [y.from, y.entries, y.credits])).toEqual([
      ['2023-04-01', 0, 0],
      ['2024-04-01', 2, 12],
      ['2025-04-01', 2, 4],
      ['2026-04-01', 1, 12],
      ['2027-04-01', 0, 0],
    ]);
    valid(report);
  });

  it('lists quality improvement, significant events and feedback over the cycle, and reviews last year’s plan', () => {
    const report = buildCpdReport(entries, options('gmc', { period: year, revalidationDate: '2028-03-31' }));
    const pack = report.pack?.kind === 'gmc' ? report.pack : undefined;
    expect(pack?.qualityImprovement.map((r) => [r.title, r.what])).toEqual([['DOAC audit', 'An audit of renal checks.']]);
    expect(pack?.significantEvents.map((r) => r.title)).toEqual(['Delayed potassium']);
    expect(pack?.feedback.map((r) => r.title)).toEqual(['Patient survey']);
    expect(pack?.pdpReview.span).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(pack?.pdpReview.items.map((i) => [i.text, i.status, i.closedOn])).toEqual([
      ['Use the capacity template', 'done', '2026-02-20'],
      ['Teach consent', 'dropped', '2026-04-10'],
      ['Audit consent forms', 'open', null],
    ]);
    expect(pack?.pdpNext.map((i) => i.text)).toEqual(['Audit consent forms', 'Photograph every lesion']);
  });

  it('bug: a dropped action stayed in the development plan as open', () => {
    const report = buildCpdReport(entries, options('gmc', { period: { ...year, from: '2025-04-01' } }));
    expect(report.actions.map((a) => a.text)).toEqual(['Audit consent forms', 'Photograph every lesion']);
  });

  it('without a revalidation date the cycle ends with the period, and says so', () => {
    const pack = buildCpdReport(entries, options('gmc', { period: year })).pack;
    expect(pack?.kind === 'gmc' && pack.cycle).toEqual({ from: '2022-04-01', to: '2027-03-31', source: 'period' });
  });
});

describe('GPhC: the records chosen for submission', () => {
  const entries = [
    makeEntry({ date: '2026-01-20', title: 'Anticoagulation update', activity: 'planned', template: 'gphc-planned' }),
    makeEntry({ date: '2026-02-14', title: 'Methotrexate query', activity: 'unplanned', template: 'gphc-unplanned' }),
    makeEntry({ date: '2026-05-11', title: 'Peer discussion', activity: 'peer-discussion', template: 'gphc-peer-discussion' }),
  ];
  const period = { from: '2026-01-01', to: '2026-12-31', label: 'year', source: 'options' as const };

  it('--select lays out only the records named (by short id or id), each with its record type', () => {
    const [planned, , peer] = entries as [(typeof entries)[0], (typeof entries)[0], (typeof entries)[0]];
    const select = [planned.meta.id.slice(-4).toLowerCase(), peer.meta.id];
    const report = buildCpdReport(entries, options('gphc', { period, select }));
    expect(report.accounts.map((a) => a.title)).toEqual(['Anticoagulation update', 'Peer discussion']);
    expect(report.pack).toMatchObject({ kind: 'gphc', chosen: true, records: [{ title: 'Anticoagulation update' }, { title: 'Peer discussion', recordType: 'Peer discussion' }] });
    expect(report.selection).toMatchObject({ records: [planned.meta.id, peer.meta.id], unmatched: [] });
    expect(report.log.rows).toHaveLength(3);
    valid(report);
  });

  it('a name that matches no record is reported, so the export can stop rather than submit less', () => {
    const report = buildCpdReport(entries, options('gphc', { period, select: ['zzzz'] }));
    expect(report.selection.unmatched).toEqual(['zzzz']);
    expect(buildCpdReport(entries, options('gphc', { period })).pack).toMatchObject({ chosen: false });
  });
});

describe('HCPC gaps and the evidence column', () => {
  it('HCPC: each gap of three months or more between activities, with its dates; other profiles have none', () => {
    const entries = [makeEntry({ date: '2025-01-10', activity: 'course', hours: 3 }), makeEntry({ date: '2025-06-20', activity: 'reading', hours: 1 })];
    const period = { from: '2025-01-01', to: '2025-08-31', label: 'year', source: 'options' as const };
    const report = buildCpdReport(entries, options('hcpc', { period }));
    expect(report.gaps).toEqual([{ from: '2025-01-10', to: '2025-06-20', days: 161, months: 5, kind: 'between' }]);
    expect(buildCpdReport(entries, options('nmc', { period })).gaps).toBeNull();
    valid(report);
  });

  it('an entry’s resources and attached files are its evidence, in the NMC log’s evidence column', () => {
    const attachment = { name: 'certificate.pdf', size: 1200, sha256: 'a'.repeat(64) };
    const entry = makeEntry({ date: '2026-02-01', activity: 'course', hours: 6, resources: ['Resus Council guideline'], attachments: [attachment] });
    const report = buildCpdReport([entry], options('nmc'));
    const row = report.log.rows[0];
    expect(row?.attachments).toEqual(['certificate.pdf']);
    expect(row && cellText(row, 'resources')).toBe('Resus Council guideline; certificate.pdf (attached)');
    expect(row && cellText(row, 'evidence')).toBe('Resus Council guideline; certificate.pdf (attached)');
    const bare = buildCpdReport([makeEntry({ date: '2026-02-01', activity: 'course', hours: 1 })], options('nmc')).log.rows[0];
    expect(bare && cellText(bare, 'resources')).toBe('');
  });
});
