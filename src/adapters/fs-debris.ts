import { randomBytes } from 'node:crypto';
import { promises as fs, lstatSync } from 'node:fs';
import path from 'node:path';
import { isAlive } from './process-alive.js';
import { ensurePrivateFolder, LOCAL_FOLDER } from './private-folder.js';

/**
 * Debris of a write that was killed: atomic-file.ts writes each file to a hidden temp file beside it
 * (`.<name>.<pid>-<hex>.tmp`), fsyncs it, then links or renames it into place. A kill before the link leaves the
 * whole new text in the temp file, which nothing listed and git showed as untracked (issue 14). Such a file is
 * debris once the process named in it is gone: identical to its entry, it is removed; otherwise it is moved to
 * `.mindlines/rescued/` beside editor text rescued after a crash, where `mindlines recover` lists and restores it.
 */

/** Where rescued text is kept (owner-only): editor text after a crash, and debris of killed writes. */
export const RESCUED_FOLDER = path.join(LOCAL_FOLDER, 'rescued');

/** `.2026-11-27-spacers-7f3k.md.4242-0a1b2c3d4e5f.tmp` (the pid is absent in files from before issue 14). */
const TEMP = /^\.(.+\.md)\.(?:(\d+)-)?[0-9a-f]{8,12}\.tmp$/;
/** A temp file without a pid is taken for debris only when older than any write takes. */
const ANONYMOUS_STALE_MS = 10 * 60_000;

export interface Debris {
  /** Journal-relative path of the temp file. */
  temp: string;
  /** Journal-relative path of the file it was to become. */
  target: string;
}

/** Whether a file name (in an entry folder) is a temp file of an atomic write, and of which file. */
export function debrisTarget(name: string): string | undefined {
  return TEMP.exec(name)?.[1];
}

/** Whether the temp file at `absolute` belongs to a write that can no longer finish. */
export function isAbandoned(name: string, absolute: string, now = Date.now()): boolean {
  const match = TEMP.exec(name);
  if (!match) return false;
  const pid = match[2] === undefined ? undefined : Number(match[2]);
  if (pid !== undefined) return pid !== process.pid && !isAlive(pid);
  const stat = lstatSync(absolute, { throwIfNoEntry: false });
  return stat !== undefined && now - stat.mtimeMs > ANONYMOUS_STALE_MS;
}

/** What a rescue found: files kept in `.mindlines/rescued/`, and temp files removed because their entry holds the same. */
export interface DebrisOutcome {
  rescued: string[];
  removed: number;
}

/**
 * Clears the debris found in a listing. Each temp file is either removed (its entry already holds exactly its text)
 * or moved, whole, into a fresh folder under `.mindlines/rescued/` with a note of where it was going. A journal
 * that cannot be written (read-only, full) keeps its debris for the next command: nothing here fails a read.
 */
export async function rescueDebris(root: string, debris: readonly Debris[], now = new Date()): Promise<DebrisOutcome> {
  const outcome: DebrisOutcome = { rescued: [], removed: 0 };
  for (const item of debris) {
    const temp = path.join(root, item.temp);
    try {
      const text = await fs.readFile(temp);
      const current = await fs.readFile(path.join(root, item.target)).catch(() => undefined);
      if (current && current.equals(text)) {
        await fs.unlink(temp);
        outcome.removed++;
        continue;
      }
      const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      const folder = path.join(await ensurePrivateFolder(path.join(root, RESCUED_FOLDER)), `${stamp}-debris-${randomBytes(3).toString('hex')}`);
      await fs.mkdir(folder, { mode: 0o700 });
      await fs.writeFile(path.join(folder, 'origin.json'), JSON.stringify({ kind: 'interrupted-write', path: item.target, found: now.toISOString() }), { mode: 0o600 });
      const kept = path.join(folder, path.posix.basename(item.target));
      await fs.rename(temp, kept);
      outcome.rescued.push(path.relative(root, kept).split(path.sep).join('/'));
    } catch {
      // Read-only or full: left where it is, and found again next time.
    }
  }
  return outcome;
}
