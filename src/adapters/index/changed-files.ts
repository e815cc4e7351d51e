import { spawn } from 'node:child_process';
import path from 'node:path';
import { inNotEntryFolder, RACY_MS, type ChangedSince } from './entry-listing.js';
import { recordedListing } from './index-json.js';

/**
 * The entry files whose inode changed after `sinceMs` (contents, size, times, mode or name), found by one `find`
 * over the entry folders: the operating system looks at every file in C, in its own process, so mindlines never
 * stats 10,000 files in JavaScript to see an edit made in place. `-newerct` compares the change time, which no tool
 * can set back (unlike the modification time, which `touch -d` or `cp -p` can), so an edit that restores the old
 * modification time is listed too.
 *
 * Undefined when this cannot tell: not Linux (BSD find compares other times), find missing or failing (busybox has
 * no -newerct), a folder unreadable. The caller then looks at every file itself.
 */
export function findChangedFiles(root: string, folders: readonly string[], sinceMs: number): Promise<string[] | undefined> {
  if (process.platform !== 'linux' || !Number.isFinite(sinceMs)) return Promise.resolve(undefined);
  if (folders.length === 0) return Promise.resolve([]);
  const starts = folders.map((folder) => path.join(root, folder));
  // -H follows a top folder that is a link (as the listing does), nothing below it; dot folders are skipped.
  const args = ['-H', ...starts, '-name', '.*', '-prune', '-o', '-name', '*.md', '-newerct', `@${(sinceMs / 1000).toFixed(3)}`, '-print0'];
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('find', args, { stdio: ['ignore', 'pipe', 'ignore'], env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } });
    } catch {
      resolve(undefined);
      return;
    }
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => {
      if (code !== 0) return resolve(undefined);
      const prefix = `${root}${path.sep}`;
      const out: string[] = [];
      for (const item of Buffer.concat(chunks).toString('utf8').split('\0')) {
        if (!item.startsWith(prefix)) continue;
        const relative = item.slice(prefix.length).split(path.sep).join('/');
        if (!inNotEntryFolder(relative)) out.push(relative);
      }
      resolve(out);
    });
  });
}

/**
 * The search for files changed since a listing, started as early as the journal is known (before mindlines has
 * loaded the code that needs the answer), so it runs on the other core meanwhile. Asked for another time or other
 * folders, it starts a new one.
 */
export function changedFilesFrom(root: string, early?: { sinceMs: number; folders: readonly string[] }): ChangedSince {
  const key = (sinceMs: number, folders: readonly string[]) => `${sinceMs}\u0000${folders.join('\u0000')}`;
  let started = early ? { key: key(early.sinceMs, early.folders), result: findChangedFiles(root, early.folders, early.sinceMs) } : undefined;
  return (sinceMs, folders) => {
    if (started && started.key === key(sinceMs, folders)) {
      const { result } = started;
      started = undefined; // one answer per start: a later sync in the same process asks afresh
      return result;
    }
    return findChangedFiles(root, folders, sinceMs);
  };
}

/** Never asks the operating system: every file is looked at (other platforms, and tests of that path). */
export const lookAtEveryFile: ChangedSince = async () => undefined;

/**
 * Starts the search for files changed since the listing the journal's index records, if it has one: called as soon
 * as the journal is found, before the rest of the command is even loaded.
 */
export function startChangedFiles(root: string): ChangedSince {
  if (process.env.MINDLINES_CHANGE_SCAN === 'sweep') return lookAtEveryFile;
  const recorded = recordedListing(root);
  return changedFilesFrom(root, recorded && { sinceMs: recorded.at - RACY_MS, folders: recorded.folders });
}
