import { createHash } from 'node:crypto';
import { lstatSync, promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_ENTRY_BYTES } from '../codecs/entry-file.js';
import { decodeUtf8 } from '../codecs/utf8.js';
import { isConflictCopy, originalOfCopy } from '../core/team/conflict-copy.js';
import type { EntryProblem } from '../core/entries/entry.js';
import type { EntryFileInfo, EntryStore, Notify } from '../core/ports.js';
import { ConflictError, StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { createFileExclusive, moveFileNoReplace, replaceFile } from './atomic-file.js';
import { debrisTarget, isAbandoned, rescueDebris, type Debris } from './fs-debris.js';
import { FsJournalLocks } from './fs-journal-locks.js';
import { journalPaths, type JournalPaths } from './fs-journal-paths.js';

export const ENTRY_FOLDERS = ['entries', 'private'] as const;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

export interface FsEntryStoreOptions {
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

  constructor(
    private readonly root: string,
    options: FsEntryStoreOptions = {},
  ) {
    this.paths = journalPaths(root);
    this.notify = options.notify ?? (() => undefined);
    this.locks = new FsJournalLocks(root, this.notify);
    this.debrisMode = options.debris ?? 'report';
  }

  /** The absolute path of a journal-relative path, refusing anything that would leave the journal (`..`, links). */
  resolve(relative: string): string {
    return this.paths.resolve(relative);
  }

  /**
   * Lists with synchronous calls in one tight loop: on 10,000 files this is several times faster than thousands of
   * concurrent promises (each lstat promise costs more than the system call), and `list` runs before every read
   * command.
   */
  async list(): Promise<{ files: EntryFileInfo[]; problems: EntryProblem[] }> {
    const files: EntryFileInfo[] = [];
    const problems: EntryProblem[] = [];
    const debris: Debris[] = [];
    // Names only (no Dirent objects): every name is lstat'ed anyway, which also tells links, folders and files apart.
    const walk = (dir: string, rel: string): void => {
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
          // Temp files and editor swap files; a temp file whose writer is gone is debris to clear.
          const target = debrisTarget(name);
          if (target && isAbandoned(name, full)) debris.push({ temp: relative, target: `${rel}/${target}` });
          continue;
        }
        const stat = lstatSync(full, { throwIfNoEntry: false });
        if (!stat) continue; // deleted while we looked
        if (stat.isSymbolicLink()) {
          problems.push({ path: relative, line: 1, message: messages.symlinkRefused });
          continue;
        }
        if (stat.isDirectory()) {
          // Evidence attached to private entries (issue 18) lives in private/attachments/: files, not entries.
          if (relative === 'private/attachments') continue;
          walk(full, relative);
          continue;
        }
        if (!stat.isFile() || !name.endsWith('.md')) continue;
        if (isConflictCopy(relative)) {
          // The other side's version of an entry (same id): reported until someone resolves it, never listed.
          problems.push({ path: relative, line: 1, message: messages.conflictCopyProblem(originalOfCopy(relative) ?? relative) });
          continue;
        }
        if (stat.size > MAX_ENTRY_BYTES) {
          problems.push({ path: relative, line: 1, message: messages.fileTooLarge(MAX_ENTRY_BYTES) });
          continue;
        }
        files.push({ path: relative, size: stat.size, mtimeMs: stat.mtimeMs });
      }
    };
    for (const folder of ENTRY_FOLDERS) {
      // The entry folders themselves must be real folders of the journal, not links to somewhere else.
      const top = path.join(this.root, folder);
      if (lstatSync(top, { throwIfNoEntry: false })?.isSymbolicLink()) {
        problems.push({ path: folder, line: 1, message: messages.symlinkRefused });
        continue;
      }
      walk(top, folder);
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (debris.length > 0) await this.handleDebris(debris, problems);
    return { files, problems };
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
