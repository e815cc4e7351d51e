import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LockHolder } from '../core/ports.js';
import { StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';

/**
 * An inter-process lock as a file that says who holds it: pid, host, process start time, since when, for what.
 * Taking it is an exclusive link of a fully written temp file onto the lock's name, so a reader never sees a
 * half-written holder. Why not proper-lockfile: its holder is anonymous and only an mtime heartbeat tells a dead one
 * from a live one, so after a crash the next command waited 30 s in silence (issue 14); here a holder whose process
 * is gone is known at once and the lock taken over, and a wait says whom it is waiting for.
 */

export interface LockOptions {
  /** What the taker is doing, written into the lock for whoever waits: "sync", "changing an entry". */
  what: string;
  /** Told once, after `noticeAfterMs` of waiting, who holds the lock. */
  onWait?: ((holder: LockHolder | undefined) => void) | undefined;
  /** Told when a lock left by a process that is gone is taken over. */
  onTakeover?: ((holder: LockHolder) => void) | undefined;
  noticeAfterMs?: number;
  /** How long to wait before giving up with a StorageError naming the holder. */
  timeoutMs?: number;
}

export type Release = () => Promise<void>;

/** A holder on another computer (a shared folder) cannot be asked whether it runs: its lock is trusted this long. */
const FOREIGN_STALE_MS = 10 * 60_000;
/** A lock file that cannot be read (written by something else) is left alone this long, then removed. */
const UNREADABLE_STALE_MS = 10_000;
const POLL_MS = 20;

/** When a process started (Linux: clock ticks since boot), so a pid reused by another program is not taken for the holder. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

const selfStart = processStart(process.pid);

/** Whether the process that wrote `holder` is still running (on another host: whether its lock is recent). */
export function holderAlive(holder: LockHolder, now = Date.now()): boolean {
  if (holder.host !== os.hostname()) return now - Date.parse(holder.since) < FOREIGN_STALE_MS;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = holder.start ? processStart(holder.pid) : undefined;
  return start === undefined || start === holder.start;
}

/** The holder a lock file names, undefined when there is no lock; `null` when the file cannot be read as one. */
export function readLockHolder(file: string): LockHolder | undefined | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') return null;
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.since === 'string' && typeof value.nonce === 'string') {
      return value as LockHolder;
    }
  } catch {
    // fall through: not ours
  }
  return null;
}

/** Creates `file` holding `holder`, or returns false when it exists. Other errors (EACCES, ENOSPC…) are thrown. */
function tryCreate(file: string, holder: LockHolder): boolean {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(temp, JSON.stringify(holder), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
}

function removeIfStill(file: string, nonce: string): void {
  const holder = readLockHolder(file);
  if (holder && holder.nonce === nonce) unlinkSync(file);
}

function ageOf(file: string): number {
  const stat = lstatSync(file, { throwIfNoEntry: false });
  return stat ? Date.now() - stat.mtimeMs : 0;
}

function newHolder(what: string): LockHolder {
  return { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), what, nonce: randomBytes(8).toString('hex'), ...(selfStart ? { start: selfStart } : {}) };
}

/**
 * Removes a lock whose holder is gone, at most once among several processes that all noticed: the removal happens
 * under a second lock (`<file>.takeover`), and only if the lock still names the holder that was found dead.
 */
function takeOver(file: string, dead: LockHolder | null): boolean {
  const guard = `${file}.takeover`;
  const me = newHolder('taking over a lock');
  if (!tryCreate(guard, me)) {
    const other = readLockHolder(guard);
    if (other === undefined || (other && holderAlive(other)) || (other === null && ageOf(guard) < UNREADABLE_STALE_MS)) return false;
    // A taker that died in the middle: its guard goes, and the next round tries again.
    unlinkSync(guard);
    return false;
  }
  try {
    const now = readLockHolder(file);
    const same = dead === null ? now === null : now?.nonce === dead.nonce;
    if (!same) return false;
    // An unreadable lock may be a folder: proper-lockfile's, from mindlines before issue 14.
    rmSync(file, { recursive: dead === null, force: true });
    return true;
  } finally {
    removeIfStill(guard, me.nonce);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock `file` (its folder must exist), waiting while a live process holds it. Permission, full-disk and
 * read-only errors are thrown at once as a StorageError naming the folder: no wait ever stands for them.
 */
export async function acquireLock(file: string, options: LockOptions): Promise<Release> {
  const started = Date.now();
  const noticeAt = started + (options.noticeAfterMs ?? 1_000);
  const giveUpAt = started + (options.timeoutMs ?? 60_000);
  let told = false;
  for (let round = 0; ; round++) {
    const holder = newHolder(options.what);
    try {
      if (tryCreate(file, holder)) {
        return async () => {
          try {
            removeIfStill(file, holder.nonce);
          } catch {
            // The folder went away (a journal removed while we worked): nothing is left to release.
          }
        };
      }
    } catch (error) {
      throw new StorageError(file, messages.lockUnwritable(path.dirname(file), error), { cause: error });
    }
    const current = readLockHolder(file);
    if (current === undefined) continue;
    const gone = current === null ? ageOf(file) > UNREADABLE_STALE_MS : !holderAlive(current);
    if (gone) {
      if (takeOver(file, current) && current) options.onTakeover?.(current);
      continue;
    }
    const now = Date.now();
    if (!told && now >= noticeAt) {
      told = true;
      options.onWait?.(current ?? undefined);
    }
    if (now >= giveUpAt) throw new StorageError(file, messages.lockTimeout(file, current ?? undefined));
    // A little jitter so waiters do not all try at the same instant.
    await sleep(POLL_MS + (round % 5) * 3);
  }
}
