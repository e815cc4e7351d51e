import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRemote, type Clone } from '../helpers/git-remote.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** An $EDITOR that runs a sed script over the file it is given. */
function editor(clone: Clone, name: string, sed: string): string {
  const file = path.join(clone.home, `${name}.sh`);
  writeFileSync(file, `#!/bin/sh\nsed -i '${sed}' "$1"\n`);
  chmodSync(file, 0o755);
  return file;
}

/** Runs mindlines in a clone at another moment (the `updated:` stamps differ, as they do between two people). */
const runAt = (clone: Clone, now: string, args: string[], extra: NodeJS.ProcessEnv = {}) =>
  runInProcess(['--journal', clone.root, ...args], { cwd: clone.home, env: { ...clone.env, MINDLINES_NOW: now, ...extra } });

const entryFiles = (clone: Clone) =>
  readdirSync(path.join(clone.root, 'entries'), { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.md'))
    .map((n) => `entries/${n}`)
    .sort();

describe('a team of three follows each entry by its id (issue 14)', () => {
  it('a rename on one side and an edit on the other end as one file with the edit under the new name, on every clone', async () => {
    const remote = gitRemote();
    const [alice, bob, carol] = [await remote.clone('Alice Smith'), await remote.clone('Bob Jones'), await remote.clone('Carol King')];
    const first = alice.write({ title: 'Spacers in asthma', date: '2026-11-20', learning: 'Technique matters.' });
    expect((await alice.run(['sync'])).code).toBe(0);
    for (const clone of [bob, carol]) expect((await clone.run(['sync'])).code).toBe(0);

    // Alice changes the title: the file is renamed. Bob, not knowing, adds to the body.
    const retitle = editor(alice, 'retitle', 's/^title: .*/title: Inhaler technique review/');
    expect((await runAt(alice, '2026-11-28', ['edit', first], { EDITOR: retitle })).code).toBe(0);
    expect((await runAt(alice, '2026-11-28', ['sync'])).code).toBe(0);
    const addLine = editor(bob, 'add', 's/Technique matters\\./Technique matters. Watch the child use it./');
    expect((await runAt(bob, '2026-11-29', ['edit', first], { EDITOR: addLine })).code).toBe(0);
    const merged = await runAt(bob, '2026-11-29', ['sync']);
    expect(merged.code, merged.stderr).toBe(0);
    const renamed = first.replace('spacers-in-asthma', 'inhaler-technique-review');
    expect(merged.stderr).toContain(`${renamed}: you and Alice Smith both changed it (it was ${first}); the two were merged into one.`);
    expect(merged.stderr).not.toContain('removed');

    for (const clone of [alice, carol]) expect((await clone.run(['sync'])).code).toBe(0);
    for (const clone of [alice, bob, carol]) {
      expect(entryFiles(clone)).toEqual([renamed]);
      const text = readFileSync(path.join(clone.root, renamed), 'utf8');
      expect(text).toContain('title: Inhaler technique review');
      expect(text).toContain('Technique matters. Watch the child use it.');
      expect(text).toMatch(/^updated: 2026-11-29/m);
      const checked = await clone.run(['check']);
      expect(checked.code, checked.stdout).toBe(0);
    }
    expect(remote.git(['ls-tree', '-r', '--name-only', 'main', 'entries'])).toBe(`${renamed}\n`);
  }, 120_000);

  it('refuses to share two files with one id, says how to resolve it, and `resolve` keeps one', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    const original = alice.write({ title: 'Sepsis six', date: '2026-11-20' });
    expect((await alice.run(['sync'])).code).toBe(0);
    // A copy made outside mindlines: same id, another name.
    const copy = original.replace('sepsis-six', 'sepsis-six-copy');
    copyFileSync(path.join(alice.root, original), path.join(alice.root, copy));
    const before = remote.git(['rev-parse', 'main']);

    const refused = await alice.run(['sync']);
    expect(refused.code).toBe(1);
    const id = /^id: (\S+)$/m.exec(readFileSync(path.join(alice.root, original), 'utf8'))![1]!;
    expect(refused.stderr).toContain(`id ${id}: ${[copy, original].sort().join(', ')}`);
    expect(refused.stderr).toContain('sync stopped: an entry id is held by more than one file; nothing was sent');
    expect(refused.stderr).toContain('mindlines resolve ID --keep PATH');
    expect(remote.git(['rev-parse', 'main'])).toBe(before);
    expect(alice.git(['status', '--porcelain'])).toContain('??');

    const resolved = await alice.run(['resolve', id.slice(0, 8), '--keep', original]);
    expect(resolved.code, resolved.stderr).toBe(0);
    const conflictCopy = original.replace(/\.md$/, '.conflict-duplicate.md');
    expect(resolved.stderr).toContain(`Kept ${original}; the other file is now the conflict copy ${conflictCopy}`);
    expect(existsSync(path.join(alice.root, copy))).toBe(false);
    expect(existsSync(path.join(alice.root, conflictCopy))).toBe(true);
    unlinkSync(path.join(alice.root, conflictCopy));
    expect((await alice.run(['sync'])).code).toBe(0);
    expect((await alice.run(['check'])).code).toBe(0);
  }, 60_000);

  it('two syncs at once in one clone: one waits for the other, neither fails (bug: EPIPE stack trace)', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    for (const title of ['One', 'Two', 'Three']) alice.write({ title });
    const [a, b] = await Promise.all([alice.spawn(['sync']), alice.spawn(['sync'])]);
    for (const run of [a, b]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/EPIPE|Error:| {4}at /);
    }
    expect(remote.git(['ls-tree', '-r', '--name-only', 'main', 'entries']).trim().split('\n')).toHaveLength(3);
    expect(Number(remote.git(['rev-list', '--count', 'main']))).toBe(1);
  }, 60_000);
});
