import type { EntryProblem } from '../entries/entry.js';
import type { IndexDocument, IndexedEntry, IndexSnapshot } from '../ports.js';
import type { LockedFile } from './ports.js';

/**
 * The locked entries a command could open, as an index snapshot held in memory for that command only: the index
 * on disk never sees them (issue 18: it never holds text of an encrypted entry). `size` is that of the text read,
 * so a later read of the same text matches it.
 */
export function lockedSnapshot(docs: readonly { file: LockedFile; size: number; doc: IndexDocument }[]): IndexSnapshot {
  const entries: IndexedEntry[] = [];
  const problems: EntryProblem[] = [];
  const terms: Map<string, number>[] = [];
  for (const { file, size, doc } of docs) {
    if (!doc.ok) {
      problems.push(doc.problem);
      continue;
    }
    entries.push({ path: file.path, size, mtimeMs: file.mtimeMs, meta: doc.facets, frontMatter: doc.frontMatter, length: doc.length });
    terms.push(doc.terms);
  }
  return {
    entries,
    problems,
    postings: (term) => terms.flatMap((frequencies, entry) => (frequencies.has(term) ? [{ entry, tf: frequencies.get(term) as number }] : [])),
  };
}

/** Two snapshots as one: the second's entries follow the first's, and their postings are numbered to match. */
export function mergeSnapshots(first: IndexSnapshot, second: IndexSnapshot): IndexSnapshot {
  if (second.entries.length === 0 && second.problems.length === 0) return first;
  const offset = first.entries.length;
  return {
    entries: [...first.entries, ...second.entries],
    problems: [...first.problems, ...second.problems],
    postings: (term) => [...first.postings(term), ...second.postings(term).map((p) => ({ entry: p.entry + offset, tf: p.tf }))],
  };
}
