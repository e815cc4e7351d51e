import { bodyOfEntryText } from '../../codecs/entry-file.js';
import { EntryNotFoundError, UsageError } from '../../errors.js';
import { readEntry, toEntry, type Entry, type EntryHead, type EntryMeta, type EntryProblem } from './entry.js';
import { matchesFilter, sortEntries, type EntryFilter, type SortKey } from './filters.js';
import type { Clock, EntryFacets, EntryFileInfo, EntryIndex, EntryStore, IdSource, IndexDocument, IndexedEntry, IndexSnapshot } from '../ports.js';
import { bm25, parseQuery, phrasesMatch, queryTerms, snippetFor, termFrequencies, type Snippet } from '../search/search-text.js';

export interface JournalDeps {
  root: string;
  mode: 'personal' | 'team';
  store: EntryStore;
  clock: Clock;
  ids: IdSource;
  /** The index that makes reading fast; without one every read parses every file. */
  index?: EntryIndex | undefined;
}

/** An entry without its body: what `list` and `search` show, answered from the index without opening the file. */
export type EntrySummary = EntryHead;

/** One search result. */
export interface SearchHit {
  entry: EntrySummary;
  /** BM25 relevance: higher is better; only comparable within one search. */
  score: number;
  snippet: Snippet;
}

export interface Scan {
  entries: Entry[];
  /** Files that could not be read as entries; reported, skipped, never rewritten. */
  problems: EntryProblem[];
}

export interface ListOptions extends EntryFilter {
  sort?: SortKey | undefined;
  limit?: number | undefined;
}

export interface SearchOptions extends EntryFilter {
  /** Default: by relevance. */
  sort?: SortKey | undefined;
  limit?: number | undefined;
}

/** The facets of an entry that the index keeps for filtering and sorting. */
export function facetsOf(meta: EntryMeta): EntryFacets {
  const facets: EntryFacets = { id: meta.id, title: meta.title, date: meta.date, tags: meta.tags };
  for (const key of ['created', 'hours', 'activity', 'template', 'author', 'visibility', 'status'] as const) {
    if (meta[key] !== undefined) (facets as unknown as Record<string, unknown>)[key] = meta[key];
  }
  return facets;
}

/** What the index is given for one entry file's text. */
export function indexDocumentOf(path: string, text: string): IndexDocument {
  const result = readEntry(path, text);
  if (!result.ok) return { ok: false, problem: result.problem };
  const { meta, frontMatter, body } = result.entry;
  const { terms, length } = termFrequencies({ title: meta.title, tags: meta.tags, body });
  return { ok: true, facets: facetsOf(meta), frontMatter, terms, length };
}

/**
 * An index held in memory for one call, used when the journal has no index of its own (the library API, tests):
 * every sync reads every file.
 */
class MemoryIndex implements EntryIndex {
  async sync(files: EntryFileInfo[], read: (file: EntryFileInfo) => Promise<IndexDocument>): Promise<IndexSnapshot> {
    const entries: IndexedEntry[] = [];
    const problems: EntryProblem[] = [];
    const postings = new Map<string, { entry: number; tf: number }[]>();
    for (const file of files) {
      const doc = await read(file);
      if (!doc.ok) {
        problems.push(doc.problem);
        continue;
      }
      const position = entries.length;
      entries.push({ path: file.path, size: file.size, mtimeMs: file.mtimeMs, meta: doc.facets, frontMatter: doc.frontMatter, length: doc.length });
      for (const [term, tf] of doc.terms) {
        const list = postings.get(term);
        if (list) list.push({ entry: position, tf });
        else postings.set(term, [{ entry: position, tf }]);
      }
    }
    return { entries, problems, postings: (term) => postings.get(term) ?? [] };
  }
}

const READ_CONCURRENCY = 32;

/** The journal: entries as files, read through an EntryStore and its index. Writing is EntryWriter's (entry-writer.ts). */
export class Journal {
  constructor(private readonly deps: JournalDeps) {}

  get root(): string {
    return this.deps.root;
  }

  get mode(): 'personal' | 'team' {
    return this.deps.mode;
  }

  now(): Date {
    return this.deps.clock.now();
  }

  newId(): string {
    return this.deps.ids.next(this.deps.clock.now());
  }

  /**
   * Brings the index up to date with the files and returns it, with the files the store refused (links, oversized)
   * among the problems. Without an index of its own, the journal reads every file into a throwaway one.
   */
  async sync(options: { rebuild?: boolean; onProgress?: (done: number, total: number) => void } = {}): Promise<IndexSnapshot> {
    const { files, problems } = await this.deps.store.list();
    const index = this.deps.index ?? new MemoryIndex();
    const snapshot = await index.sync(files, (file) => this.readForIndex(file), options);
    if (problems.length === 0) return snapshot;
    const all = [...problems, ...snapshot.problems].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { entries: snapshot.entries, problems: all, postings: (term) => snapshot.postings(term) };
  }

  private async readForIndex(file: EntryFileInfo): Promise<IndexDocument> {
    let text: string;
    try {
      text = await this.deps.store.read(file.path);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: { path: file.path, line: 1, message } };
    }
    return indexDocumentOf(file.path, text);
  }

  /** The entry an index row describes, without its body. */
  private summaryOf(indexed: IndexedEntry): EntrySummary | EntryProblem {
    const result = toEntry(indexed.path, { frontMatter: indexed.frontMatter, body: '', keyLines: {} });
    if (!result.ok) return result.problem;
    return { path: indexed.path, meta: result.entry.meta, frontMatter: result.entry.frontMatter };
  }

  /** The body of an indexed entry, read from its file; the whole entry is parsed again if the file just changed. */
  private async withBody(indexed: IndexedEntry, summary: EntrySummary): Promise<Entry | EntryProblem> {
    const text = await this.deps.store.read(indexed.path);
    const body = Buffer.byteLength(text, 'utf8') === indexed.size ? bodyOfEntryText(text) : undefined;
    if (body !== undefined) return { ...summary, body };
    const result = readEntry(indexed.path, text);
    return result.ok ? result.entry : result.problem;
  }

  /** Reads every entry file. A file that does not parse becomes a problem; the others still come back. */
  async scan(): Promise<Scan> {
    if (this.deps.index) {
      const snapshot = await this.sync();
      const { entries, problems } = await this.readBodies(snapshot.entries);
      return { entries, problems: [...snapshot.problems, ...problems].sort((a, b) => (a.path < b.path ? -1 : 1)) };
    }
    const { files, problems } = await this.deps.store.list();
    const entries: Entry[] = [];
    const all = [...problems];
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++];
        if (!file) break;
        const result = readEntry(file.path, await this.deps.store.read(file.path));
        if (result.ok) entries.push(result.entry);
        else all.push(result.problem);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
    all.sort((a, b) => a.path.localeCompare(b.path));
    return { entries, problems: all };
  }

  private async readBodies(indexed: IndexedEntry[]): Promise<Scan> {
    const entries: Entry[] = [];
    const problems: EntryProblem[] = [];
    let next = 0;
    const worker = async () => {
      while (next < indexed.length) {
        const row = indexed[next++] as IndexedEntry;
        const summary = this.summaryOf(row);
        const result = 'meta' in summary ? await this.withBody(row, summary) : summary;
        if ('meta' in result) entries.push(result);
        else problems.push(result);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, indexed.length) }, worker));
    return { entries, problems };
  }

  /**
   * Entries matching a filter, sorted (newest first by default) and limited, without their bodies: answered from
   * the index, so only new or changed files are read.
   */
  async query(options: ListOptions = {}): Promise<{ entries: EntrySummary[]; problems: EntryProblem[] }> {
    const { rows, problems } = this.select(await this.sync(), options);
    const entries: EntrySummary[] = [];
    for (const row of rows) {
      const summary = this.summaryOf(row);
      if ('meta' in summary) entries.push(summary);
      else problems.push(summary);
    }
    return { entries, problems };
  }

  /** The index rows a filter, sort and limit pick out. */
  private select(snapshot: IndexSnapshot, options: ListOptions): { rows: IndexedEntry[]; problems: EntryProblem[] } {
    let rows = sortEntries(
      snapshot.entries.filter((entry) => matchesFilter(entry, options)),
      options.sort,
    );
    if (options.limit !== undefined) rows = rows.slice(0, options.limit);
    return { rows, problems: [...snapshot.problems] };
  }

  /**
   * Full-text search over titles, tags and bodies: every word and "quoted phrase" of the query must match. Hits come
   * ranked by BM25 (title words count three times, tags twice), each with a snippet of its body around the match.
   */
  async search(query: string, options: SearchOptions = {}): Promise<{ hits: SearchHit[]; problems: EntryProblem[] }> {
    const clauses = parseQuery(query);
    const snapshot = await this.sync();
    const { entries } = snapshot;
    const terms = queryTerms(clauses);
    const lists = terms.map((term) => snapshot.postings(term));
    const problems = [...snapshot.problems];
    if (lists.some((list) => list.length === 0)) return { hits: [], problems };
    const averageLength = entries.reduce((sum, e) => sum + e.length, 0) / (entries.length || 1);
    // Intersect, rarest word first, scoring as we go.
    lists.sort((a, b) => a.length - b.length);
    let scores = new Map<number, number>();
    (lists[0] as { entry: number; tf: number }[]).forEach(({ entry, tf }) => {
      const e = entries[entry] as IndexedEntry;
      scores.set(entry, bm25(tf, lists[0]!.length, entries.length, e.length, averageLength));
    });
    for (const list of lists.slice(1)) {
      const next = new Map<number, number>();
      for (const { entry, tf } of list) {
        const score = scores.get(entry);
        if (score === undefined) continue;
        const e = entries[entry] as IndexedEntry;
        next.set(entry, score + bm25(tf, list.length, entries.length, e.length, averageLength));
      }
      scores = next;
    }
    let candidates = [...scores.keys()].map((i) => entries[i] as IndexedEntry).filter((e) => matchesFilter(e, options));
    const scoreOf = new Map<IndexedEntry, number>();
    for (const [position, score] of scores) scoreOf.set(entries[position] as IndexedEntry, score);
    const bodies = new Map<IndexedEntry, string>();
    const bodyOf = async (e: IndexedEntry) => {
      let body = bodies.get(e);
      if (body === undefined) {
        const text = await this.deps.store.read(e.path).catch(() => '');
        body = bodyOfEntryText(text) ?? '';
        bodies.set(e, body);
      }
      return body;
    };
    if (clauses.some((c) => c.kind === 'phrase')) {
      const kept: IndexedEntry[] = [];
      for (const e of candidates) {
        if (phrasesMatch(clauses, { title: e.meta.title, tags: e.meta.tags, body: await bodyOf(e) })) kept.push(e);
      }
      candidates = kept;
    }
    const byScore = (a: IndexedEntry, b: IndexedEntry) => (scoreOf.get(b) as number) - (scoreOf.get(a) as number);
    candidates = options.sort ? sortEntries(candidates, options.sort) : sortEntries(candidates).sort(byScore);
    if (options.limit !== undefined) candidates = candidates.slice(0, options.limit);
    const hits: SearchHit[] = [];
    for (const e of candidates) {
      const summary = this.summaryOf(e);
      if (!('meta' in summary)) {
        problems.push(summary);
        continue;
      }
      const score = Math.round((scoreOf.get(e) as number) * 1000) / 1000;
      hits.push({ entry: summary, score, snippet: snippetFor(clauses, await bodyOf(e)) });
    }
    return { hits, problems };
  }

  /** Reads every file again into a fresh index. */
  async reindex(onProgress?: (done: number, total: number) => void): Promise<IndexSnapshot> {
    return this.sync({ rebuild: true, onProgress });
  }

  /** Entries matching a filter, newest first unless another sort is asked for. */
  async list(options: ListOptions = {}): Promise<Scan> {
    if (this.deps.index) {
      const { rows, problems } = this.select(await this.sync(), options);
      const read = await this.readBodies(rows);
      const order = new Map(rows.map((e, i) => [e.path, i]));
      read.entries.sort((a, b) => (order.get(a.path) as number) - (order.get(b.path) as number));
      return { entries: read.entries, problems: [...problems, ...read.problems] };
    }
    const scan = await this.scan();
    let entries = sortEntries(
      scan.entries.filter((entry) => matchesFilter(entry, options)),
      options.sort,
    );
    if (options.limit !== undefined) entries = entries.slice(0, options.limit);
    return { entries, problems: scan.problems };
  }

  /**
   * One entry by a unique prefix of its id, its four-character short id, or its path (relative to the journal root).
   * Throws EntryNotFoundError, or UsageError when a prefix matches several entries.
   */
  async find(ref: string): Promise<Entry> {
    const wanted = ref.trim();
    if (!wanted) throw new UsageError('give an entry id (or the start of one) or a path');
    if (wanted.endsWith('.md') || wanted.includes('/')) {
      const rel = wanted.replace(/\\/g, '/').replace(/^\.\//, '');
      let text: string;
      try {
        text = await this.deps.store.read(rel);
      } catch (error) {
        throw new EntryNotFoundError(`no entry at ${rel}`, { hint: 'paths are relative to the journal folder', cause: error });
      }
      const result = readEntry(rel, text);
      if (!result.ok) throw new UsageError(`${result.problem.path}:${result.problem.line}: ${result.problem.message}`);
      return result.entry;
    }
    const { entries } = this.deps.index ? await this.sync() : await this.scan();
    const prefix = wanted.toUpperCase();
    let matches = entries.filter((entry) => entry.meta.id.startsWith(prefix));
    // The four characters at the end of a file name (and in `list`) identify an entry too.
    if (matches.length === 0 && prefix.length === 4) matches = entries.filter((entry) => entry.meta.id.endsWith(prefix));
    if (matches.length === 1) {
      const match = matches[0] as { path: string } | Entry;
      if ('body' in match) return match;
      // From the index: read the file itself, so what is shown is what is on disk now.
      const result = readEntry(match.path, await this.deps.store.read(match.path));
      if (!result.ok) throw new UsageError(`${result.problem.path}:${result.problem.line}: ${result.problem.message}`);
      return result.entry;
    }
    if (matches.length > 1) {
      throw new UsageError(`"${wanted}" matches ${matches.length} entries; give more characters of the id`, {
        hint: matches
          .slice(0, 5)
          .map((e) => `${e.meta.id}  ${e.meta.title}`)
          .join('\n'),
      });
    }
    throw new EntryNotFoundError(`no entry has an id starting "${wanted}"`, { hint: 'see the ids with `mindlines list --json`' });
  }

  /** The text of an entry file as it is on disk (journal-relative path). */
  async readText(path: string): Promise<string> {
    return this.deps.store.read(path);
  }
}
