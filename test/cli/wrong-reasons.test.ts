import { spawn } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';
import { isolatedEnv } from '../helpers/isolated-env.js';
import { BIN, type CliResult } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** Runs the built CLI as another user (nobody): root, which runs these tests here, ignores every permission. */
function runAsNobody(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<CliResult & { ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, uid: 65534, gid: 65534, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** Lets other users through the temp folders above `dir` (only adding permissions, never taking any away). */
function searchableAbove(dir: string): void {
  for (let at = path.dirname(dir); at.startsWith(os.tmpdir() + path.sep); at = path.dirname(at)) chmodSync(at, (statSync(at).mode & 0o7777) | 0o055);
}

/** Makes a journal readable, not writable, by other users: every folder above it searchable, every file readable. */
function readableByOthers(root: string): void {
  searchableAbove(root);
  const walk = (dir: string) => {
    chmodSync(dir, 0o755);
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.isDirectory()) walk(path.join(dir, item.name));
      else chmodSync(path.join(dir, item.name), 0o644);
    }
  };
  walk(root);
}

describe('mindlines names the real reason when it cannot do something (issue 14)', () => {
  it('says a journal path that is a file is a file (bug: "something went wrong inside mindlines")', async () => {
    const { home, env } = isolatedEnv();
    const file = path.join(home, 'notes.txt');
    writeFileSync(file, 'not a journal');
    const listed = await runInProcess(['--journal', file, 'list'], { cwd: home, env });
    expect(listed.stderr).toBe(`mindlines: ${file} is a file, not a journal folder; give the folder that holds mindlines.yaml\n`);
    const made = await runInProcess(['init', file], { cwd: home, env });
    expect(made.code).toBe(1);
    expect(made.stderr).toBe(`mindlines: ${file} is a file, not a journal folder; give the folder that holds mindlines.yaml\n`);
    // The default journal, ~/mindlines, where a file of that name stands.
    writeFileSync(path.join(home, 'mindlines'), 'a file');
    expect((await runInProcess(['list'], { cwd: home, env })).stderr).toContain(`${path.join(home, 'mindlines')} is a file, not a journal folder`);
  });

  it('says a missing answers file or editor is missing (bug: "the folder does not exist")', async () => {
    const j = await gitJournal();
    const answers = await j.run(['new', '--answers', 'nowhere.yaml']);
    expect(answers.stderr).toBe('mindlines: could not read the answers file nowhere.yaml: no such file or folder (ENOENT)\n');
    await j.run(['quick', 'Spacer technique']);
    const [entry] = JSON.parse((await j.run(['list', '--json'])).stdout) as { id: string }[];
    const edited = await runInProcess(['--journal', j.root, 'edit', entry!.id], { cwd: j.home, env: { ...j.env, EDITOR: '/nowhere/editor' } });
    expect(edited.stderr).toBe('mindlines: could not start the editor "/nowhere/editor": no such file or folder (ENOENT)\n');
  });

  it.skipIf(process.getuid?.() !== 0)('answers a read on a journal it cannot write from the files with a note, and refuses a change at once with the reason', async () => {
    const j = await gitJournal();
    await j.run(['quick', 'Spacer technique in under-fives']);
    await j.run(['quick', 'Antibiotics for sore throat']);
    const entries = JSON.parse((await j.run(['list', '--json'])).stdout) as { id: string; path: string }[];
    // Changed since the index was written, so answering needs a new index, which cannot be saved.
    for (const entry of entries) writeFileSync(path.join(j.root, entry.path), `${readFileSync(path.join(j.root, entry.path), 'utf8')}\nMore.\n`);
    readableByOthers(j.root);
    const env = { ...j.env, HOME: '/nonexistent' };

    const listed = await runAsNobody(['--journal', j.root, 'list', '--json'], env, '/');
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toHaveLength(2);
    expect(listed.stderr).toBe(`note: the index cannot be saved in ${path.join(j.root, '.mindlines')}: permission denied (EACCES); answering from the files this time\n`);

    const captured = await runAsNobody(['--journal', j.root, 'quick', 'One more'], env, '/');
    expect(captured.code).toBe(1);
    expect(captured.stderr).toMatch(/: could not write entries\/.*one-more-.*\.md: permission denied \(EACCES\); nothing was changed\n$/);

    // A rewrite needs the entry's lock: refused at once, with the folder and the reason (bug: 32 s, then "a lock").
    const changed = await runAsNobody(['--journal', j.root, 'visibility', entries[0]!.id, 'team'], env, '/');
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain(`mindlines: cannot take a lock in ${path.join(j.root, '.mindlines', 'locks')}: permission denied (EACCES)`);
    expect(changed.ms).toBeLessThan(10_000);
  }, 60_000);

  it.skipIf(process.getuid?.() !== 0)('says a journal it may not read cannot be read (bug: "no journal there")', async () => {
    const j = await gitJournal();
    searchableAbove(j.root);
    chmodSync(j.root, 0o700);
    const listed = await runAsNobody(['--journal', j.root, 'list'], { ...j.env, HOME: '/nonexistent' }, '/');
    expect(listed.stderr).toBe(`mindlines: cannot read the journal at ${j.root}: permission denied (EACCES)\n`);
  }, 30_000);
});
