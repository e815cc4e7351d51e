import { lstatSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_ENTRY_BYTES } from '../codecs/entry-file.js';
import type { EntryProblem } from '../core/entries/entry.js';
import type { EntryFileInfo, EntryListing, EntryStore, HeldListing } from '../core/ports.js';
import { ConflictError, StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { createFileExclusive, replaceFile } from './atomic-file.js';
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
}

/** Entry files on the local filesystem, under `<root>/entries` and `<root>/private`. */
export class FsEntryStore implements EntryStore {
  private readonly changedSince: ChangedSince;

  constructor(
    private readonly root: string,
    options: FsEntryStoreOptions = {},
  ) {
    this.changedSince = options.changedSince ?? changedFilesFrom(root);
  }

  /** The absolute path of a journal-relative path, refusing anything that would leave the journal. */
  resolve(relative: string): string {
    const absolute = path.resolve(this.root, relative);
    const rel = path.relative(this.root, absolute);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new StorageError(relative, messages.pathOutsideJournal(relative));
    }
    return absolute;
  }

  /** Every entry file, and the files refused (links, oversized, conflict copies) as problems. */
  async list(): Promise<{ files: EntryFileInfo[]; problems: EntryProblem[] }> {
    const files: EntryFileInfo[] = [];
    const problems: EntryProblem[] = [];
    for (const file of listEntryFiles(this.root).files) {
      if (file.refused === undefined) files.push(file);
      else problems.push({ path: file.path, line: 1, message: file.refused });
    }
    return { files, problems };
  }

  /**
   * For the index: `unchanged` when the cheap check (entry-listing.ts: folder times, and the files changed since
   * the listing) finds nothing, else a full listing, carrying the fingerprints the check took.
   */
  async refresh(held?: HeldListing): Promise<EntryListing | 'unchanged'> {
    const at = Date.now();
    let hashes = new Map<string, string>();
    if (held) {
      const probe = await probeChanges(this.root, held, this.changedSince);
      if (!probe.changed) return 'unchanged';
      hashes = probe.hashes;
    }
    const listing = listEntryFiles(this.root, at);
    if (hashes.size > 0) listing.files = listing.files.map((file) => (hashes.has(file.path) ? { ...file, hash: hashes.get(file.path) } : file));
    return listing;
  }

  /** Synchronous inside: reading thousands of small files (a cold index) is several times faster without promises. */
  async read(relative: string): Promise<string> {
    const absolute = this.resolve(relative);
    const stat = lstatSync(absolute);
    if (stat.isSymbolicLink() || !stat.isFile()) throw new StorageError(relative, `${relative}: ${messages.symlinkRefused}`);
    if (stat.size > MAX_ENTRY_BYTES) throw new StorageError(relative, `${relative}: ${messages.fileTooLarge(MAX_ENTRY_BYTES)}`);
    return readFileSync(absolute, 'utf8');
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
    return { text: bytes.toString('utf8'), hash: fingerprint(bytes) };
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
        const current = await fs.readFile(absolute, 'utf8');
        if (hash(current) !== expectedHash) {
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

  async move(from: string, to: string): Promise<void> {
    const text = await this.read(from);
    await this.create(to, text);
    await fs.unlink(this.resolve(from));
  }

  async remove(relative: string): Promise<void> {
    await fs.rm(this.resolve(relative), { force: true });
  }
}
