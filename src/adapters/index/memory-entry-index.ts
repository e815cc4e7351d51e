import path from 'node:path';
import type { EntryProblem } from '../../core/entries/entry.js';
import type { EntryFileInfo, EntryIndex, HeldListing, IndexChanges, IndexDocument, IndexedEntry, IndexSnapshot, ListingStamp, StoredIndex } from '../../core/ports.js';

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * An entry index held in memory, for as long as its journal is open: for a journal whose folder cannot hold a file
 * index (read-only), and for tests. The first sync reads every file; later ones only what changed.
 */
export class MemoryEntryIndex implements EntryIndex {
  readonly #held = new Map<string, { file: EntryFileInfo; doc: IndexDocument }>();
  #stamp: ListingStamp | undefined;
  #snapshot: IndexSnapshot | undefined;

  async read(): Promise<StoredIndex | undefined> {
    if (!this.#stamp) return undefined;
    const files = [...this.#held.values()].map(({ file }) => file).sort(byPath);
    const byPathMap = new Map(files.map((file) => [file.path, file]));
    const held: HeldListing = {
      stamp: this.#stamp,
      file: (at) => byPathMap.get(at),
      namesIn: (folder) => files.filter((file) => path.posix.dirname(file.path) === folder).map((file) => path.posix.basename(file.path)),
      files: () => files,
    };
    return { held, snapshot: () => this.snapshot() };
  }

  async update(plan: (held: readonly EntryFileInfo[]) => Promise<IndexChanges>, options: { rebuild?: boolean } = {}): Promise<IndexSnapshot> {
    if (options.rebuild) this.forget();
    const changes = await plan([...this.#held.values()].map(({ file }) => file).sort(byPath));
    for (const removed of changes.removed) this.#held.delete(removed);
    let done = 0;
    for (const file of changes.put) {
      const doc = await changes.read(file);
      this.#held.set(file.path, { file: { ...file, hash: doc.hash ?? file.hash }, doc });
      changes.onStored?.(++done, changes.put.length);
    }
    this.#stamp = changes.stamp;
    if (changes.removed.length > 0 || changes.put.length > 0) this.#snapshot = undefined;
    return this.snapshot();
  }

  private forget(): void {
    this.#held.clear();
    this.#snapshot = undefined;
  }

  /** Entries in path order, like the file index; postings built on the first search. */
  private snapshot(): IndexSnapshot {
    if (this.#snapshot) return this.#snapshot;
    const entries: IndexedEntry[] = [];
    const problems: EntryProblem[] = [];
    const terms: Map<string, number>[] = [];
    const sorted = [...this.#held.values()].sort((a, b) => byPath(a.file, b.file));
    for (const { file, doc } of sorted) {
      if (!doc.ok) {
        problems.push(doc.problem);
        continue;
      }
      entries.push({ path: file.path, size: file.size, mtimeMs: file.mtimeMs, meta: doc.facets, frontMatter: doc.frontMatter, length: doc.length });
      terms.push(doc.terms);
    }
    let postings: Map<string, { entry: number; tf: number }[]> | undefined;
    const invert = () => {
      const map = new Map<string, { entry: number; tf: number }[]>();
      terms.forEach((frequencies, entry) => {
        for (const [term, tf] of frequencies) {
          const list = map.get(term);
          if (list) list.push({ entry, tf });
          else map.set(term, [{ entry, tf }]);
        }
      });
      return map;
    };
    const files = sorted.map(({ file }) => file);
    this.#snapshot = { entries, problems, files: () => files, postings: (term) => (postings ??= invert()).get(term) ?? [] };
    return this.#snapshot;
  }
}
