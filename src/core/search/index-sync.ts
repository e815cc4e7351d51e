import { mapLimit } from '../entries/map-limit.js';
import type { EntryFileInfo, EntryIndex, IndexDocument, IndexSnapshot } from '../ports.js';
import { diffIndex, isUnchanged } from './index-diff.js';

export interface SyncOptions {
  /** Forget everything and read every file again. */
  rebuild?: boolean | undefined;
  /** Called as files are read: `done` of `total` files that needed reading. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

const READ_CONCURRENCY = 16;

/**
 * Brings an index in line with the files and returns it: unchanged files are kept, new and changed ones are handed
 * to `read`, deleted ones drop out. The usual case (nothing changed) reads the stored index and no file, and takes
 * no lock; otherwise the difference is worked out again inside the index's update, against what it holds then,
 * because another process may have brought it up to date meanwhile.
 */
export async function syncIndex(
  index: EntryIndex,
  files: readonly EntryFileInfo[],
  read: (file: EntryFileInfo) => Promise<IndexDocument>,
  options: SyncOptions = {},
): Promise<IndexSnapshot> {
  if (!options.rebuild) {
    const stored = await index.read();
    if (stored && isUnchanged(diffIndex(stored.files, files))) return stored.snapshot();
  }
  return index.update(
    async (held) => {
      const diff = diffIndex(held, files);
      // In the listing's order, so the files are read folder by folder.
      const wanted = new Set([...diff.added, ...diff.changed]);
      const toRead = files.filter((file) => wanted.has(file));
      let done = 0;
      options.onProgress?.(0, toRead.length);
      const docs = await mapLimit(toRead, READ_CONCURRENCY, async (file) => {
        const doc = await read(file);
        options.onProgress?.(++done, toRead.length);
        return doc;
      });
      return { put: toRead.map((file, i) => ({ file, doc: docs[i] as IndexDocument })), removed: diff.deleted };
    },
    { rebuild: options.rebuild ?? false },
  );
}
