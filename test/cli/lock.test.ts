import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyJournal, gitJournal, type GitJournal } from '../helpers/git-journal.js';
import { quickKeyFile } from '../helpers/journal-key.js';
import { tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const PASSPHRASE = 'otter lantern quarry violet';
const SENTINEL = 'zebracrossingsentinel';

/** Every file under a folder of the journal, relative to the journal. */
function filesUnder(j: GitJournal, folder: string): string[] {
  return (readdirSync(path.join(j.root, folder), { recursive: true }) as string[])
    .map((f) => `${folder}/${f}`)
    .filter((f) => statSync(path.join(j.root, f)).isFile())
    .sort();
}

/** A journal with a private reflection holding a sentinel word, a private quick note and a team entry, not yet locked. */
async function journalToLock() {
  const j = await gitJournal(['--profile', 'nmc']);
  const add = async (answers: string) => {
    const made = await j.run(['new', '--answers', '-'], answers);
    if (made.code !== 0) throw new Error(made.stderr);
    return made.stdout.trim();
  };
  const secret = await add(`title: A near miss I keep thinking about\ndate: 2026-10-02\nactivity: reading\nhours: 2\nexperience: The ${SENTINEL} moment on the ward.\nlearning: Ask for help sooner.\nvisibility: private\n`);
  const team = await add('title: Inhaler technique teaching\ndate: 2026-10-05\nactivity: reading\nhours: 1\nexperience: Taught the team.\nlearning: Show, do not tell.\nvisibility: team\n');
  const note = await add('title: A quick private note\ndate: 2026-10-06\nactivity: reading\nexperience: Something small.\nlearning: Noted.\nvisibility: private\n');
  const originals = Object.fromEntries([secret, team, note].map((p) => [p, readFileSync(path.join(j.root, p), 'utf8')]));
  await j.run(['search', SENTINEL]); // the index now holds the sentinel, so locking must take it out
  const key = await quickKeyFile(PASSPHRASE);
  return { j, key, secret, team, note, originals };
}

/** A copy of the journal to lock, locked to the quick key. */
async function lockedJournal(unlocked: Awaited<ReturnType<typeof journalToLock>>, lockArgs: string[] = []) {
  const commands = commandsFor(copyJournal(unlocked.j));
  const locked = await commands.run(['lock', '--identity', unlocked.key.file, ...lockArgs], commands.withKey);
  if (locked.code !== 0) throw new Error(locked.stderr);
  return { ...unlocked, ...commands, locked };
}

type LockedJournal = Awaited<ReturnType<typeof lockedJournal>>;

/** Runs mindlines on `j`, without the passphrase unless given `withKey`. */
function commandsFor(j: GitJournal) {
  const withKey = { ...j.env, MINDLINES_PASSPHRASE: PASSPHRASE };
  const run = (args: string[], env = j.env) => runInProcess(['--journal', j.root, ...args], { cwd: j.home, env });
  return { j, run, withKey };
}

/**
 * The journal and its lock are set up once for the file (three entries, a search and the lock, a dozen CLI and git
 * runs); each test changes its own copy, locked to the same key file, which no command here writes to.
 */
let unlocked: Awaited<ReturnType<typeof journalToLock>>;
let template: LockedJournal;
beforeAll(async () => {
  unlocked = await journalToLock();
  template = await lockedJournal(unlocked);
});
const aLockedJournal = (): LockedJournal => ({ ...template, ...commandsFor(copyJournal(template.j)) });

describe('a clinician locks her private entries', () => {
  it('encrypts each private entry to <id>.md.age with nothing but the id in the clear, and the index keeps no text of it', async () => {
    const { j, team, locked } = aLockedJournal();
    const entries = filesUnder(j, 'entries');
    expect(entries.filter((f) => f.endsWith('.md'))).toEqual([team]);
    const lockedFiles = entries.filter((f) => f.endsWith('.md.age'));
    expect(lockedFiles).toHaveLength(2);
    expect(locked.stdout.trim().split('\n').sort()).toEqual(lockedFiles);
    for (const file of lockedFiles) {
      expect(path.basename(file)).toMatch(/^[0-9A-Z]{26}\.md\.age$/);
      const text = readFileSync(path.join(j.root, file), 'utf8');
      expect(text.startsWith('-----BEGIN AGE ENCRYPTED FILE-----\n')).toBe(true);
      expect(text).not.toMatch(/near miss|quick private|2026-10/);
    }
    expect(locked.stderr).toMatch(/Locked 2 entries/);
    expect(readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8')).toMatch(/^encryption:\n {2}recipient: age1[0-9a-z]+\n {2}identity: .*\n {2}locked: true\n {2}clear_front_matter: false$/m);
    expect(readFileSync(path.join(j.root, '.gitattributes'), 'utf8')).toContain('*.md.age -diff merge=binary');
    for (const file of filesUnder(j, '.mindlines')) expect(readFileSync(path.join(j.root, file), 'latin1'), file).not.toContain(SENTINEL);
  });

  it('searches and lists locked entries with the key, leaves them out (saying so) without it', async () => {
    const { j, run, withKey } = aLockedJournal();
    const without = await run(['search', SENTINEL]);
    expect(without.code).toBe(0);
    expect(without.stdout).toBe('');
    expect(without.stderr).toMatch(/2 entries locked and left out/);
    const withIt = await run(['search', SENTINEL, '--json'], withKey);
    expect(withIt.stderr).toMatch(/Using the passphrase from MINDLINES_PASSPHRASE\./);
    expect((JSON.parse(withIt.stdout) as { title: string }[]).map((h) => h.title)).toEqual(['A near miss I keep thinking about']);
    const listed = await run(['list', '--json'], withKey);
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(3);
    const fileKey = path.join(tempDir(), 'pp');
    writeFileSync(fileKey, `${PASSPHRASE}\n`);
    const fromFile = await run(['list', '--json'], { ...j.env, MINDLINES_PASSPHRASE_FILE: fileKey });
    expect(fromFile.stderr).toMatch(/Using the passphrase from MINDLINES_PASSPHRASE_FILE\./);
    expect((JSON.parse(fromFile.stdout) as unknown[]).length).toBe(3);
    for (const file of filesUnder(j, '.mindlines')) expect(readFileSync(path.join(j.root, file), 'latin1'), file).not.toContain(SENTINEL);
  });

  it('counts locked entries in a CPD export given the key', async () => {
    const { run, withKey } = aLockedJournal();
    const args = ['export', 'cpd', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'json'];
    const withIt = JSON.parse((await run(args, withKey)).stdout) as { log: { rows: { title: string }[] } };
    expect(withIt.log.rows.map((r) => r.title).sort()).toEqual(['A near miss I keep thinking about', 'A quick private note', 'Inhaler technique teaching']);
    const without = await run(args);
    expect((JSON.parse(without.stdout) as { log: { rows: unknown[] } }).log.rows).toHaveLength(1);
    expect(without.stderr).toMatch(/locked and left out/);
  });

  it('writes new private entries locked without asking for the passphrase, and reads them back with it', async () => {
    const { j, run, withKey } = aLockedJournal();
    const quick = await run(['quick', `another ${SENTINEL} thought`]);
    expect(quick.code).toBe(0);
    expect(quick.stdout.trim()).toMatch(/^entries\/[0-9A-Z]{26}\.md\.age$/);
    expect(readFileSync(path.join(j.root, quick.stdout.trim()), 'utf8')).not.toContain(SENTINEL);
    const shown = await run(['show', quick.stdout.trim().slice(-11, -7)], withKey);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`another ${SENTINEL} thought`);
    const refused = await run(['show', quick.stdout.trim()]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/needs the journal's passphrase/);
  });

  it('imports into a locked journal, and will not import again without the passphrase (it could not see what came before)', async () => {
    const { run, withKey } = aLockedJournal();
    const source = path.join(import.meta.dirname, '../fixtures/import/journal.json');
    const first = await run(['import', source]);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/2 locked entries could not be read, so mindlines cannot tell what was imported before/);
    expect((await run(['import', source], withKey)).stdout.trim().split('\n').every((p) => /^entries\/[0-9A-Z]{26}\.md\.age$/.test(p))).toBe(true);
    const again = await run(['import', source], withKey);
    expect(again.stderr).toMatch(/Nothing new to import/);
  });

  it('unlocks back to byte-identical files; a wrong passphrase is one sentence and changes nothing', async () => {
    const { j, run, withKey, originals } = aLockedJournal();
    const before = filesUnder(j, 'entries').map((f) => [f, readFileSync(path.join(j.root, f), 'utf8')]);
    const wrong = await run(['unlock'], { ...j.env, MINDLINES_PASSPHRASE: 'otter lantern quarry violent' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^mindlines: The passphrase does not open the journal's key \(.*journal-key\.age\)\.$/m);
    expect(filesUnder(j, 'entries').map((f) => [f, readFileSync(path.join(j.root, f), 'utf8')])).toEqual(before);
    const unlocked = await run(['unlock'], withKey);
    expect(unlocked.code).toBe(0);
    expect(filesUnder(j, 'entries')).toEqual(Object.keys(originals).sort());
    for (const [file, text] of Object.entries(originals)) expect(readFileSync(path.join(j.root, file), 'utf8')).toBe(text);
    expect(readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8')).toMatch(/^ {2}locked: false$/m);
    const quick = await run(['quick', 'now in the clear again']);
    expect(quick.stdout.trim()).toMatch(/\.md$/);
  });

  it('reports a tampered locked file, never rewrites it, and still reads and unlocks the others', async () => {
    const { j, run, withKey } = aLockedJournal();
    const [first, second] = filesUnder(j, 'entries').filter((f) => f.endsWith('.age')) as [string, string];
    const flip = path.join(j.root, first);
    const lines = readFileSync(flip, 'utf8').split('\n');
    lines[3] = `${lines[3]!.slice(0, 20)}${lines[3]![20] === 'A' ? 'B' : 'A'}${lines[3]!.slice(21)}`;
    writeFileSync(flip, lines.join('\n'));
    const tampered = readFileSync(flip);
    const listed = await run(['list', '--json'], withKey);
    expect(listed.stderr).toContain(`${first}:1: fails its authentication`);
    expect((JSON.parse(listed.stdout) as { title: string }[]).length).toBe(2);
    const unlocked = await run(['unlock'], withKey);
    expect(unlocked.code).toBe(1);
    expect(unlocked.stderr).toMatch(/1 locked file could not be decrypted/);
    expect(readFileSync(flip)).toEqual(tampered);
    expect(filesUnder(j, 'entries').some((f) => f === second)).toBe(false);
    expect(readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8')).toMatch(/^ {2}locked: true$/m);
  });

  it('check decrypts locked entries given the passphrase (scanning them too), and finds a damaged one without it', async () => {
    const { j, run, withKey } = aLockedJournal();
    const [first, second] = filesUnder(j, 'entries').filter((f) => f.endsWith('.age')) as [string, string];
    expect((await run(['check'], withKey)).code).toBe(0);
    const text = readFileSync(path.join(j.root, first), 'utf8');
    writeFileSync(path.join(j.root, first), text.replace(/\n-----END AGE ENCRYPTED FILE-----\n$/, '\nNHS number 943 476 5919 appended\n'));
    writeFileSync(path.join(j.root, second), 'not an age file at all\n');
    const withIt = JSON.parse((await run(['check', '--json'], withKey)).stdout) as { problems: { file: string; kind: string }[] };
    expect(withIt.problems.map((p) => [p.file, p.kind])).toEqual([
      [first, 'locked-damaged'],
      [second, 'locked-damaged'],
    ]);
    const without = await run(['check', '--json']);
    expect(without.code).toBe(1);
    expect((JSON.parse(without.stdout) as { problems: { file: string }[] }).problems.map((p) => p.file)).toEqual([first, second]);
  });

  it('keeps the front matter in the clear when asked, so lists work without the passphrase but bodies stay locked', async () => {
    const { j, run } = await lockedJournal(unlocked, ['--clear-front-matter']);
    const listed = await run(['list', '--json']);
    expect(listed.stderr).not.toMatch(/left out/);
    expect((JSON.parse(listed.stdout) as { title: string; hours?: number }[]).map((e) => [e.title, e.hours ?? null]).sort()).toEqual([
      ['A near miss I keep thinking about', 2],
      ['A quick private note', null],
      ['Inhaler technique teaching', 1],
    ]);
    expect((await run(['search', SENTINEL])).stdout).toBe('');
    for (const file of filesUnder(j, 'entries').filter((f) => f.endsWith('.age'))) expect(readFileSync(path.join(j.root, file), 'utf8')).not.toContain(SENTINEL);
  });
});

describe('the first lock makes the key', () => {
  it('asks no terminal when the passphrase comes from a file, keeps the key owner-only outside the journal, and shows the recovery key once', async () => {
    const j = await gitJournal();
    await j.run(['quick', 'a private first note']);
    const pp = path.join(tempDir(), 'pp');
    writeFileSync(pp, `${PASSPHRASE}\n`);
    const locked = await runInProcess(['--journal', j.root, 'lock'], { cwd: j.home, env: { ...j.env, MINDLINES_PASSPHRASE_FILE: pp } });
    expect(locked.code).toBe(0);
    expect(locked.stderr).toMatch(/Using the passphrase from MINDLINES_PASSPHRASE_FILE\./);
    const keyFile = /Made the journal's key, encrypted with your passphrase: (.*)$/m.exec(locked.stderr)?.[1] as string;
    expect(path.dirname(keyFile)).toBe(path.join(j.env.XDG_CONFIG_HOME as string, 'mindlines', 'keys'));
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n/);
    expect(locked.stderr).toMatch(/^ {2}AGE-SECRET-KEY-1[0-9A-Z]+$/m);
    expect(locked.stdout.trim()).toMatch(/^entries\/[0-9A-Z]{26}\.md\.age$/);
    // One scrypt at age's real work factor (2^18): about 1.6 s on a quiet machine, far more on a loaded one.
  }, 90_000);
});
