import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LockHolder, Notify } from '../core/ports.js';
import { StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { acquireLock, holderAlive, readLockHolder } from './fs-lock.js';
import { LOCAL_FOLDER } from './private-folder.js';

/** Where a journal's locks live: machine-local, owner-only. */
export const LOCKS_FOLDER = path.join(LOCAL_FOLDER, 'locks');

const SYNC_LOCK = 'sync.lock';
const ENTRY_LOCK = /^entry-.+\.lock$/;
/** A sync talks to a remote: another command may wait this long for it before giving up. */
const SYNC_WAIT_MS = 5 * 60_000;
/** Entry changes are short (read, rewrite, rename): waiting longer than this means something is wrong. */
const ENTRY_WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock file name for an entry id: the id itself when it is a plain word (a ULID), else a hash of it. */
function entryLockName(id: string): string {
  const safe = /^[0-9A-Za-z_-]{1,64}$/.test(id) ? id : createHash('sha256').update(id).digest('hex').slice(0, 32);
  return `entry-${safe}.lock`;
}

/**
 * The locks of one journal, in `.mindlines/locks/`: one per entry being changed (`entry-<id>.lock`) and one for a
 * sync (`sync.lock`). They work like a readers-writer lock across processes: each change of an entry takes its
 * entry lock and then checks that no sync holds the journal (backing off if one does); a sync takes `sync.lock` and
 * then waits until no entry lock is held. Either side takes its own lock before looking at the other's, so the two
 * can never both go ahead.
 */
export class FsJournalLocks {
  private readonly dir: string;

  constructor(
    root: string,
    private readonly notify: Notify = () => undefined,
  ) {
    this.dir = path.join(root, LOCKS_FOLDER);
  }

  private ensureFolder(): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new StorageError(this.dir, messages.lockUnwritable(this.dir, error), { cause: error });
    }
  }

  /** The sync holding the journal, if one is running in another process. */
  private runningSync(): LockHolder | undefined {
    const holder = readLockHolder(path.join(this.dir, SYNC_LOCK));
    return holder && holder.pid !== process.pid && holderAlive(holder) ? holder : undefined;
  }

  async entry<T>(id: string, work: () => Promise<T>): Promise<T> {
    this.ensureFolder();
    const file = path.join(this.dir, entryLockName(id));
    const started = Date.now();
    let told = false;
    for (;;) {
      const release = await acquireLock(file, {
        what: 'changing an entry',
        timeoutMs: ENTRY_WAIT_MS,
        onWait: (holder) => this.notify({ kind: 'waiting', lock: 'entry', holder }),
        onTakeover: (holder) => this.notify({ kind: 'lock-taken-over', lock: 'entry', holder }),
      });
      const sync = this.runningSync();
      if (!sync) {
        try {
          return await work();
        } finally {
          await release();
        }
      }
      // A sync is rewriting files: step aside until it is done, then take the entry lock again.
      await release();
      while (this.runningSync()) {
        if (!told && Date.now() - started >= 1_000) {
          told = true;
          this.notify({ kind: 'waiting', lock: 'sync', holder: sync });
        }
        if (Date.now() - started > SYNC_WAIT_MS) throw new StorageError(file, messages.lockTimeout(path.join(this.dir, SYNC_LOCK), sync));
        await sleep(50);
      }
    }
  }

  async journal<T>(work: () => Promise<T>): Promise<T> {
    this.ensureFolder();
    const release = await acquireLock(path.join(this.dir, SYNC_LOCK), {
      what: 'sync',
      timeoutMs: SYNC_WAIT_MS,
      onWait: (holder) => this.notify({ kind: 'waiting', lock: 'sync', holder }),
      onTakeover: (holder) => this.notify({ kind: 'lock-taken-over', lock: 'sync', holder }),
    });
    try {
      await this.drainEntryLocks();
      return await work();
    } finally {
      await release();
    }
  }

  /** Waits until no other process holds an entry lock (those that see our sync lock give theirs up). */
  private async drainEntryLocks(): Promise<void> {
    const started = Date.now();
    let told = false;
    for (;;) {
      const held = readdirSync(this.dir)
        .filter((name) => ENTRY_LOCK.test(name))
        .map((name) => readLockHolder(path.join(this.dir, name)))
        .find((holder): holder is LockHolder => Boolean(holder && holder.pid !== process.pid && holderAlive(holder)));
      if (!held) return;
      if (!told && Date.now() - started >= 1_000) {
        told = true;
        this.notify({ kind: 'waiting', lock: 'entry', holder: held });
      }
      if (Date.now() - started > ENTRY_WAIT_MS) throw new StorageError(this.dir, messages.lockTimeout(this.dir, held));
      await sleep(20);
    }
  }
}
