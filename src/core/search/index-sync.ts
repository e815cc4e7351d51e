import type { EntryIndex, EntryStore, IndexDocument, IndexSnapshot, EntryFileInfo } from '../ports.js';
import { diffIndex } from './index-diff.js';

export interface SyncOptions {
  /** Forget everything and read every file again. */
  rebuild?: boolean | undefined;
  /** Called as files are read: `done` of `total` files that needed reading. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Brings an index in line with the files and returns it: unchanged files are kept, new and changed ones are handed
 * to `read`, deleted ones drop out.
 *
 * The usual case (nothing changed) reads the stored index, asks the store whether the files may differ from the
 * listing it was built from (folder times and the files changed since, never every file), and reads no file and
 * takes no lock. Otherwise the store lists every file and the difference is worked out inside the index's update,
 * against what the index holds then, because another process may have brought it up to date meanwhile.
 */
export async function syncIndex(
  index: EntryIndex,
  store: Pick<EntryStore, 'refresh'>,
  read: (file: EntryFileInfo) => Promise<IndexDocument>,
  options: SyncOptions = {},
): Promise<IndexSnapshot> {
  const stored = options.rebuild ? undefined : await index.read();
  const listing = await store.refresh(stored?.held);
  if (listing === 'unchanged') return (stored as NonNullable<typeof stored>).snapshot();
  const { files, stamp } = listing;
  return index.update(
    async (held) => {
      const diff = diffIndex(held, files);
      // In the listing's order, so the files are read folder by folder.
      const wanted = new Set([...diff.added, ...diff.changed]);
      const put = files.filter((file) => wanted.has(file));
      options.onProgress?.(0, put.length);
      return { put, read, removed: diff.deleted, stamp, onStored: options.onProgress };
    },
    { rebuild: options.rebuild ?? false },
  );
}
