import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEntries, type EntrySpec } from '../helpers/entries.js';
import { gitJournal, type GitJournal } from '../helpers/git-journal.js';
import { tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const withNhsNumber = { title: 'Inhaler review', experience: 'Checked her inhaler; NHS number 943 476 5919 was on the letter.', learning: 'Spacers matter.' };
const clean = { title: 'Spacer technique', experience: 'A parent showed me how her son used his spacer.', learning: 'Technique matters more than the device.' };
const answersOf = (entry: Record<string, string>) => `${Object.entries(entry).map(([key, value]) => `${key}: ${value}`).join('\n')}\n`;

/** An entry already on disk (the way `new` writes it), whatever it holds: these stories are about checking it. */
function entryOnDisk(j: GitJournal, entry: EntrySpec): string {
  return writeEntries(j.root, [entry])[0]!;
}

/** An entry written by `mindlines new --answers -`: where `new` puts it is part of the story. */
async function newEntry(j: GitJournal, answers: string): Promise<string> {
  const result = await j.run(['new', '--answers', '-'], answers);
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe('a clinician checks the journal for patient identifiers', () => {
  it('lists each finding as file:line:column kind "text" (confidence: why) and exits 1, then 0 once it is removed', async () => {
    const j = await gitJournal();
    const file = entryOnDisk(j, withNhsNumber);
    const found = await j.run(['check']);
    expect(found.code).toBe(1);
    expect(found.stdout).toMatch(new RegExp(`^${file}:\\d+:\\d+ nhs-number "943 476 5919" \\(high: its check digit is valid\\)$`, 'm'));
    expect(found.stderr).toMatch(/1 possible identifier in 1 file/);
    const full = path.join(j.root, file);
    writeFileSync(full, readFileSync(full, 'utf8').replace('NHS number 943 476 5919', 'the NHS number'));
    const cleanRun = await j.run(['check']);
    expect(cleanRun.code).toBe(0);
    expect(cleanRun.stdout).toBe('');
  });

  it('gives JSON with --json: ok, findings with file, line, column, kind, text, confidence and why', async () => {
    const j = await gitJournal();
    const file = entryOnDisk(j, withNhsNumber);
    const result = await j.run(['check', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; findings: Record<string, unknown>[]; problems: unknown[] };
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      { file, line: expect.any(Number), column: expect.any(Number), kind: 'nhs-number', text: '943 476 5919', confidence: 'high', reason: 'check-digit' },
    ]);
    const line = readFileSync(path.join(j.root, file), 'utf8').split('\n')[(report.findings[0]?.line as number) - 1];
    expect(line?.slice((report.findings[0]?.column as number) - 1)).toMatch(/^943 476 5919/);
  });

  it('checks a folder of Markdown outside any journal, printing paths as given', async () => {
    const j = await gitJournal();
    const drafts = path.join(tempDir('mindlines-drafts-'), 'drafts');
    mkdirSync(path.join(drafts, 'sub'), { recursive: true });
    writeFileSync(path.join(drafts, 'post.md'), '# Learning\n\nMrs Patel taught me about spacers.\n');
    writeFileSync(path.join(drafts, 'sub', 'notes.txt'), 'ring 07700 900123\n');
    writeFileSync(path.join(drafts, 'clean.md'), 'BP 152/94, NICE NG136, call 111 or 999.\n');
    const result = await runInProcess(['check', 'drafts', '--json'], { cwd: path.dirname(drafts), env: j.env });
    const report = JSON.parse(result.stdout) as { findings: { file: string; kind: string }[] };
    expect(report.findings.map((f) => [f.file, f.kind])).toEqual([
      ['drafts/post.md', 'person-name'],
      ['drafts/sub/notes.txt', 'phone'],
    ]);
    expect(result.code).toBe(1);
    expect(existsSync(path.join(j.home, 'mindlines'))).toBe(false);
  });

  it('reports front matter that does not parse, conflict markers and duplicate ids', async () => {
    const j = await gitJournal();
    const file = entryOnDisk(j, clean);
    const text = readFileSync(path.join(j.root, file), 'utf8');
    const dir = path.dirname(path.join(j.root, file));
    writeFileSync(path.join(dir, 'copy.md'), text);
    writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\nbody\n');
    writeFileSync(path.join(dir, 'merge.md'), `${text}\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> other\n`);
    const result = await j.run(['check', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { problems: { file: string; kind: string; line: number }[] };
    const kinds = report.problems.map((p) => `${path.basename(p.file)} ${p.kind}`).sort();
    expect(kinds).toEqual(['broken.md unparsable', 'copy.md duplicate-id', `${path.basename(file)} duplicate-id`, 'merge.md conflict-markers'].sort());
    const plain = await j.run(['check']);
    expect(plain.stdout).toMatch(/merge\.md:\d+: git conflict markers/);
  });

  it('accepts a reviewed false positive marked in place or in privacy.allow', async () => {
    const j = await gitJournal();
    const file = entryOnDisk(j, { title: 'Ward clerk', experience: 'Grace Ward started as our ward clerk.', learning: 'Induction helps.' });
    // "Grace Ward" is a low-confidence finding (a ward or a person): a warning, which --strict makes block.
    expect((await j.run(['check', '--strict'])).code).toBe(1);
    const config = path.join(j.root, 'mindlines.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/allow: \[\]/, 'allow:\n    - person-name "Grace Ward"'));
    expect((await j.run(['check', '--strict'])).code).toBe(0);
    writeFileSync(config, readFileSync(config, 'utf8').replace(/allow:\n {4}- person-name "Grace Ward"/, 'allow: []'));
    const full = path.join(j.root, file);
    writeFileSync(full, `${readFileSync(full, 'utf8')}\n<!-- mindlines:allow person-name "Grace Ward" -->\n`);
    expect((await j.run(['check', '--strict'])).code).toBe(0);
  });

  it('always catches the names on privacy.names', async () => {
    const j = await gitJournal();
    entryOnDisk(j, { title: 'Home visit', experience: 'big al was there again.', learning: 'Plan visits.' });
    const config = path.join(j.root, 'mindlines.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/names: \[\]/, 'names: ["Big Al"]'));
    const result = await j.run(['check']);
    expect(result.stdout).toMatch(/person-name "big al"/);
  });
});

describe('the pre-commit hook', () => {
  it('refuses a commit holding a valid NHS number and allows it once the number is removed', async () => {
    const j = await gitJournal();
    const install = await j.run(['hooks', 'install']);
    expect(install.code).toBe(0);
    const hook = readFileSync(path.join(j.root, '.git/hooks/pre-commit'), 'utf8');
    expect(hook).toContain(process.execPath);
    expect(hook).toContain(path.resolve(import.meta.dirname, '../../bin/mindlines.js'));
    const file = entryOnDisk(j, withNhsNumber);
    j.git(['add', '-A']);
    expect(() => j.git(['commit', '-q', '-m', 'reflection'])).toThrow(/nhs-number "943 476 5919"[\s\S]*commit refused/);
    const full = path.join(j.root, file);
    writeFileSync(full, readFileSync(full, 'utf8').replace('NHS number 943 476 5919', 'the NHS number'));
    j.git(['add', '-A']);
    j.git(['commit', '-q', '-m', 'reflection']);
    expect(j.git(['log', '--oneline'])).toMatch(/reflection/);
  });

  it('checks what is staged, not the working copy', async () => {
    const j = await gitJournal();
    const file = entryOnDisk(j, clean);
    j.git(['add', '-A']);
    const full = path.join(j.root, file);
    writeFileSync(full, `${readFileSync(full, 'utf8')}\nMRN 12345678\n`);
    expect((await j.run(['check', '--staged'])).code).toBe(0);
    j.git(['add', '-A']);
    const staged = await j.run(['check', '--staged']);
    expect(staged.code).toBe(1);
    expect(staged.stdout).toMatch(/hospital-number "12345678"/);
  });

  it('chains an existing pre-commit hook, and uninstall puts it back', async () => {
    const j = await gitJournal();
    const hookPath = path.join(j.root, '.git/hooks/pre-commit');
    const mine = '#!/bin/sh\necho "my own hook ran" >&2\nexit 0\n';
    writeFileSync(hookPath, mine);
    chmodSync(hookPath, 0o755);
    const install = await j.run(['hooks', 'install']);
    expect(install.stderr).toMatch(/kept as .*pre-commit\.before-mindlines/);
    expect((await j.run(['hooks', 'install'])).stderr).toMatch(/Updated/);
    entryOnDisk(j, withNhsNumber);
    j.git(['add', '-A']);
    let output = '';
    try {
      j.git(['commit', '-q', '-m', 'x']);
    } catch (error) {
      output = String((error as { stderr?: unknown }).stderr);
    }
    expect(output).toMatch(/my own hook ran/);
    expect(output).toMatch(/commit refused/);
    const uninstall = await j.run(['hooks', 'uninstall']);
    expect(uninstall.stderr).toMatch(/Restored/);
    expect(readFileSync(hookPath, 'utf8')).toBe(mine);
    expect(existsSync(path.join(j.root, '.git/hooks/pre-commit.before-mindlines'))).toBe(false);
  });

  it('refuses a private entry staged in a team journal', async () => {
    const j = await gitJournal(['--mode', 'team']);
    const file = await newEntry(j, `${answersOf(clean)}visibility: private\n`);
    expect(file.startsWith('private/')).toBe(true);
    j.git(['add', '-f', file]);
    const result = await j.run(['check', '--staged', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems).toEqual([expect.objectContaining({ file, kind: 'private-tracked' })]);
  });
});

describe('private entries in a team journal', () => {
  it('never shows a private entry in git status, and moves files when visibility changes', async () => {
    const j = await gitJournal(['--mode', 'team']);
    const privateFile = await newEntry(j, `${answersOf(clean)}visibility: private\n`);
    const teamFile = await newEntry(j, 'title: Sepsis six\nexperience: Talk.\nlearning: Lactate early.\n');
    expect(privateFile).toMatch(/^private\/\d{4}\/\d{2}\/.*-private-\w{4}\.md$/);
    expect(teamFile).toMatch(/^entries\//);
    const status = () => j.git(['status', '--porcelain', '--untracked-files=all']);
    expect(status()).not.toMatch(/private\//);
    j.git(['add', '-A']);
    j.git(['commit', '-q', '-m', 'first']);

    const toPrivate = await j.run(['visibility', teamFile, 'private']);
    expect(toPrivate.code).toBe(0);
    expect(toPrivate.stderr).toMatch(/earlier versions stay in the git history/);
    expect(existsSync(path.join(j.root, teamFile))).toBe(false);
    expect(status()).toMatch(/^ D entries\//m);
    expect(status()).not.toMatch(/private\//);

    const shortId = privateFile.slice(-7, -3);
    const toTeam = await j.run(['visibility', shortId, 'team', '--json']);
    expect(toTeam.code).toBe(0);
    const moved = JSON.parse(toTeam.stdout) as { path: string; visibility: string; moved_from: string };
    expect(moved.moved_from).toBe(privateFile);
    expect(moved.path).toMatch(/^entries\/.*spacer-technique-\w{4}\.md$/);
    expect(readFileSync(path.join(j.root, moved.path), 'utf8')).toMatch(/^visibility: team$/m);
    expect((await j.run(['check'])).code).toBe(0);
  });

  it('reports a private entry that git tracks', async () => {
    const j = await gitJournal(['--mode', 'team']);
    const file = await newEntry(j, `${answersOf(clean)}visibility: private\n`);
    j.git(['add', '-f', file]);
    j.git(['commit', '-q', '-m', 'oops']);
    const result = await j.run(['check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}:1: a private entry is tracked by git`);
  });
});
