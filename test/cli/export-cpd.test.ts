import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cpdReportSchemaErrors } from '../helpers/cpd-schema.js';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/journals/nmc-known-totals');

/** A copy of the fixture journal (known totals), with "now" fixed at 2026-11-27. */
function journal() {
  const isolated = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
  const root = path.join(tempDir('mindlines-cpd-'), 'journal');
  cpSync(FIXTURE, root, { recursive: true });
  return {
    root,
    run: (args: string[], input?: string) => runInProcess(['--journal', root, ...args], { cwd: root, env: isolated.env, input }),
  };
}

// In the fixture's revalidation cycle (2024-04-01 to 2027-03-31): nine entries, 29.5 hours of which 19 participatory
// (one entry says `participatory: true` for all its 6 hours), two reflective accounts (one by activity, one by
// template), one piece of feedback and one reflective discussion. One more entry, from 2023, is outside the cycle.
describe('a nurse exports the NMC revalidation evidence for the cycle', () => {
  it('JSON: the right hours, participatory hours and reflective accounts, for scripts', async () => {
    const j = journal();
    const out = await j.run(['export', 'cpd', '--profile', 'nmc', '--format', 'json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.schema).toBe('mindlines.cpd-report/1');
    expect(cpdReportSchemaErrors(report)).toEqual([]);
    expect(report.period).toEqual({ from: '2024-04-01', to: '2027-03-31', label: 'revalidation cycle', source: 'cycle-start', countedThrough: '2026-11-27' });
    expect(report.author).toBe('Sam Nurse');
    expect(report.totals).toMatchObject({ entries: 9, hours: 29.5, participatoryHours: 19, nonParticipatoryHours: 10.5, accounts: 2 });
    const req = Object.fromEntries(report.requirements.map((r: { id: string; achieved: number; met: boolean }) => [r.id, [r.achieved, r.met]]));
    expect(req).toEqual({
      'cpd-hours': [29.5, false],
      'participatory-hours': [19, false],
      feedback: [1, false],
      'reflective-accounts': [2, false],
      'reflective-discussion': [1, true],
    });
    expect(report.accounts.map((a: { title: string }) => a.title)).toEqual(['Handover on a busy ward', 'Feedback on my discharge letters']);
    expect(report.actions).toEqual([
      expect.objectContaining({ text: 'Teach the sepsis screening tool to new starters', due: '2027-01-31', entryTitle: 'NICE sepsis guideline' }),
    ]);
  });

  it('--from/--to choose another period; --author selects one author in a shared journal', async () => {
    const j = journal();
    const year = JSON.parse((await j.run(['export', 'cpd', '--format', 'json', '--from', '2025-01-01', '--to', '2025-12-31'])).stdout);
    expect(year.period).toMatchObject({ from: '2025-01-01', to: '2025-12-31', source: 'options' });
    expect(year.totals).toMatchObject({ entries: 4, hours: 4.5, participatoryHours: 2 });
    const sam = JSON.parse((await j.run(['export', 'cpd', '--format', 'json', '--author', 'sam'])).stdout);
    expect(sam.author).toBe('sam');
    expect(sam.totals).toMatchObject({ entries: 8, hours: 27.5 });
    const backwards = await j.run(['export', 'cpd', '--from', '2026-01-01', '--to', '2025-01-01']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/--from 2026-01-01 is after --to 2025-01-01/);
  });

  it('CSV: one row per entry in the profile’s columns, read back by a CSV library', async () => {
    const j = journal();
    const out = await j.run(['export', 'cpd', '--format', 'csv', '-o', 'log.csv']);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/Wrote the csv CPD summary of 9 entries to log\.csv/);
    const csv = readFileSync(path.join(j.root, 'log.csv'), 'utf8');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Date, r.Topic, r.Hours, r['Participatory hours']])).toEqual([
      ['2024-05-10', 'Anaphylaxis update', '6', '6'],
      ['2024-09-02', 'Safeguarding level 3', '4', '0'],
      ['2025-01-15', 'Handover on a busy ward', '1', '0'],
      ['2025-03-03', 'Falls huddle', '2', '2'],
      ['2025-06-20', 'Feedback on my discharge letters', '1', '0'],
      ['2025-09-09', 'Thank-you card from a family', '0.5', '0'],
      ['2026-02-11', 'Nursing congress', '12', '10'],
      ['2026-05-05', 'Discussion with my confirmer', '1', '1'],
      ['2026-10-01', 'NICE sepsis guideline', '2', '0'],
    ]);
    expect(rows[2]?.['Part of the Code most relevant']).toBe('Practise effectively; Preserve safety');
    expect(rows[0]?.['CPD method']).toBe('Course, study day or workshop');
  });

  it('DOCX: opens as a zip whose document.xml holds the totals and the log', async () => {
    const j = journal();
    const out = await j.run(['export', 'cpd', '-o', 'appraisal.docx']);
    expect(out.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(path.join(j.root, 'appraisal.docx'))));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('29.5 hours');
    expect(text).toContain('Nursing congress');
    expect(text).toContain('Teach the sepsis screening tool to new starters');
  });

  it('refuses an unknown format, and never writes an export over the entries', async () => {
    const j = journal();
    const inside = await j.run(['export', 'cpd', '-o', 'entries/2026/summary.md']);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/inside the journal's entries/);
    const bad = await j.run(['export', 'cpd', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"pdf" is not a format mindlines writes; choose md, html, json, csv, docx/);
  });

  it('never replaces an earlier export without --force', async () => {
    const j = journal();
    const out = path.join(tempDir('mindlines-out-'), 'summary.md');
    writeFileSync(out, 'last year’s appraisal summary');
    const refused = await j.run(['export', 'cpd', '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists; nothing was written');
    expect(readFileSync(out, 'utf8')).toBe('last year’s appraisal summary');
    const forced = await j.run(['export', 'cpd', '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# /m);
  });

  it('refuses while an entry it would include holds an identifier, lists where, and --allow-findings overrides', async () => {
    const j = journal();
    const file = path.join(j.root, 'entries/2025/03/2025-03-03-falls-huddle-aa04.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nShe was seen at 14 Mill Lane, NHS number 943 476 5919.\n`);
    const refused = await j.run(['export', 'cpd', '-o', 'out.md']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/entries\/2025\/03\/2025-03-03-falls-huddle-aa04\.md:\d+:\d+ nhs-number/);
    expect(refused.stderr).toMatch(/refusing to write the md CPD summary/);
    expect(refused.stderr).not.toContain('943 476 5919');
    expect(existsSync(path.join(j.root, 'out.md'))).toBe(false);
    const allowed = await j.run(['export', 'cpd', '-o', 'out.md', '--allow-findings']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toMatch(/--allow-findings: writing although \d+ possible identifiers? (was|were) found/);
    expect(statSync(path.join(j.root, 'out.md')).size).toBeGreaterThan(1000);
    // An entry outside the period is not included, so it does not block the export.
    const old = await j.run(['export', 'cpd', '--from', '2026-01-01', '-o', 'later.md']);
    expect(old.code).toBe(0);
  });

  it('stats: hours per month, the mix, progress against the requirements, top tags; --json', async () => {
    const j = journal();
    const text = await j.run(['stats']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Hours per month/);
    expect(text.stdout).toMatch(/2026-02 +█+ +12 h +1/);
    expect(text.stdout).toMatch(/Participatory CPD hours +\[█+░+\] +19 hours \/ at least 20 hours +95% +not yet met/);
    expect(text.stdout).toMatch(/Reflective discussion .*100% +met/);
    expect(text.stdout).toMatch(/sepsis \(2\)/);
    const json = JSON.parse((await j.run(['stats', '--json'])).stdout);
    expect(json.months).toHaveLength(32);
    expect(json.months.find((m: { month: string }) => m.month === '2024-05')).toEqual({ month: '2024-05', entries: 1, hours: 6 });
    expect(json.learnedWith[0]).toEqual({ value: 'other-professionals', entries: 2 });
    expect(json.tags[0]).toEqual({ tag: 'sepsis', entries: 2 });
  });
});

describe('help for the evidence commands', () => {
  it('shows examples under --help and lists the commands', async () => {
    const isolated = isolatedEnv();
    const top = await runInProcess(['--help'], { cwd: isolated.home, env: isolated.env });
    expect(top.stdout).toMatch(/^\s+export\s/m);
    expect(top.stdout).toMatch(/^\s+stats\s/m);
    for (const args of [['export', 'cpd', '--help'], ['export', 'blog', '--help'], ['stats', '--help']]) {
      const out = await runInProcess(args, { cwd: isolated.home, env: isolated.env });
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(/Examples:\n\s+\$ mindlines /);
    }
    const bad = await runInProcess(['export', 'cpd', '--no-such-flag'], { cwd: isolated.home, env: isolated.env });
    expect(bad.code).toBe(2);
  });
});
