import type { EntryProblem } from '../../core/entries/entry.js';
import type { EntryFileInfo, EntryIndex, IndexChanges, IndexDocument, IndexedEntry, IndexSnapshot, StoredIndex } from '../../core/ports.js';

/**
 * An entry index held in memory, for as long as its journal is open: for a journal whose folder cannot hold a file
 * index (read-only), and for tests. The first sync reads every file; later ones only what changed.
 */
export class MemoryEntryIndex implements EntryIndex {
  readonly #held = new Map<string, { file: EntryFileInfo; doc: IndexDocument }>();
  #snapshot: IndexSnapshot | undefined;

  async read(): Promise<StoredIndex> {
    return { files: [...this.#held.values()].map(({ file }) => file), snapshot: () => this.snapshot() };
  }

  async update(plan: (held: readonly EntryFileInfo[]) => Promise<IndexChanges>, options: { rebuild?: boolean } = {}): Promise<IndexSnapshot> {
    if (options.rebuild) this.forget();
    const changes = await plan((await this.read()).files);
    for (const path of changes.removed) this.#held.delete(path);
    for (const put of changes.put) this.#held.set(put.file.path, put);
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
    const sorted = [...this.#held.values()].sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
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
    this.#snapshot = { entries, problems, postings: (term) => (postings ??= invert()).get(term) ?? [] };
    return this.#snapshot;
  }
}
