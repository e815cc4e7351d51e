import { closeSync, constants, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import path from 'node:path';
import { MAX_ENTRY_BYTES } from '../../codecs/entry-file.js';
import type { EntryFileInfo, EntryListing, FolderStamp, HeldListing } from '../../core/ports.js';
import { isConflictCopy, originalOfCopy } from '../../core/team/conflict-copy.js';
import { messages } from '../../ui/messages.js';
import { debrisTarget, isAbandoned, type Debris } from '../fs-debris.js';

/**
 * node:crypto, loaded the first time a hash or random bytes are wanted: it is one of the larger built-in modules,
 * and a warm `search` or `list` never needs it.
 */
const crypto = () => process.getBuiltinModule('node:crypto');

/** The folders entry files live in, under the journal root. */
export const ENTRY_FOLDERS = ['entries', 'private'] as const;

/** Folders inside those that hold no entries: evidence attached to private entries (issue 18) is files, not entries. */
export const NOT_ENTRY_FOLDERS: ReadonlySet<string> = new Set(['private/attachments']);

/** Whether a journal-relative path lies in a folder that holds no entries. */
export const inNotEntryFolder = (relative: string): boolean => [...NOT_ENTRY_FOLDERS].some((folder) => relative.startsWith(`${folder}/`));

/**
 * The racy-timestamp rule (git's "racily clean" entries): a file or folder whose times fall within this long
 * before a listing began may change again without its times moving (file times tick coarsely, by up to 2 s on
 * some file systems), so it is checked more closely until a later listing settles it: a folder's names are read
 * again, a file's bytes are compared with the fingerprint the index holds.
 */
export const RACY_MS = 2_000;

/** The fingerprint of a file's bytes that the index keeps (EntryFileInfo.hash). */
export const fingerprint = (bytes: Buffer | string): string => crypto().createHash('sha1').update(bytes).digest('base64url');

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** One buffer for every file a build reads, grown as needed: 10,000 fresh buffers would be 10,000 allocations. */
let shared = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * Reads an entry file that the listing saw as a regular file: opened without following a link (one system call
 * fewer than an lstat first), refused when it grew past the size limit since. The bytes are in a buffer shared by
 * every read: valid until the next call (callers decode or copy them at once).
 */
export function readEntryBytes(absolute: string): Buffer {
  const fd = openSync(absolute, constants.O_RDONLY | NO_FOLLOW);
  try {
    let length = 0;
    for (;;) {
      if (length === shared.length) {
        if (length > MAX_ENTRY_BYTES) throw new RangeError(messages.fileTooLarge(MAX_ENTRY_BYTES));
        const bigger = Buffer.allocUnsafeSlow(shared.length * 2);
        shared.copy(bigger, 0, 0, length);
        shared = bigger;
      }
      const n = readSync(fd, shared, length, shared.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_ENTRY_BYTES) throw new RangeError(messages.fileTooLarge(MAX_ENTRY_BYTES));
    return shared.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

const byPath = (a: EntryFileInfo, b: EntryFileInfo) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Why a listed name is not read as an entry, if it is not; undefined for a regular entry file. */
function refusal(relative: string, stat: Stats): string | undefined {
  if (stat.isSymbolicLink()) return messages.symlinkRefused;
  // The other side's version of an entry (same id): reported until someone resolves it, never listed.
  if (isConflictCopy(relative)) return messages.conflictCopyProblem(originalOfCopy(relative) ?? relative);
  if (stat.size > MAX_ENTRY_BYTES) return messages.fileTooLarge(MAX_ENTRY_BYTES);
  return undefined;
}

/**
 * Every entry file under `entries/` and `private/` (links, conflict copies and oversized files included, marked
 * `refused`), in path order, with the times of every folder walked.
 *
 * Synchronous calls in one tight loop: on 10,000 files this is several times faster than thousands of concurrent
 * promises. A folder's times are read before its names, so a change made while it is read shows as newer times.
 */
export function listEntryFiles(root: string, at = Date.now(), debris?: Debris[]): EntryListing {
  const files: EntryFileInfo[] = [];
  const folders: FolderStamp[] = [];
  const walk = (dir: string, rel: string, stat: Stats): void => {
    folders.push({ path: rel, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs });
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw error;
    }
    for (const name of names) {
      const full = `${dir}${path.sep}${name}`;
      const relative = `${rel}/${name}`;
      if (name.startsWith('.')) {
        // Temp files and editor swap files; a temp file whose writer is gone is debris to clear (issue 14).
        const target = debris && debrisTarget(name);
        if (target && isAbandoned(name, full)) debris.push({ temp: relative, target: `${rel}/${target}` });
        continue;
      }
      const entry = lstatSync(full, { throwIfNoEntry: false });
      if (!entry) continue; // deleted while we looked
      if (entry.isDirectory()) {
        if (!NOT_ENTRY_FOLDERS.has(relative)) walk(full, relative, entry);
        continue;
      }
      if (!entry.isSymbolicLink() && (!entry.isFile() || !name.endsWith('.md'))) continue;
      const refused = refusal(relative, entry);
      files.push(refused === undefined ? { path: relative, size: entry.size, mtimeMs: entry.mtimeMs } : { path: relative, size: entry.size, mtimeMs: entry.mtimeMs, refused });
    }
  };
  for (const folder of ENTRY_FOLDERS) {
    // The entry folders themselves must be real folders of the journal, not links to somewhere else (issue 14).
    const stat = lstatSync(path.join(root, folder), { throwIfNoEntry: false });
    if (stat?.isSymbolicLink()) files.push({ path: folder, size: 0, mtimeMs: stat.mtimeMs, refused: messages.symlinkRefused });
    else if (stat?.isDirectory()) walk(path.join(root, folder), folder, stat);
  }
  files.sort(byPath);
  return { files, stamp: { at, folders } };
}

/** Files changed since a time, found by the operating system (changed-files.ts); undefined when it cannot tell. */
export type ChangedSince = (sinceMs: number, folders: readonly string[]) => Promise<string[] | undefined>;

/** What the cheap check found: nothing, or something (with the fingerprints it had to take, for the full listing). */
export type Probe = { changed: false } | { changed: true; hashes: Map<string, string> };

/** Whether a folder still holds exactly the names the index holds there (files, and the folders walked). */
function sameNames(root: string, folder: string, held: HeldListing, subfolders: ReadonlySet<string>): boolean {
  let names: string[];
  try {
    names = readdirSync(path.join(root, folder));
  } catch {
    return false;
  }
  const expected = new Set(held.namesIn(folder));
  let seen = 0;
  for (const name of names) {
    // Debris of a killed write makes the folder changed, so the full listing that follows rescues it (issue 14).
    if (name.startsWith('.') && debrisTarget(name) && isAbandoned(name, path.join(root, folder, name))) return false;
    if (name.startsWith('.') || NOT_ENTRY_FOLDERS.has(`${folder}/${name}`)) continue;
    if (expected.has(name) || subfolders.has(`${folder}/${name}`)) {
      seen++;
      continue;
    }
    if (name.endsWith('.md')) return false;
    // Not an entry by its name: a new folder or a link would be, another kind of file is ignored.
    const stat = lstatSync(path.join(root, folder, name), { throwIfNoEntry: false });
    if (stat && (stat.isDirectory() || stat.isSymbolicLink())) return false;
  }
  let subfolderCount = 0;
  for (const sub of subfolders) if (path.posix.dirname(sub) === folder) subfolderCount++;
  return seen === expected.size + subfolderCount;
}

/**
 * Whether the entry files may differ from the listing an index holds, without a look at every file:
 *
 * - adds, deletes and renames change a folder's times: only the folders are checked (about 130 for ten years of
 *   entries), and a folder whose times moved, or are racy, has its names compared with the index;
 * - an edit in place (an editor that writes into the file, `>>`) moves no folder's times: the files changed since
 *   the listing come from `changedSince` (one `find`, run beside mindlines' own start-up), or, where that cannot
 *   tell, from a look at every file the index holds. Such a file whose size and modification time are still what
 *   the index holds (an edit within the clock tick it was read in) is compared by its bytes' fingerprint.
 */
export async function probeChanges(root: string, held: HeldListing, changedSince: ChangedSince): Promise<Probe> {
  const since = held.stamp.at - RACY_MS;
  const tops = held.stamp.folders.filter((f) => !f.path.includes('/')).map((f) => f.path);
  const suspects = changedSince(since, tops);
  const changed = foldersChanged(root, held, since);
  // Edits in place: always looked through in full, so a same-size edit in the clock tick is caught even when a
  // folder changed too (the full listing compares sizes and times only, and takes the fingerprints found here).
  const { hashes, changed: edited } = filesChanged(root, held, since, await suspects);
  return changed || edited ? { changed: true, hashes } : { changed: false };
}

/** Whether any folder gained, lost or renamed a file (or a folder) since the listing. */
function foldersChanged(root: string, held: HeldListing, since: number): boolean {
  const walked = new Set(held.stamp.folders.map((f) => f.path));
  for (const folder of ENTRY_FOLDERS) {
    if (!walked.has(folder) && lstatSync(path.join(root, folder), { throwIfNoEntry: false })?.isDirectory()) return true;
  }
  for (const folder of held.stamp.folders) {
    const absolute = path.join(root, folder.path);
    // A folder that became a link is a change: the listing refuses it.
    const stat = lstatSync(absolute, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) return true;
    const moved = stat.mtimeMs !== folder.mtimeMs || stat.ctimeMs !== folder.ctimeMs;
    const racy = folder.mtimeMs >= since || folder.ctimeMs >= since;
    if ((moved || racy) && !sameNames(root, folder.path, held, walked)) return true;
  }
  return false;
}

/**
 * Whether a file the index holds was changed in place: `listed` are the files changed since `since` (undefined:
 * unknown, so every file the index holds is looked at). A file whose size and time are unchanged but whose times say
 * it was written near or after the listing has its bytes compared with the index's fingerprint.
 */
function filesChanged(root: string, held: HeldListing, since: number, listed: string[] | undefined): { changed: boolean; hashes: Map<string, string> } {
  const hashes = new Map<string, string>();
  let changed = false;
  for (const relative of listed ?? held.files().map((file) => file.path)) {
    const known = held.file(relative);
    const stat = lstatSync(path.join(root, relative), { throwIfNoEntry: false });
    if (!known || !stat) {
      // Added or deleted (a file listed and gone again was only passing through).
      if (Boolean(known) !== Boolean(stat)) changed = true;
      continue;
    }
    if (stat.size !== known.size || stat.mtimeMs !== known.mtimeMs) {
      changed = true;
      continue;
    }
    const recent = stat.ctimeMs >= since || stat.mtimeMs >= since;
    if (known.hash === undefined || !stat.isFile() || !recent) continue;
    let hash: string;
    try {
      hash = fingerprint(readEntryBytes(path.join(root, relative)));
    } catch {
      changed = true;
      continue;
    }
    if (hash !== known.hash) {
      hashes.set(relative, hash);
      changed = true;
    }
  }
  return { changed, hashes };
}
