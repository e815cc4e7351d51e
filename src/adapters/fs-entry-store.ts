import { createHash } from 'node:crypto';
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { MAX_ENTRY_BYTES } from '../codecs/entry-file.js';
import { isConflictCopy, originalOfCopy } from '../core/conflict-copy.js';
import type { EntryProblem } from '../core/entry.js';
import type { EntryFileInfo, EntryStore } from '../core/ports.js';
import { ConflictError, StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { createFileExclusive, replaceFile } from './atomic-file.js';

export const ENTRY_FOLDERS = ['entries', 'private'] as const;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** Entry files on the local filesystem, under `<root>/entries` and `<root>/private`. */
export class FsEntryStore implements EntryStore {
  constructor(private readonly root: string) {}

  /** The absolute path of a journal-relative path, refusing anything that would leave the journal. */
  resolve(relative: string): string {
    const absolute = path.resolve(this.root, relative);
    const rel = path.relative(this.root, absolute);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new StorageError(relative, messages.pathOutsideJournal(relative));
    }
    return absolute;
  }

  async list(): Promise<{ files: EntryFileInfo[]; problems: EntryProblem[] }> {
    const files: EntryFileInfo[] = [];
    const problems: EntryProblem[] = [];
    const walk = async (dir: string): Promise<void> => {
      let items: Dirent[];
      try {
        items = await fs.readdir(dir, { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      await Promise.all(
        items.map(async (item) => {
          if (item.name.startsWith('.')) return; // temp files and editor swap files
          const full = path.join(dir, item.name);
          const rel = path.relative(this.root, full).split(path.sep).join('/');
          if (item.isSymbolicLink()) {
            problems.push({ path: rel, line: 1, message: messages.symlinkRefused });
            return;
          }
          if (item.isDirectory()) return walk(full);
          if (!item.isFile() || !item.name.endsWith('.md')) return;
          if (isConflictCopy(rel)) {
            // The other side's version of an entry (same id): reported until someone resolves it, never listed.
            problems.push({ path: rel, line: 1, message: messages.conflictCopyProblem(originalOfCopy(rel) ?? rel) });
            return;
          }
          const stat = await fs.lstat(full);
          if (stat.size > MAX_ENTRY_BYTES) {
            problems.push({ path: rel, line: 1, message: messages.fileTooLarge(MAX_ENTRY_BYTES) });
            return;
          }
          files.push({ path: rel, size: stat.size, mtimeMs: stat.mtimeMs });
        }),
      );
    };
    for (const folder of ENTRY_FOLDERS) await walk(path.join(this.root, folder));
    files.sort((a, b) => a.path.localeCompare(b.path));
    return { files, problems };
  }

  async read(relative: string): Promise<string> {
    const absolute = this.resolve(relative);
    const stat = await fs.lstat(absolute);
    if (stat.isSymbolicLink() || !stat.isFile()) throw new StorageError(relative, `${relative}: ${messages.symlinkRefused}`);
    if (stat.size > MAX_ENTRY_BYTES) throw new StorageError(relative, `${relative}: ${messages.fileTooLarge(MAX_ENTRY_BYTES)}`);
    return fs.readFile(absolute, 'utf8');
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
}
