import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import type { EntryFileInfo, EntryIndex, IndexChanges, IndexSnapshot, Notify, StoredIndex } from '../../core/ports.js';
import { LowdbEntryIndex } from './lowdb-entry-index.js';
import { MemoryEntryIndex } from './memory-entry-index.js';

/** Why `.mindlines/` cannot be written, or undefined when it can. */
const unwritable = (folder: string): string | undefined => {
  try {
    accessSync(folder, constants.W_OK);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'EACCES';
  }
};

/** The system errors that mean "this disk will not take the index", not "the index is broken". */
const DISK_REFUSED = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

/** The disk's refusal behind an error (a StorageError keeps the system error as its cause), if that is what it is. */
function refusal(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++, e = (e as { cause?: unknown }).cause) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && DISK_REFUSED.has(code)) return code;
  }
  return undefined;
}

/**
 * The file index, falling back for good to one held in memory the first time the disk refuses to store it (full,
 * read-only, not ours): a read command then still answers, from the files, with a one-line note (issue 14). Any
 * other error is a real one and is thrown.
 */
export class DiskTolerantEntryIndex implements EntryIndex {
  private memory: MemoryEntryIndex | undefined;

  constructor(
    private readonly file: EntryIndex,
    private readonly folder: string,
    private readonly notify: Notify,
    /** Why the folder cannot be written, when that is known before trying (told on the first update). */
    private readonly refused?: string,
  ) {}

  async read(): Promise<StoredIndex | undefined> {
    return this.memory ? this.memory.read() : this.file.read();
  }

  async update(plan: (held: readonly EntryFileInfo[]) => Promise<IndexChanges>, options: { rebuild?: boolean } = {}): Promise<IndexSnapshot> {
    if (this.memory) return this.memory.update(plan, options);
    if (this.refused) return this.fallBack(this.refused, plan, options);
    try {
      return await this.file.update(plan, options);
    } catch (error) {
      const code = refusal(error);
      if (!code) throw error;
      return this.fallBack(code, plan, options);
    }
  }

  private fallBack(code: string, plan: (held: readonly EntryFileInfo[]) => Promise<IndexChanges>, options: { rebuild?: boolean }): Promise<IndexSnapshot> {
    this.notify({ kind: 'index-in-memory', folder: this.folder, code });
    this.memory = new MemoryEntryIndex();
    return this.memory.update(plan, options);
  }
}

/**
 * The index a journal reads through: the file index in `<root>/.mindlines/`, or one held in memory when that
 * folder cannot be written (a journal on a read-only disk, a colleague's folder shared read-only) or the disk
 * refuses a write (full), so reading still works there, only slower, and the person is told why. `mindlines` is the
 * release running, which stamps the file index.
 */
export function openEntryIndex(root: string, options: { mindlines: string; notify?: Notify | undefined }): EntryIndex {
  const dir = path.join(root, '.mindlines');
  const notify = options.notify ?? (() => undefined);
  const code = unwritable(existsSync(dir) ? dir : root);
  return new DiskTolerantEntryIndex(new LowdbEntryIndex(root, { mindlines: options.mindlines, notify }), dir, notify, code);
}
