import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import type { EntryIndex } from '../../core/ports.js';
import { LowdbEntryIndex } from './lowdb-entry-index.js';
import { MemoryEntryIndex } from './memory-entry-index.js';

const writable = (folder: string) => {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The index a journal reads through: the file index in `<root>/.mindlines/`, or one held in memory when that
 * folder cannot be written (a journal on a read-only disk, a colleague's folder shared read-only), so reading still
 * works there, only slower. `mindlines` is the release running, which stamps the file index.
 */
export function openEntryIndex(root: string, options: { mindlines: string }): EntryIndex {
  const dir = path.join(root, '.mindlines');
  if (!writable(existsSync(dir) ? dir : root)) return new MemoryEntryIndex();
  return new LowdbEntryIndex(root, options);
}
