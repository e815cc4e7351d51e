import type { EntryFileInfo } from '../ports.js';

/** How the entry files differ from what an index holds. */
export interface IndexDiff {
  /** Files the index does not hold. */
  added: EntryFileInfo[];
  /** Files the index holds with another size or modification time. */
  changed: EntryFileInfo[];
  /** Paths the index holds whose files are gone. */
  deleted: string[];
}

/**
 * The same file as held: same size and modification time, the same reason to refuse it, and (when both sides know
 * it) the same fingerprint, which is how an edit within one tick of the clock is told apart.
 */
const same = (a: EntryFileInfo, b: EntryFileInfo) =>
  a === b ||
  (a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    (a.refused ?? '') === (b.refused ?? '') &&
    (a.hash === undefined || b.hash === undefined || a.hash === b.hash));

/**
 * Compares what an index holds with the files as listed now, by path, size and modification time (like zk's
 * `paths.Diff`): nothing is read. Runs whenever the store's cheap check says something may have changed, so the
 * usual case (the same files in the same order) is one pass with no map.
 */
export function diffIndex(held: readonly EntryFileInfo[], files: readonly EntryFileInfo[]): IndexDiff {
  const changed: EntryFileInfo[] = [];
  if (held.length === files.length) {
    let inOrder = true;
    for (let i = 0; i < files.length; i++) {
      const file = files[i] as EntryFileInfo;
      const known = held[i] as EntryFileInfo;
      if (known.path !== file.path) {
        inOrder = false;
        break;
      }
      if (!same(known, file)) changed.push(file);
    }
    if (inOrder) return { added: [], changed, deleted: [] };
    changed.length = 0;
  }
  const byPath = new Map(held.map((file) => [file.path, file]));
  const added: EntryFileInfo[] = [];
  for (const file of files) {
    const known = byPath.get(file.path);
    if (!known) added.push(file);
    else if (!same(known, file)) changed.push(file);
    byPath.delete(file.path);
  }
  return { added, changed, deleted: [...byPath.keys()] };
}

/** Whether the index holds exactly the files, each as it is now. */
export function isUnchanged(diff: IndexDiff): boolean {
  return diff.added.length === 0 && diff.changed.length === 0 && diff.deleted.length === 0;
}
