import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cpdReportSchemaErrors } from '../helpers/cpd-schema.js';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

// Issue 12 through the command line, on the hand-counted journal (test/fixtures/journals/cpd-hand-totals, whose
// README has the working): a team journal whose current author is Jo Clinician, today 2026-06-15.
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/journals/cpd-hand-totals');
const YEAR = ['--from', '2026-01-01', '--to', '2026-12-31'];

function journal(now = '2026-06-15') {
  const isolated = isolatedEnv({ MINDLINES_NOW: now });
  const root = path.join(tempDir('mindlines-figures-'), 'journal');
  cpSync(FIXTURE, root, { recursive: true });
  const run = (args: string[]) => runInProcess(['--journal', root, ...args], { cwd: root, env: isolated.env });
  const json = async (args: string[], stderr = '') => {
    const out = await run(['export', 'cpd', '--format', 'json', ...args]);
    expect(out.stderr).toBe(stderr);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(cpdReportSchemaErrors(report)).toEqual([]);
    return report;
  };
  return { root, run, json };
}

describe('a nurse signs her NMC figures: only completed CPD up to today, her own, with what was left out said', () => {
  it('counts 17.1 hours (a hand-edited 1h30 included), lists the planned course, the unfinished note and what the profile does not count', async () => {
    const j = journal();
    const r = await j.json(YEAR);
    expect(r.author).toBe('Jo Clinician');
    expect(r.totals).toMatchObject({ entries: 8, hours: 17.1, participatoryHours: 10, accounts: 2 });
    expect(r.planned.map((p: { shortId: string }) => p.shortId)).toEqual(['0e13']);
    expect(r.unfinished).toMatchObject({ count: 1, notes: [{ shortId: '0e14' }] });
    expect(r.notCounted).toMatchObject({ entries: 3, hours: 111 });
    expect(r.log.rows.map((x: { status: string; visibility: string }) => `${x.status}/${x.visibility}`)).toContain('complete/private');
    // The two ways of choosing a period agree: --from alone stops at today, and so does a period that ends later.
    expect((await j.json(['--from', '2026-01-01'])).totals).toEqual(r.totals);

    const md = (await j.run(['export', 'cpd', ...YEAR])).stdout;
    expect(md).toContain('8 entries counted, 17.1 hours (10 participatory), 2 reflective accounts');
    expect(md).toContain('Counted up to 2026-06-15 (today): CPD dated later is planned, not counted.');
    expect(md).toContain('1 unfinished note not included: 0e14');
    expect(md).toMatch(/### Not counted by this profile\n\n3 entries \(111 hours\) in the period have activities the NMC revalidation profile does not recognise/);
    expect(md).toMatch(/### Planned \(after today, not counted\)\n\n\| Date \| Title \| Activity \| Hours \|\n\| --- \| --- \| --- \| --- \|\n\| 2026-07-01 \| Advanced communication course \(booked\) \| course \| 7 \|/);
    expect(md).not.toContain('ask about pregnancy prevention');
  });

  it('--include-drafts lists the unfinished note (never counted); --exclude-private and cpd.exclude_private leave private entries out and say so', async () => {
    const j = journal();
    const drafts = await j.json([...YEAR, '--include-drafts']);
    expect(drafts.unfinished).toMatchObject({ count: 1, listed: true, notes: [{ shortId: '0e14', title: 'ask about pregnancy prevention with valproate' }] });
    expect(drafts.totals.entries).toBe(8);
    expect((await j.run(['export', 'cpd', ...YEAR, '--include-drafts'])).stdout).toMatch(/### Unfinished notes \(not counted\)[\s\S]*\| 2026-04-04 \| 0e14 \| ask about pregnancy/);
    const shared = await j.json([...YEAR, '--exclude-private']);
    expect(shared.totals).toMatchObject({ entries: 7, hours: 16.6 });
    expect(shared.private).toEqual({ excluded: true, entries: 1, total: 0.5 });
    expect((await j.run(['export', 'cpd', ...YEAR, '--exclude-private', '--format', 'html'])).stdout).toContain('1 private entry (0.5 hours) left out of this summary (--exclude-private).');
    writeFileSync(path.join(j.root, 'mindlines.yaml'), `${readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8')}cpd:\n  exclude_private: true\n`);
    expect((await j.json(YEAR)).private).toEqual({ excluded: true, entries: 1, total: 0.5 });
    expect((await j.json([...YEAR, '--no-exclude-private'])).private).toEqual({ excluded: false, entries: 1, total: 0.5 });
  });

  it('a team journal counts the current author unless --all-authors; git’s user name when the journal names no author', async () => {
    const j = journal();
    const team = await j.json([...YEAR, '--all-authors']);
    expect(team.author).toBeNull();
    expect(team.totals).toMatchObject({ entries: 9, hours: 21.1 });
    expect((await j.json([...YEAR, '--author', 'sam'])).totals).toMatchObject({ entries: 1, hours: 4 });
    const both = await j.run(['export', 'cpd', '--author', 'sam', '--all-authors']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--author and --all-authors ask for different things');
    // Without `author:` the current author is git's user name (isolatedEnv: Test Clinician), who wrote nothing here.
    writeFileSync(path.join(j.root, 'mindlines.yaml'), readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8').replace(/^author: .*\n/m, ''));
    const mine = await j.json(YEAR, 'no entries between 2026-01-01 and 2026-12-31; the summary lists the requirements with nothing counted yet\n');
    expect(mine.author).toBe('Test Clinician');
    expect(mine.totals.entries).toBe(0);
  });

  it('says why nothing was counted when a period holds only an unfinished note or planned CPD, not that it is empty', async () => {
    const j = journal();
    const draft = await j.json(['--from', '2026-04-03', '--to', '2026-04-05'], 'nothing counted between 2026-04-03 and 2026-04-05: 1 unfinished note (status draft)\n');
    expect(draft.unfinished.count).toBe(1);
    await j.json(['--from', '2026-06-20', '--to', '2026-07-31'], 'nothing counted between 2026-06-20 and 2026-07-31: 1 planned after today\n');
  });

  it('the status screen’s hours this year leave out the planned course and the unfinished note, as the summary does', async () => {
    const j = journal();
    const out = await j.run(['--json']);
    expect(out.code).toBe(0);
    const status = JSON.parse(out.stdout) as { hoursThisYear: number; entriesThisYear: number };
    const all = await j.json([...YEAR, '--all-authors']);
    // Every finished entry up to today, whether or not the profile recognises its activity.
    expect(status.hoursThisYear).toBe(Math.round((all.totals.hours + all.notCounted.hours) * 100) / 100);
    expect(status.entriesThisYear).toBe(all.totals.entries + all.notCounted.entries + all.unfinished.count);
  });

  it('CSV: one record per log row, a reflection with a bare line break quoted, read back by csv-parse (bug: 28 records read as 30)', async () => {
    const j = journal();
    const rows = (await j.json(YEAR)).log.rows;
    const out = await j.run(['export', 'cpd', '--format', 'csv', ...YEAR, '--profile', 'generic']);
    const generic = (await j.json([...YEAR, '--profile', 'generic'])).log.rows;
    const records = parse(out.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((x) => x['Entry id'])).toEqual(generic.map((x: { id: string }) => x.id));
    expect(records[0]?.['What I learned']).toBe('Plan the pause before each rhythm check.\nSay the plan aloud, then pause.');
    expect(out.stdout).toContain('"Plan the pause before each rhythm check.\nSay the plan aloud, then pause."');
    const nmc = parse((await j.run(['export', 'cpd', '--format', 'csv', ...YEAR])).stdout, { bom: true, columns: true }) as unknown[];
    expect(nmc).toHaveLength(rows.length);
  });
});

describe('an entry file that cannot be read never vanishes from a total', () => {
  it('stops the export with file:line and the problem; --skip-invalid exports and lists it; one outside the period does not block', async () => {
    const j = journal();
    const file = 'entries/2026/02/2026-02-03-anticoagulation-e-learning-0e02.md';
    const text = readFileSync(path.join(j.root, file), 'utf8');
    writeFileSync(path.join(j.root, file), text.replace(/^hours: .*$/m, 'hours: lots'));
    const stopped = await j.run(['export', 'cpd', ...YEAR, '--format', 'json']);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toContain(`1 entry in the period could not be read, so the totals would be wrong: ${file}:9: \`hours\` should be a number of hours`);
    expect(stopped.stderr).toContain('--skip-invalid');
    const skipped = await j.run(['export', 'cpd', ...YEAR, '--format', 'json', '--skip-invalid']);
    expect(skipped.code).toBe(0);
    const report = JSON.parse(skipped.stdout);
    expect(report.skipped).toEqual([{ path: file, line: 9, message: expect.stringContaining('`hours` should be') }]);
    expect(report.totals).toMatchObject({ entries: 7, hours: 15.6 });
    expect(skipped.stderr).toContain('--skip-invalid: 1 unreadable entry was left out of the totals; the report lists it');
    expect((await j.run(['export', 'cpd', ...YEAR, '--skip-invalid'])).stdout).toMatch(/### Entry files that could not be read \(not counted\)/);
    const later = await j.run(['export', 'cpd', '--from', '2026-03-01', '--to', '2026-12-31', '--format', 'json']);
    expect(later.code).toBe(0);
  });
});

describe('check warns about what the journal’s profile would not count, without failing', () => {
  it('names the activity the profile does not recognise and participatory hours over the hours', async () => {
    const j = journal();
    const out = await j.run(['check']);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/2026-02-20-journal-club-first-term-0e03\.md:\d+: activity "journal-club" is not one the nmc profile recognises/);
    expect(out.stderr).toMatch(/2026-06-15-sepsis-audit-0e12\.md:10: `participatory` \(3 h\) is more than `hours` \(2 h\); only 2 h are counted as participatory/);
    // Its template makes E6 an NMC reflective account, whatever its activity says: no warning.
    expect(out.stderr).not.toContain('ward-teaching');
    const json = JSON.parse((await j.run(['check', '--json'])).stdout);
    expect(json.ok).toBe(true);
    expect(json.warnings.map((w: { kind: string }) => w.kind)).toEqual([
      'activity-not-recognised',
      'activity-not-recognised',
      'activity-not-recognised',
      'participatory-over-hours',
    ]);
  });
});
