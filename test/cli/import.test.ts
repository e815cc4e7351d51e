import { cpSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal, type GitJournal } from '../helpers/git-journal.js';
import { tempDir } from '../helpers/isolated-env.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

/** Every entry file of a journal, relative to its root. */
function entryFiles(j: GitJournal): string[] {
  return (readdirSync(path.join(j.root, 'entries'), { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
}

async function listJson(j: GitJournal): Promise<Record<string, unknown>[]> {
  const listed = await j.run(['list', '--json', '--sort', 'date']);
  expect(listed.code).toBe(0);
  return JSON.parse(listed.stdout) as Record<string, unknown>[];
}

describe('a clinician brings in years of jrnl notes', () => {
  it('sees what would come in with --dry-run, imports it, and importing it again adds nothing', async () => {
    const j = await gitJournal();
    const source = path.join(FIXTURES, 'journal.json');
    const dry = await j.run(['import', source, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^2023-05-14 {2}draft {5}Spacer technique in the under-fives\. {2}#asthma {2}\(journal\.json entry 1; date from record\)$/),
      expect.stringMatching(/^2023-06-02 .*#teaching #asthma/),
      expect.stringMatching(/^2023-06-03 .*Reminder to self\./),
    ]);
    expect(dry.stderr).toMatch(/Would import 3 entries .*Nothing was written/);
    expect(entryFiles(j)).toEqual([]);

    const first = await j.run(['import', source]);
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n')).toHaveLength(3);
    expect(first.stderr).toMatch(/Imported 3 entries from/);
    const entries = await listJson(j);
    expect(entries.map((e) => [e.date, e.title, e.tags, e.status, e.visibility])).toEqual([
      ['2023-06-03', 'Reminder to self.', [], 'draft', 'private'],
      ['2023-06-02', 'Taught the FY1s how to read a peak flow chart.', ['teaching', 'asthma'], 'draft', 'private'],
      ['2023-05-14', 'Spacer technique in the under-fives.', ['asthma'], 'draft', 'private'],
    ]);
    const text = readFileSync(path.join(j.root, first.stdout.trim().split('\n')[0]!), 'utf8');
    expect(text).toMatch(/^created: 2023-05-14T09:30:00$/m);
    expect(text).toMatch(/^starred: true$/m);
    expect(text).toMatch(/^imported_from:\n {2}format: jrnl\n {2}source: journal\.json\n {2}origin: journal\.json entry 1\n {2}fingerprint: sha256:[0-9a-f]{32}\n/m);
    expect(text).toContain('I now ask every parent to show me, rather than tell me.');

    const again = await j.run(['import', source]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/3 entries already in the journal/);
    expect(again.stderr).toMatch(/Nothing new to import/);
    expect(entryFiles(j)).toHaveLength(3);
  });

  it('lists what the privacy check finds, by source and line, before anything is written', async () => {
    const j = await gitJournal();
    const source = path.join(tempDir(), 'jrnl.json');
    const entry = { title: 'Clinic', body: 'Her NHS number 943 476 5919 was on the letter.', date: '2024-01-05', time: '10:00', tags: [], starred: false };
    writeFileSync(source, JSON.stringify({ tags: {}, entries: [entry] }));
    const dry = await j.run(['import', source, '--dry-run', '--json']);
    const plan = JSON.parse(dry.stdout) as { findings: unknown[]; entries: unknown[] };
    expect(plan.findings).toEqual([{ file: 'jrnl.json entry 1', line: 2, column: 16, kind: 'nhs-number', confidence: 'high' }]);
    const real = await j.run(['import', source]);
    expect(real.code).toBe(0);
    const found = real.stderr.indexOf('jrnl.json entry 1:2:16 nhs-number');
    expect(found).toBeGreaterThanOrEqual(0);
    expect(found).toBeLessThan(real.stderr.indexOf('Imported 1 entry'));
    expect(real.stderr).not.toContain('943 476 5919');
  });
});

describe('a clinician brings in a folder of Markdown notes from Obsidian, nb, zk and Day One', () => {
  it('imports every note with its date and title, recognises its own entries, and adds nothing the second time', async () => {
    const j = await gitJournal();
    const folder = path.join(tempDir(), 'notes');
    cpSync(path.join(FIXTURES, 'notes'), folder, { recursive: true });
    writeFileSync(path.join(folder, 'ideas.txt'), 'Ask about sleep at every dementia review.\n');
    utimesSync(path.join(folder, 'ideas.txt'), new Date('2022-10-05T12:00:00Z'), new Date('2022-10-05T12:00:00Z'));
    const quick = await j.run(['quick', 'spacers need a mask under five']);
    cpSync(path.join(j.root, quick.stdout.trim()), path.join(folder, 'copied-from-journal.md'));

    const result = await j.run(['import', folder]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/1 entry already in the journal/);
    expect(result.stderr).toMatch(/Imported 7 entries/);
    const entries = await listJson(j);
    const imported = entries.filter((e) => e.template !== 'quick');
    expect(imported.map((e) => [e.date, e.title, e.status, e.template ?? null])).toEqual([
      ['2024-03-14', 'Learned to check renal function before starting an SGLT2 inhibitor.', 'draft', null],
      ['2024-03-12', 'Carer strain', 'draft', null],
      ['2024-03-09', 'Gibbs reflection on a missed fracture', 'complete', 'gibbs'],
      ['2024-03-05', 'Inhaler counselling with pharmacy', 'draft', null],
      ['2024-03-01', expect.stringMatching(/^Morning clinic overran/), 'draft', null],
      ['2024-02-11', 'Sepsis screening at triage', 'complete', 'gibbs'],
      ['2022-10-05', 'ideas', 'draft', null],
    ]);
    const sepsis = await j.run(['show', String(imported[5]!.id), '--json']);
    expect(JSON.parse(sepsis.stdout)).toMatchObject({ tags: ['sepsis', 'acute'], aliases: ['sepsis', 'NEWS2'], cssclass: 'reflection', created: '2024-02-11T14:20:00' });

    const again = await j.run(['import', folder]);
    expect(again.stderr).toMatch(/8 entries already in the journal/);
    expect(again.stderr).toMatch(/Nothing new to import/);
    expect((await listJson(j)).length).toBe(entries.length);
  });
});

describe('a nurse brings in the NMC CPD log she kept in a spreadsheet', () => {
  it('reads its columns without a map, counts its hours, and names the row it could not read', async () => {
    const j = await gitJournal(['--profile', 'nmc']);
    const result = await j.run(['import', path.join(FIXTURES, 'cpd-log.csv')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/cpd-log\.csv row 4: "not a date" is not a date/);
    expect(result.stderr).toMatch(/Imported 2 entries/);
    const entries = await listJson(j);
    expect(entries.map((e) => [e.date, e.title, e.hours])).toEqual([
      ['2024-05-12', 'Wound care study day', 6],
      ['2024-04-01', 'Anaphylaxis update', 1.5],
    ]);
    const shown = await j.run(['show', String(entries[0]!.id), '--json']);
    expect(JSON.parse(shown.stdout)).toMatchObject({ participatory: 6, standards: ['practise-effectively', 'preserve-safety'], resources: ['Attendance certificate'] });
  });

  it('takes --map for a log with its own headings, and refuses one it cannot read without', async () => {
    const j = await gitJournal();
    const source = path.join(tempDir(), 'log.csv');
    writeFileSync(source, 'When,Course,Time\n2024-01-09,Sepsis e-learning,45 mins\n');
    const refused = await j.run(['import', source]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/"When", "Course", "Time"/);
    expect(refused.stderr).toMatch(/--map date=When/);
    const mapped = await j.run(['import', source, '--map', 'date=When,title=Course,hours=Time']);
    expect(mapped.code).toBe(0);
    expect((await listJson(j)).map((e) => [e.date, e.title, e.hours])).toEqual([['2024-01-09', 'Sepsis e-learning', 0.75]]);
  });
});
