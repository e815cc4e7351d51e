import { lstatSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_ENTRY_BYTES } from '../codecs/entry-file.js';
import { decodeUtf8 } from '../codecs/utf8.js';
import type { EntryProblem } from '../core/entries/entry.js';
import type { EntryFileInfo, EntryListing, EntryStore, HeldListing, Notify } from '../core/ports.js';
import { ConflictError, StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { createFileExclusive, moveFileNoReplace, replaceFile } from './atomic-file.js';
import { rescueDebris, type Debris } from './fs-debris.js';
import { FsJournalLocks } from './fs-journal-locks.js';
import { journalPaths, type JournalPaths } from './fs-journal-paths.js';
import { changedFilesFrom } from './index/changed-files.js';
import { fingerprint, listEntryFiles, probeChanges, readEntryBytes, type ChangedSince } from './index/entry-listing.js';

/**
 * node:crypto, loaded the first time a hash or random bytes are wanted: it is one of the larger built-in modules,
 * and a warm `search` or `list` never needs it.
 */
const crypto = () => process.getBuiltinModule('node:crypto');


const hash = (text: string) => crypto().createHash('sha256').update(text).digest('hex');

export interface FsEntryStoreOptions {
  /**
   * How edits made in place are found (changed-files.ts): by default one `find` per check where the platform
   * allows, else a look at every file.
   */
  changedSince?: ChangedSince | undefined;
  /** Where waits, lock take-overs and rescued debris are reported (the command line prints them). */
  notify?: Notify | undefined;
  /**
   * What a listing does with debris of killed writes: `rescue` clears it (the command line's upkeep), `report`
   * lists it among the problems and touches nothing (`check` and the library write nothing they were not asked to).
   */
  debris?: 'rescue' | 'report';
}

/** Entry files on the local filesystem, under `<root>/entries` and `<root>/private`. */
export class FsEntryStore implements EntryStore {
  private readonly paths: JournalPaths;
  private readonly locks: FsJournalLocks;
  private readonly notify: Notify;
  private readonly debrisMode: 'rescue' | 'report';
  private readonly changedSince: ChangedSince;

  constructor(
    private readonly root: string,
    options: FsEntryStoreOptions = {},
  ) {
    this.paths = journalPaths(root);
    this.notify = options.notify ?? (() => undefined);
    this.locks = new FsJournalLocks(root, this.notify);
    this.debrisMode = options.debris ?? 'report';
    this.changedSince = options.changedSince ?? changedFilesFrom(root);
  }

  /** The absolute path of a journal-relative path, refusing anything that would leave the journal (`..`, links). */
  resolve(relative: string): string {
    return this.paths.resolve(relative);
  }

  /** Every entry file, and the files refused (links, oversized, conflict copies) as problems. */
  async list(): Promise<{ files: EntryFileInfo[]; problems: EntryProblem[] }> {
    const files: EntryFileInfo[] = [];
    const problems: EntryProblem[] = [];
    const debris: Debris[] = [];
    const listing = listEntryFiles(this.root, Date.now(), debris);
    for (const file of listing.files) {
      if (file.refused === undefined) files.push(file);
      else problems.push({ path: file.path, line: 1, message: file.refused });
    }
    if (debris.length > 0) await this.handleDebris(debris, problems);
    return { files, problems };
  }

  /**
   * For the index: `unchanged` when the cheap check (entry-listing.ts: folder times, and the files changed since
   * the listing) finds nothing, else a full listing, carrying the fingerprints the check took. Debris of a killed
   * write found on the way is rescued or reported as `list` does (issue 14).
   */
  async refresh(held?: HeldListing): Promise<EntryListing | 'unchanged'> {
    const at = Date.now();
    let hashes = new Map<string, string>();
    if (held) {
      const probe = await probeChanges(this.root, held, this.changedSince);
      if (!probe.changed) return 'unchanged';
      hashes = probe.hashes;
    }
    const debris: Debris[] = [];
    const listing = listEntryFiles(this.root, at, debris);
    if (debris.length > 0) {
      const problems: EntryProblem[] = [];
      await this.handleDebris(debris, problems);
      // Reported debris is listed like any refused file, so the index's problems name it.
      for (const problem of problems) listing.files.push({ path: problem.path, size: 0, mtimeMs: 0, refused: problem.message });
      listing.files.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    }
    if (hashes.size > 0) listing.files = listing.files.map((file) => (hashes.has(file.path) ? { ...file, hash: hashes.get(file.path) } : file));
    return listing;
  }

  private async handleDebris(debris: Debris[], problems: EntryProblem[]): Promise<void> {
    if (this.debrisMode === 'report') {
      for (const item of debris) problems.push({ path: item.temp, line: 1, message: messages.debrisProblem(item.target) });
      return;
    }
    const outcome = await rescueDebris(this.root, debris);
    if (outcome.rescued.length > 0 || outcome.removed > 0) this.notify({ kind: 'debris', rescued: outcome.rescued, removed: outcome.removed });
  }

  /**
   * Reads an entry as strict UTF-8. Synchronous inside: reading thousands of small files (a cold index) is several
   * times faster without promises. A file that is not UTF-8 is refused with the offset of its first bad byte, so it
   * is never decoded lossily and then written back.
   */
  async read(relative: string): Promise<string> {
    const absolute = this.resolve(relative);
    const stat = lstatSync(absolute);
    if (stat.isSymbolicLink() || !stat.isFile()) throw new StorageError(relative, `${relative}: ${messages.symlinkRefused}`);
    if (stat.size > MAX_ENTRY_BYTES) throw new StorageError(relative, `${relative}: ${messages.fileTooLarge(MAX_ENTRY_BYTES)}`);
    const decoded = decodeUtf8(readFileSync(absolute));
    if (!decoded.ok) throw new StorageError(relative, messages.notUtf8(relative, decoded.offset));
    return decoded.text;
  }

  /**
   * A listed file's text and fingerprint, for the index: opened without following links and with no stat first
   * (the listing has just looked at it), so a cold build costs one system call fewer per file.
   */
  async readWithHash(relative: string): Promise<{ text: string; hash: string }> {
    const absolute = this.resolve(relative);
    let bytes: Buffer;
    try {
      bytes = readEntryBytes(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || code === 'EMLINK') throw new StorageError(relative, `${relative}: ${messages.symlinkRefused}`);
      if (error instanceof RangeError) throw new StorageError(relative, `${relative}: ${error.message}`);
      throw error;
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) throw new StorageError(relative, messages.notUtf8(relative, decoded.offset));
    return { text: decoded.text, hash: fingerprint(bytes) };
  }

  async create(relative: string, text: string): Promise<void> {
    const absolute = this.resolve(relative);
    try {
      await createFileExclusive(absolute, text);
    } catch (error) {
      throw new StorageError(relative, messages.writeFailed(relative, error), { cause: error });
    }
  }

  async replace(relative: string, text: string, expected: string): Promise<void> {
    const absolute = this.resolve(relative);
    const expectedHash = hash(expected);
    try {
      await replaceFile(absolute, text, async () => {
        // The last check, just before the rename: an editor outside mindlines takes no lock.
        const current = await fs.readFile(absolute);
        if (hash(current.toString('utf8')) !== expectedHash || !decodeUtf8(current).ok) {
          const copy = absolute.replace(/\.md$/, `.conflict-${Date.now()}.md`);
          await createFileExclusive(copy, text);
          throw new ConflictError(relative, messages.changedSinceRead(relative, path.relative(this.root, copy)));
        }
      });
    } catch (error) {
      if (error instanceof ConflictError) throw error;
      throw new StorageError(relative, messages.writeFailed(relative, error), { cause: error });
    }
  }

  /** Renames an entry file (refusing to overwrite); it must read cleanly first, like any entry mindlines rewrites. */
  async move(from: string, to: string): Promise<void> {
    await this.read(from);
    const target = this.resolve(to);
    try {
      await moveFileNoReplace(this.resolve(from), target);
    } catch (error) {
      throw new StorageError(to, messages.writeFailed(to, error), { cause: error });
    }
  }

  async remove(relative: string): Promise<void> {
    await fs.rm(this.resolve(relative), { force: true });
  }

  lockEntry<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.locks.entry(id, work);
  }

  lockJournal<T>(work: () => Promise<T>): Promise<T> {
    return this.locks.journal(work);
  }
}
