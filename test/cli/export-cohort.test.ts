import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportCohort } from '../../src/index.js';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/journals');

/**
 * An educator's folder of trainees' journals, cloned side by side: two NMC trainees (one far behind: only the
 * entries before 2026), a GP, a folder whose settings are broken and a folder that is not a journal.
 */
function educator() {
  const isolated = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
  const home = tempDir('mindlines-educator-');
  const trainees = path.join(home, 'trainees');
  cpSync(path.join(FIXTURES, 'documents-nmc'), path.join(trainees, 'sam'), { recursive: true });
  cpSync(path.join(FIXTURES, 'documents-nmc'), path.join(trainees, 'jo'), { recursive: true });
  const jo = path.join(trainees, 'jo', 'mindlines.yaml');
  writeFileSync(jo, readFileSync(jo, 'utf8').replace('name: Sam Nurse', 'name: Jo Nurse').replace('12A3456E', '98B7654C'));
  rmSync(path.join(trainees, 'jo', 'entries', '2026'), { recursive: true });
  cpSync(path.join(FIXTURES, 'documents-gmc'), path.join(trainees, 'alex'), { recursive: true });
  mkdirSync(path.join(trainees, 'broken'));
  writeFileSync(path.join(trainees, 'broken', 'mindlines.yaml'), 'profile: [nmc\n');
  mkdirSync(path.join(trainees, 'not-a-journal'));
  mkdirSync(path.join(trainees, '.git'));
  return { home, trainees, run: (args: string[]) => runInProcess(args, { cwd: home, env: isolated.env }), env: isolated.env };
}

describe('an educator exports every trainee’s CPD and a cohort summary', () => {
  it('--journals DIR -o DIR: a report per trainee, the summary in CSV, JSON and HTML, exit 1 naming what could not be read', async () => {
    const e = educator();
    const out = await e.run(['export', 'cpd', '--journals', 'trainees', '-o', 'cohort']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/trainees\/broken: not exported: .*trainees\/broken\/mindlines\.yaml:\d+: not valid YAML/);
    expect(out.stderr).toMatch(/trainees\/not-a-journal: not exported: no mindlines journal at/);
    expect(out.stderr).toMatch(/Wrote 3 reports and the cohort summary \(cohort-summary\.html, \.csv, \.json\) to cohort/);
    expect(out.stderr).toMatch(/2 of 5 journals could not be exported/);
    expect(readdirSync(path.join(e.home, 'cohort')).sort()).toEqual(['alex.html', 'cohort-summary.csv', 'cohort-summary.html', 'cohort-summary.json', 'jo.html', 'sam.html']);
    const summary = JSON.parse(readFileSync(path.join(e.home, 'cohort', 'cohort-summary.json'), 'utf8'));
    expect(summary.trainees.map((t: { name: string; report: string }) => [t.name, t.report]).sort()).toEqual([
      ['Dr Alex Morgan', 'alex.html'],
      ['Jo Nurse', 'jo.html'],
      ['Sam Nurse', 'sam.html'],
    ]);
    expect(summary.unreadable.map((u: { journal: string }) => u.journal)).toEqual(['trainees/broken', 'trainees/not-a-journal']);
    const rows = parse(readFileSync(path.join(e.home, 'cohort', 'cohort-summary.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.Trainee === 'Sam Nurse' && r.Requirement === 'CPD hours')).toMatchObject({ Required: '35', Achieved: '32', 'Behind by': '3', Status: 'behind' });
    expect(rows.filter((r) => r.Status === 'unreadable')).toHaveLength(2);
    const sam = readFileSync(path.join(e.home, 'cohort', 'sam.html'), 'utf8');
    expect(sam).toContain('<dt>NMC PIN</dt><dd>12A3456E</dd>');
    expect(readFileSync(path.join(e.home, 'cohort', 'cohort-summary.html'), 'utf8')).toContain('<a href="sam.html">Sam Nurse</a>');
  });

  it('--journal repeated, in another format; an earlier cohort is kept without --force', async () => {
    const e = educator();
    const out = await e.run(['export', 'cpd', '--journal', 'trainees/sam', '--journal', 'trainees/alex', '--format', 'docx', '-o', 'cohort']);
    expect(out.code).toBe(0);
    expect(readdirSync(path.join(e.home, 'cohort')).sort()).toEqual(['alex.docx', 'cohort-summary.csv', 'cohort-summary.html', 'cohort-summary.json', 'sam.docx']);
    const before = readFileSync(path.join(e.home, 'cohort', 'cohort-summary.json'), 'utf8');
    const again = await e.run(['export', 'cpd', '--journal', 'trainees/sam', '--journal', 'trainees/alex', '--format', 'docx', '-o', 'cohort']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; nothing was written/);
    expect(readFileSync(path.join(e.home, 'cohort', 'cohort-summary.json'), 'utf8')).toBe(before);
    expect((await e.run(['export', 'cpd', '--journal', 'trainees/sam', '--journal', 'trainees/alex', '--format', 'docx', '-o', 'cohort', '--force'])).code).toBe(0);
  });

  it('usage: several journals need -o DIR, take no --author, and only export cpd takes several', async () => {
    const e = educator();
    const noOutput = await e.run(['export', 'cpd', '--journals', 'trainees']);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toMatch(/name a folder for them with -o DIR/);
    const author = await e.run(['export', 'cpd', '--journals', 'trainees', '-o', 'c', '--author', 'Sam']);
    expect(author.code).toBe(2);
    const list = await e.run(['--journal', 'trainees/sam', '--journal', 'trainees/jo', 'list']);
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/--journal was given 2 times; only `export cpd` reads several journals/);
    const missing = await e.run(['export', 'cpd', '--journals', 'nowhere', '-o', 'c']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--journals .*nowhere cannot be read: no such file or folder/);
    expect(existsSync(path.join(e.home, 'c'))).toBe(false);
  });

  it('the library API offers the same: exportCohort({ dir }) returns the reports and the summary, writing nothing', async () => {
    const e = educator();
    const result = await exportCohort({ dir: e.trainees }, { format: 'json', now: '2026-11-27', env: {} });
    expect(result.reports.map((r) => r.file).sort()).toEqual(['alex.json', 'jo.json', 'sam.json']);
    expect(JSON.parse(String(result.reports.find((r) => r.file === 'sam.json')?.export.content)).registrant.registrationNumber).toBe('12A3456E');
    expect(result.summary.unreadable).toHaveLength(2);
    expect(result.summaryFiles.map((f) => f.name)).toContain('cohort-summary.csv');
    expect(existsSync(path.join(e.home, 'cohort'))).toBe(false);
  });
});
