import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, readLockHolder } from '../../../src/adapters/fs-lock.js';
import type { LockHolder } from '../../../src/core/ports.js';
import { StorageError } from '../../../src/errors.js';
import { messages } from '../../../src/ui/messages.js';
import { tempDir } from '../../helpers/isolated-env.js';

/** The pid of a process that has just ended: no process holds it now. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

const holderFile = (file: string, holder: Partial<LockHolder>) =>
  writeFileSync(file, JSON.stringify({ host: os.hostname(), since: '2026-11-27T10:02:03.000Z', what: 'updating the index', nonce: 'n1', ...holder }));

describe('a lock that says who holds it', () => {
  it('is taken, names its holder in the file, and is released', async () => {
    const file = path.join(tempDir(), 'sync.lock');
    const release = await acquireLock(file, { what: 'sync' });
    expect(readLockHolder(file)).toMatchObject({ pid: process.pid, host: os.hostname(), what: 'sync' });
    await release();
    expect(existsSync(file)).toBe(false);
  });

  it('makes a second taker wait, tells it after a moment who holds the lock, and lets it in once released', async () => {
    const file = path.join(tempDir(), 'entry-X.lock');
    const release = await acquireLock(file, { what: 'changing an entry' });
    const told: (LockHolder | undefined)[] = [];
    const second = acquireLock(file, { what: 'changing an entry', noticeAfterMs: 50, onWait: (holder) => told.push(holder) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(told).toEqual([expect.objectContaining({ pid: process.pid, what: 'changing an entry' })]);
    await release();
    await (await second)();
  });

  it('takes over at once a lock left by a mindlines that was killed (bug: 31 s of silence after a killed reindex)', async () => {
    const file = path.join(tempDir(), 'index.json.lock');
    const pid = deadPid();
    holderFile(file, { pid });
    const takenOver: LockHolder[] = [];
    const started = Date.now();
    const release = await acquireLock(file, { what: 'updating the index', onTakeover: (holder) => takenOver.push(holder) });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(takenOver.map((h) => h.pid)).toEqual([pid]);
    expect(readLockHolder(file)?.pid).toBe(process.pid);
    await release();
  });

  it('takes over the folder lock an older mindlines left (proper-lockfile), once it is stale', async () => {
    const file = path.join(tempDir(), 'index.json.lock');
    mkdirSync(file);
    const { utimesSync } = await import('node:fs');
    utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const release = await acquireLock(file, { what: 'updating the index' });
    expect(readLockHolder(file)?.pid).toBe(process.pid);
    await release();
  });

  it('gives up after its time, naming the holder, the lock file and what to do', async () => {
    const file = path.join(tempDir(), 'sync.lock');
    holderFile(file, { pid: process.pid, what: 'sync', nonce: 'someone-else' });
    const error = await acquireLock(file, { what: 'sync', timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toBe(messages.lockTimeout(file, readLockHolder(file) ?? undefined));
    expect((error as Error).message).toContain(`pid ${process.pid}`);
    expect((error as Error).message).toContain('since 2026-11-27 10:02:03 UTC');
  });

  it('fails at once with the real reason when the lock cannot be written (bug: waited 32 s, then blamed a lock)', async () => {
    const parent = path.join(tempDir(), 'not-a-folder');
    writeFileSync(parent, 'a file where the journal folder should be');
    const started = Date.now();
    const error = await acquireLock(path.join(parent, 'sync.lock'), { what: 'sync' }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((error as Error).message).toBe(messages.lockUnwritable(parent, Object.assign(new Error(), { code: 'ENOTDIR' })));
    expect(readFileSync(parent, 'utf8')).toBe('a file where the journal folder should be');
  });
});
