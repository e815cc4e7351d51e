import { describe, expect, it } from 'vitest';
import { buildBlogDraft, summarise } from '../../../../src/core/sharing/blog.js';
import { buildCpdReport, cellText, CPD_REPORT_SCHEMA } from '../../../../src/core/cpd/cpd-report.js';
import { roleOf } from '../../../../src/core/reflection/section-roles.js';
import { cpdReportOptions, makeEntry } from '../../../helpers/make-entry.js';

const period = { from: '2026-01-01', to: '2026-12-31', label: 'CPD year', source: 'profile' as const };

function report(profileId: string, entries: Parameters<typeof buildCpdReport>[0]) {
  return buildCpdReport(entries, cpdReportOptions(profileId, { period, today: '2026-11-27', generated: '2026-11-27T09:00:00Z', author: 'Sam Nurse' }));
}

describe('what a section is about, whichever template wrote it', () => {
  it.each([
    ['What happened', 'experience'],
    ['What?', 'experience'],
    ['What I already believed', 'prior'],
    ['Reinforced or challenged', 'challenge'],
    ['What I understand now', 'learning'],
    ['So what?', 'learning'],
    ['What has been learned?', 'learning'],
    ['What I will do differently', 'change'],
    ['Now what?', 'change'],
    ['What has been changed?', 'change'],
    ['Next steps', 'next-steps'],
    ['How is this relevant to the Code?', 'relevance'],
    ['How is this relevant to your role?', 'relevance'],
    ['How did it benefit the people using your services?', 'benefit'],
    ['The people who typically use your services', 'service-users'],
    ['Feelings', 'feelings'],
    ['What are you planning to learn?', 'plan'],
  ])('%s → %s', (heading, role) => {
    expect(roleOf(heading)).toBe(role);
  });
});

describe('the CPD report', () => {
  it('lays out reflective accounts as the NMC form, dropping nothing the entry says', () => {
    const account = makeEntry(
      { date: '2026-03-01', title: 'Handover', activity: 'reflective-account', standards: ['practise-effectively', 'preserve-safety'], actions: [{ text: 'Use SBAR' }] },
      {
        'What happened': 'A handover where an allergy was nearly missed.',
        'What I already believed': 'That I remember everything.',
        'What I understand now': 'Structure catches what memory drops.',
        'What I will do differently': 'SBAR at every handover.',
      },
    );
    const other = makeEntry({ date: '2026-04-01', activity: 'course', hours: 3 }, { 'What happened': 'A course.' });
    const r = report('nmc', [account, other]);
    expect(r.schema).toBe(CPD_REPORT_SCHEMA);
    expect(r.accounts).toHaveLength(1);
    const form = r.accounts[0]!;
    expect(form.fields.map((f) => f.heading)).toEqual([
      'What was the nature of the CPD activity, feedback, or event or experience in your practice?',
      'What did you learn from it?',
      'How did you change or improve your practice as a result?',
      'How is this relevant to the Code?',
    ]);
    expect(form.fields.map((f) => f.text)).toEqual(['A handover where an allergy was nearly missed.', 'Structure catches what memory drops.', 'SBAR at every handover.', '']);
    expect(form.fields[2]?.items).toEqual(['Use SBAR']);
    expect(form.fields[3]?.items).toEqual(['Practise effectively', 'Preserve safety']);
    expect(form.further).toEqual([{ heading: 'What I already believed', text: 'That I remember everything.', role: 'prior' }]);
    expect(r.missingAccounts).toEqual([]);
    expect(r.totals.accounts).toBe(1);
  });

  it('says which GPhC records are still missing', () => {
    const r = report('gphc', [makeEntry({ date: '2026-02-01', activity: 'unplanned' }, { 'What I learned': 'x' })]);
    expect(r.accounts.map((a) => a.layout)).toEqual(['unplanned']);
    expect(r.missingAccounts.map((m) => m.layout)).toEqual(['planned', 'peer-discussion', 'reflective-account']);
  });

  it('fills the log in the profile’s columns, oldest first, and lists open actions as the PDP', () => {
    const late = makeEntry(
      { date: '2026-09-01', title: 'Sepsis', activity: 'reading', hours: 2, standards: ['preserve-safety'], resources: ['NICE NG51'], actions: [{ text: 'Teach it', due: '2027-01-31' }, { text: 'Done one', done: true }] },
      { 'What I understand now': 'Lactate early.' },
    );
    const early = makeEntry({ date: '2026-02-01', title: 'Course', activity: 'course', hours: 6, participatory: true });
    const outside = makeEntry({ date: '2025-12-31', title: 'Last year', activity: 'course', hours: 9 });
    const r = report('nmc', [late, early, outside]);
    expect(r.log.rows.map((row) => row.title)).toEqual(['Course', 'Sepsis']);
    expect(r.log.columns.map((c) => cellText(r.log.rows[1]!, c.field))).toEqual([
      '2026-09-01',
      'Reading: journals, guidelines, books',
      'Sepsis',
      'Lactate early.',
      '2',
      '0',
      'Preserve safety',
      'NICE NG51',
    ]);
    expect(r.log.rows[0]?.participatory).toBe(6);
    expect(r.actions).toEqual([{ text: 'Teach it', due: '2027-01-31', entryId: late.meta.id, entryTitle: 'Sepsis', entryDate: '2026-09-01' }]);
    expect(r.totals.hours).toBe(8);
  });

  it('takes the HCPC summary of practice from its own entry and does not count it as CPD', () => {
    const summary = makeEntry({ date: '2026-01-05', tags: ['practice-summary'], hours: 1 }, { 'Summary of practice': 'I am a community physiotherapist.' });
    const r = report('hcpc', [summary, makeEntry({ date: '2026-02-01', activity: 'work-based', hours: 2 })]);
    expect(r.summary).toEqual({ heading: 'Summary of practice', text: 'I am a community physiotherapist.', entryId: summary.meta.id, empty: null });
    expect(r.totals.entries).toBe(1);
    expect(report('hcpc', []).summary?.empty).toMatch(/tagged practice-summary/);
  });
});

describe('a blog draft shares the learning and nothing only the author needs', () => {
  it('keeps learning, beliefs as they moved, changes, references and tags', () => {
    const entry = makeEntry(
      {
        title: 'Spacers in under-fives',
        date: '2026-11-20',
        hours: 1.5,
        participatory: 1,
        tags: ['asthma'],
        resources: ['NICE NG245'],
        beliefs: [{ belief: 'Over-threes manage without a mask', before: 'concrete', outcome: 'changed', after: 'Most need the mask' }],
        actions: [{ text: 'Check technique at every review', due: '2026-12-31' }],
        visibility: 'public',
      },
      {
        'What happened': 'A parent showed me her son’s technique.',
        'What I understand now': 'Technique matters more than the device. The mask makes the seal.',
        'What I will do differently': 'Watch the child use it.',
      },
    );
    const draft = buildBlogDraft([entry]);
    expect(draft.title).toBe('Spacers in under-fives');
    expect(draft.summary).toBe('Technique matters more than the device. The mask makes the seal.');
    expect(draft.learned).toEqual([{ from: '', text: 'Technique matters more than the device. The mask makes the seal.' }]);
    expect(draft.changed[0]?.text).toBe('Watch the child use it.\n\n- Check technique at every review');
    expect(draft.beliefs).toEqual([{ before: 'Over-threes manage without a mask', after: 'Most need the mask' }]);
    const all = JSON.stringify(draft);
    for (const secret of ['1.5', 'concrete', '2026-12-31', 'parent showed', 'public']) expect(all).not.toContain(secret);
  });

  it('summarises long text at a sentence boundary, without Markdown', () => {
    const long = `${'This is a **long** sentence about [sepsis](https://example.org/a_(b)). '.repeat(8)}`;
    const summary = summarise(long);
    expect(summary.length).toBeLessThanOrEqual(240);
    expect(summary).toMatch(/^This is a long sentence about sepsis\./);
    expect(summary).not.toMatch(/[*[\]()]/);
  });
});
