import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';

const NOTE = 'Saw Mrs Patel today, NHS number 943 476 5919';
const entryFiles = (root: string) =>
  existsSync(path.join(root, 'entries')) ? readdirSync(path.join(root, 'entries'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')) : [];

describe('a clinician captures a note that names a patient (issue 13)', () => {
  it('is told at once where the identifiers are, and the note is saved under a file name without them', async () => {
    const j = await gitJournal();
    const result = await j.run(['quick', NOTE]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^entries\/\d{4}\/\d{2}\/\d{4}-\d{2}-\d{2}-saw-today-nhs-number-[0-9a-z]{4}\.md$/);
    expect(result.stderr).toMatch(/possible identifiers in what you wrote/);
    expect(result.stderr).toMatch(/line \d+, column \d+: person-name \(high: a name after a title\)/);
    expect(result.stderr).toMatch(/line \d+, column \d+: nhs-number \(high: its check digit is valid\)/);
    // Without a terminal the findings may end up in a log: they name the place and kind, never the text.
    expect(result.stderr).not.toMatch(/Patel|943 476 5919/);
    expect(result.stderr).toMatch(/mindlines redact/);
  });

  it('with --strict, nothing is written, exit 1, and the note is kept where the message says', async () => {
    const j = await gitJournal();
    const result = await j.run(['quick', '--strict', NOTE]);
    expect(result.code).toBe(1);
    expect(entryFiles(j.root)).toEqual([]);
    const kept = /kept in (\.mindlines\/edits\/\S+\.md)/.exec(result.stderr)?.[1];
    expect(kept).toBeDefined();
    expect(readFileSync(path.join(j.root, kept as string), 'utf8')).toContain(NOTE);
  });

  it('is warned about an activity naming a patient when writing with --answers, and check then fails on it', async () => {
    const j = await gitJournal();
    const answers = 'title: Home visit\nactivity: "home visit to Mrs Jane Smith, NHS 943 476 5919"\nexperience: Went well.\nlearning: Plan visits.\n';
    const created = await j.run(['new', '--answers', '-'], answers);
    expect(created.code).toBe(0);
    expect(created.stderr).toMatch(/person-name/);
    const check = await j.run(['check']);
    expect(check.code).toBe(1);
    const file = created.stdout.trim();
    const activityLine = readFileSync(path.join(j.root, file), 'utf8').split('\n').findIndex((l) => l.startsWith('activity:')) + 1;
    expect(check.stdout).toContain(`${file}:${activityLine}:`);
    expect(check.stdout).toMatch(/nhs-number "943 476 5919"/);
  });

  it('check lists a low-confidence finding as a warning and passes; --strict makes it fail', async () => {
    const j = await gitJournal();
    const created = await j.run(['quick', 'A quiet lady, 82F, waiting in the corridor']);
    expect(created.code).toBe(0);
    const check = await j.run(['check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/age-sex "82F" \(low, warning: an age and sex together\)/);
    // Once in the title, once in the body.
    expect(check.stderr).toMatch(/2 low-confidence possible identifiers in 1 file/);
    expect((await j.run(['check', '--strict'])).code).toBe(1);
  });
});

describe('a clinician redacts an entry written before the guard caught it (issue 13)', () => {
  it('lists each change, and without a terminal needs --yes; then the entry holds placeholders and passes check', async () => {
    const j = await gitJournal();
    const created = await j.run(['quick', 'Saw Mrs Patel today, DOB 03/03/1956, lives at 14 Mill Lane']);
    const file = created.stdout.trim();
    const asked = await j.run(['redact', file]);
    expect(asked.code).not.toBe(0);
    expect(asked.stderr).toMatch(/line \d+, column \d+: person-name → \[name\]/);
    expect(asked.stderr).toMatch(/dob → \[date of birth\]/);
    expect(asked.stderr).toMatch(/address → \[address\]/);
    expect(asked.stderr).toMatch(/--yes/);
    expect(readFileSync(path.join(j.root, file), 'utf8')).toContain('Mrs Patel');
    const done = await j.run(['redact', file, '--yes']);
    expect(done.code).toBe(0);
    const redacted = readFileSync(path.join(j.root, done.stdout.trim()), 'utf8');
    expect(redacted).toMatch(/^title: Saw \[name\] today, DOB \[date of birth\], lives at \[address\]$/m);
    expect(redacted).not.toMatch(/Patel|1956|Mill Lane/);
    expect((await j.run(['check', '--strict'])).code).toBe(0);
  });
});
