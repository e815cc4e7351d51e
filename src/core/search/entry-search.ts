import { matchesFilter, sortEntries, type EntryFilter, type SortKey } from '../entries/filters.js';
import type { IndexedEntry, IndexSnapshot } from '../ports.js';
import { bm25, phrasesMatch, queryTerms, snippetFor, type QueryClause, type Snippet } from './search-text.js';

export interface SearchOptions extends EntryFilter {
  /** Default: by relevance. */
  sort?: SortKey | undefined;
  limit?: number | undefined;
}

/** An indexed entry that matched, with its relevance and a snippet of its body. */
export interface RankedEntry {
  entry: IndexedEntry;
  /** BM25 relevance, rounded to three places: higher is better; only comparable within one search. */
  score: number;
  snippet: Snippet;
}

type Postings = { entry: number; tf: number }[];

/** BM25 scores of the entries holding every term, by position in `entries`: intersected rarest word first. */
function scoreEntries(entries: readonly IndexedEntry[], lists: Postings[]): Map<number, number> {
  const averageLength = entries.reduce((sum, e) => sum + e.length, 0) / (entries.length || 1);
  const score = (list: Postings, entry: number, tf: number) => bm25(tf, list.length, entries.length, (entries[entry] as IndexedEntry).length, averageLength);
  const [rarest, ...rest] = [...lists].sort((a, b) => a.length - b.length) as [Postings, ...Postings[]];
  let scores = new Map<number, number>();
  for (const { entry, tf } of rarest) scores.set(entry, score(rarest, entry, tf));
  for (const list of rest) {
    const next = new Map<number, number>();
    for (const { entry, tf } of list) {
      const sum = scores.get(entry);
      if (sum !== undefined) next.set(entry, sum + score(list, entry, tf));
    }
    scores = next;
  }
  return scores;
}

/**
 * Full-text search of an index for a query (parseQuery in search-text.ts): every word and "quoted phrase" must match. Hits come ranked by BM25
 * (title words count three times, tags twice; search-text.ts), or sorted as asked, each with a snippet of its body
 * around the match. Only phrase candidates and the hits shown have their body read, through `bodyOf`.
 */
export async function searchEntries(
  snapshot: IndexSnapshot,
  clauses: readonly QueryClause[],
  options: SearchOptions,
  bodyOf: (entry: IndexedEntry) => Promise<string>,
): Promise<RankedEntry[]> {
  const { entries } = snapshot;
  const lists = queryTerms(clauses).map((term) => snapshot.postings(term));
  if (lists.some((list) => list.length === 0)) return [];
  const scores = scoreEntries(entries, lists);
  const scoreOf = new Map<IndexedEntry, number>();
  for (const [position, score] of scores) scoreOf.set(entries[position] as IndexedEntry, score);
  let candidates = [...scoreOf.keys()].filter((e) => matchesFilter(e, options));
  const bodies = new Map<IndexedEntry, Promise<string>>();
  const body = (e: IndexedEntry) => {
    let text = bodies.get(e);
    if (text === undefined) bodies.set(e, (text = bodyOf(e)));
    return text;
  };
  if (clauses.some((c) => c.kind === 'phrase')) {
    const kept: IndexedEntry[] = [];
    for (const e of candidates) if (phrasesMatch(clauses, { title: e.meta.title, tags: e.meta.tags, body: await body(e) })) kept.push(e);
    candidates = kept;
  }
  const byScore = (a: IndexedEntry, b: IndexedEntry) => (scoreOf.get(b) as number) - (scoreOf.get(a) as number);
  candidates = options.sort ? sortEntries(candidates, options.sort) : sortEntries(candidates).sort(byScore);
  if (options.limit !== undefined) candidates = candidates.slice(0, options.limit);
  const ranked: RankedEntry[] = [];
  for (const e of candidates) {
    ranked.push({ entry: e, score: Math.round((scoreOf.get(e) as number) * 1000) / 1000, snippet: snippetFor(clauses, await body(e)) });
  }
  return ranked;
}
