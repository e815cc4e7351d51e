import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEntry } from '../../src/adapters/age-cipher.js';
import { gitJournal } from '../helpers/git-journal.js';
import { quickKeyFile } from '../helpers/journal-key.js';
import { BIN } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** Entry files under entries/ (plain and locked), relative to the journal. */
function entryFiles(root: string): string[] {
  return (readdirSync(path.join(root, 'entries'), { recursive: true }) as string[])
    .map((f) => `entries/${f}`)
    .filter((f) => !path.basename(f).startsWith('.') && statSync(path.join(root, f), { throwIfNoEntry: false })?.isFile());
}

/**
 * Spawns the built CLI and kills it with SIGKILL as soon as `ready()` says so (polled every few milliseconds), so
 * the kill lands while it is working, wherever start-up time on a loaded machine puts that.
 */
function killWhen(args: string[], env: NodeJS.ProcessEnv, cwd: string, ready: () => boolean): Promise<'killed' | number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: 'ignore' });
    const poll = setInterval(() => {
      if (ready()) child.kill('SIGKILL');
    }, 2);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve(signal === 'SIGKILL' ? 'killed' : (code ?? 1));
    });
  });
}

// A separate process, killed at different moments while it encrypts and replaces files (RELIABILITY.md 6 G 31):
// each entry must survive as its plain file, its locked file, or both, never neither, and always whole.
describe('lock killed part-way through', () => {
  it('leaves every entry as plain text, locked, or both, never neither; running lock again finishes the job', async () => {
    const j = await gitJournal();
    const key = await quickKeyFile('otter lantern quarry violet');
    const env = { ...j.env, MINDLINES_PASSPHRASE: 'otter lantern quarry violet' };
    const plainEnv = j.env;
    const first = await runInProcess(['--journal', j.root, 'lock', '--identity', key.file], { cwd: j.home, env });
    expect(first.code).toBe(0);
    const unlocked = await j.run(['unlock']);
    expect(unlocked.code).toBe(0); // the key stays; new entries are written plain again
    const originals = new Map<string, string>();
    for (let n = 0; n < 16; n++) {
      const made = await j.run(['quick', `private note ${n} with sentinel${n}`]);
      const text = readFileSync(path.join(j.root, made.stdout.trim()), 'utf8');
      originals.set(/^id: (\S+)$/m.exec(text)?.[1] as string, text);
    }
    const check = async () => {
      const seen = new Map<string, string[]>();
      for (const file of entryFiles(j.root)) {
        const raw = readFileSync(path.join(j.root, file), 'utf8');
        const text = file.endsWith('.md.age') ? await openEntry(raw, key.secret, file) : raw;
        const id = /^id: (\S+)$/m.exec(text)?.[1] as string;
        expect(text, file).toBe(originals.get(id));
        seen.set(id, [...(seen.get(id) ?? []), file]);
      }
      expect([...seen.keys()].sort()).toEqual([...originals.keys()].sort());
      return [...seen.values()];
    };
    // Locked files sit directly in entries/: counting them is one cheap readdir, fast enough to poll.
    const lockedCount = () => readdirSync(path.join(j.root, 'entries')).filter((f) => f.endsWith('.md.age')).length;
    let killed = 0;
    for (let round = 0; round < 4; round++) {
      const target = lockedCount() + 3;
      if ((await killWhen(['--journal', j.root, 'lock'], plainEnv, j.home, () => lockedCount() >= target)) === 'killed') killed++;
      await check();
    }
    // Writing needs no passphrase: the locks above and this one run without it.
    const done = await j.spawn(['lock']);
    expect(done.code).toBe(0);
    const after = await check();
    expect(after.every((files) => files.length === 1 && files[0]!.endsWith('.md.age'))).toBe(true);
    // The kills landed mid-lock: the runs were stopped, not left to finish.
    expect(killed).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
