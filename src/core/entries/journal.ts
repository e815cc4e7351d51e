import { bodyOfEntryText } from '../../codecs/entry-file.js';
import { EntryNotFoundError, LockedFileError, StorageError, UsageError } from '../../errors.js';
import { idOfLockedPath, isLockedPath } from '../lock/locked-file.js';
import { lockedSnapshot, mergeSnapshots } from '../lock/locked-snapshot.js';
import type { LockedEntries, LockedFile } from '../lock/ports.js';
import { readEntry, toEntry, type Entry, type EntryHead, type EntryProblem } from './entry.js';
import { matchesFilter, sortEntries, type EntryFilter, type SortKey } from './filters.js';
import { mapLimit } from './map-limit.js';
import type { Clock, EntryFileInfo, EntryIndex, EntryStore, IdSource, IndexDocument, IndexedEntry, IndexSnapshot } from '../ports.js';
import { searchEntries, type SearchOptions } from '../search/entry-search.js';
import { indexDocumentOf } from '../search/index-document.js';
import { syncIndex, type SyncOptions } from '../search/index-sync.js';
import { parseQuery, type Snippet } from '../search/search-text.js';

export interface JournalDeps {
  root: string;
  mode: 'personal' | 'team';
  store: EntryStore;
  clock: Clock;
  ids: IdSource;
  /**
   * The index every read goes through: the file index in `.mindlines/`, or one held in memory when no file index
   * is wanted (the composition root decides).
   */
  index: EntryIndex;
  /** The entries stored encrypted (issue 18), read through their own port and never put in the index on disk. */
  locked?: LockedEntries | undefined;
}

/**
 * What a read needs of the locked entries: nothing, their front matter (kept in the clear, else decrypted), or
 * their whole text.
 */
export type LockedNeed = 'none' | 'head' | 'text';

/** An entry without its body: what `list` and `search` show, answered from the index without opening the file. */
export type EntrySummary = EntryHead;

/** One search result. */
export interface SearchHit {
  entry: EntrySummary;
  /** BM25 relevance: higher is better; only comparable within one search. */
  score: number;
  snippet: Snippet;
}

export type { SearchOptions };

export interface Scan {
  entries: Entry[];
  /** Files that could not be read as entries; reported, skipped, never rewritten. */
  problems: EntryProblem[];
}

export interface ListOptions extends EntryFilter {
  sort?: SortKey | undefined;
  limit?: number | undefined;
}

const READ_CONCURRENCY = 32;
const byPath = (a: EntryProblem, b: EntryProblem) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The journal: entries as files, read through an EntryIndex kept in line with them. Writing is EntryWriter's (entry-writer.ts). */
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
   * Brings the index up to date with the files and returns it; the files the store refused (links, oversized,
   * conflict copies) are among its problems.
   */
  async sync(options: SyncOptions & { locked?: LockedNeed } = {}): Promise<IndexSnapshot> {
    const indexed = await syncIndex(this.deps.index, this.deps.store, (file) => this.readForIndex(file), options);
    return this.withLocked(indexed, options.locked ?? 'text');
  }

  /**
   * Adds the locked entries this command can see, in memory: with their clear front matter when that is all that
   * is needed and the journal keeps it, else decrypted (the key is opened once per command). A locked entry that
   * also has a plain copy (a lock or unlock that was interrupted) is seen once, as the plain copy. One that cannot
   * be opened for want of a passphrase is left out and counted; one that fails authentication is a problem.
   */
  private async withLocked(snapshot: IndexSnapshot, need: LockedNeed): Promise<IndexSnapshot> {
    const locked = this.deps.locked;
    if (!locked || need === 'none') return snapshot;
    const files = await locked.list();
    if (files.length === 0) return snapshot;
    const plain = new Set(snapshot.entries.map((e) => e.meta.id));
    const docs: { file: LockedFile; size: number; doc: IndexDocument }[] = [];
    let withheld = 0;
    for (const file of files) {
      if (plain.has(file.id)) continue;
      const head = need === 'head' ? await locked.head(file.path) : undefined;
      if (head !== undefined) {
        docs.push({ file, size: file.size, doc: indexDocumentOf(file.path, head) });
        continue;
      }
      if (!locked.canOpen()) {
        withheld++;
        continue;
      }
      try {
        const text = await locked.read(file.path);
        docs.push({ file, size: Buffer.byteLength(text, 'utf8'), doc: indexDocumentOf(file.path, text) });
      } catch (error) {
        if (!(error instanceof LockedFileError)) throw error;
        docs.push({ file, size: file.size, doc: { ok: false, problem: { path: file.path, line: 1, message: error.reason } } });
      }
    }
    if (withheld > 0) locked.withheld(withheld);
    return mergeSnapshots(snapshot, lockedSnapshot(docs));
  }

  /** An entry file's text: a locked one decrypted (locked-file.ts), any other as it is on disk. */
  private readFile(path: string): Promise<string> {
    return this.deps.locked && isLockedPath(path) ? this.deps.locked.read(path) : this.deps.store.read(path);
  }

  private async readForIndex(file: EntryFileInfo): Promise<IndexDocument> {
    if (file.refused !== undefined) return { ok: false, problem: { path: file.path, line: 1, message: file.refused } };
    let read: { text: string; hash: string };
    try {
      read = await this.deps.store.readWithHash(file.path);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: { path: file.path, line: 1, message } };
    }
    return { ...indexDocumentOf(file.path, read.text), hash: read.hash };
  }

  /** The entry an index row describes, without its body. */
  private summaryOf(indexed: IndexedEntry): EntrySummary | EntryProblem {
    const result = toEntry(indexed.path, { frontMatter: indexed.frontMatter, body: '', keyLines: {} });
    if (!result.ok) return result.problem;
    return { path: indexed.path, meta: result.entry.meta, frontMatter: result.entry.frontMatter };
  }

  /** The body of an indexed entry, read from its file; the whole entry is parsed again if the file just changed. */
  private async withBody(indexed: IndexedEntry): Promise<Entry | EntryProblem> {
    const summary = this.summaryOf(indexed);
    if (!('meta' in summary)) return summary;
    const text = await this.readFile(indexed.path);
    const body = Buffer.byteLength(text, 'utf8') === indexed.size ? bodyOfEntryText(text) : undefined;
    if (body !== undefined) return { ...summary, body };
    const result = readEntry(indexed.path, text);
    return result.ok ? result.entry : result.problem;
  }

  /** Reads every entry file but the archived. A file that does not parse becomes a problem; the others still come back. */
  async scan(): Promise<Scan> {
    const snapshot = await this.sync({ locked: 'text' });
    // Archived entries are set aside: left out of everything that counts or lists (issue 17).
    const { entries, problems } = await this.readBodies(snapshot.entries.filter((entry) => entry.meta.status !== 'archived'));
    return { entries, problems: [...snapshot.problems, ...problems].sort(byPath) };
  }

  /** Whole entries, in the order of `indexed`. */
  private async readBodies(indexed: readonly IndexedEntry[]): Promise<Scan> {
    const read = await mapLimit(indexed, READ_CONCURRENCY, (row) => this.withBody(row));
    const entries: Entry[] = [];
    const problems: EntryProblem[] = [];
    for (const result of read) {
      if ('meta' in result) entries.push(result);
      else problems.push(result);
    }
    return { entries, problems };
  }

  /**
   * Entries matching a filter, sorted (newest first by default) and limited, without their bodies: answered from
   * the index, so only new or changed files are read.
   */
  async query(options: ListOptions = {}): Promise<{ entries: EntrySummary[]; problems: EntryProblem[] }> {
    const { rows, problems } = this.select(await this.sync({ locked: 'head' }), options);
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
   * Full-text search over titles, tags and bodies (search/entry-search.ts): every word and "quoted phrase" of the
   * query must match; hits come ranked by relevance, each with a snippet of its body around the match.
   */
  async search(query: string, options: SearchOptions = {}): Promise<{ hits: SearchHit[]; problems: EntryProblem[] }> {
    const clauses = parseQuery(query);
    const snapshot = await this.sync({ locked: 'text' });
    const problems = [...snapshot.problems];
    const bodyOf = async (e: IndexedEntry) => bodyOfEntryText(await this.readFile(e.path).catch(() => '')) ?? '';
    const hits: SearchHit[] = [];
    for (const { entry, score, snippet } of await searchEntries(snapshot, clauses, options, bodyOf)) {
      const summary = this.summaryOf(entry);
      if ('meta' in summary) hits.push({ entry: summary, score, snippet });
      else problems.push(summary);
    }
    return { hits, problems };
  }

  /** Reads every file again into a fresh index. */
  async reindex(onProgress?: (done: number, total: number) => void): Promise<IndexSnapshot> {
    return this.sync({ rebuild: true, onProgress, locked: 'none' });
  }

  /** Entries matching a filter, newest first unless another sort is asked for. */
  async list(options: ListOptions = {}): Promise<Scan> {
    const { rows, problems } = this.select(await this.sync({ locked: 'text' }), options);
    const read = await this.readBodies(rows);
    return { entries: read.entries, problems: [...problems, ...read.problems] };
  }

  /**
   * One entry by a unique prefix of its id, its four-character short id, or its path (relative to the journal root).
   * Throws EntryNotFoundError, or UsageError when a prefix matches several entries.
   */
  async find(ref: string): Promise<Entry> {
    return (await this.findIn(ref, () => this.sync({ locked: 'none' }))).entry;
  }

  /**
   * One entry (as `find`) and the entries linked with it: those its `builds_on` names and those whose `builds_on`
   * names it (back-links), found from the index's facets in the same sync, without the front matter of the others.
   */
  async findWithLinks(ref: string): Promise<{ entry: Entry; linked: EntrySummary[] }> {
    let synced: IndexSnapshot | undefined;
    const sync = async () => (synced ??= await this.sync({ locked: 'none' }));
    const { entry } = await this.findIn(ref, sync);
    // Locked entries link too: their front matter (in the clear, else decrypted) joins the same sync's rows.
    const snapshot = await this.withLocked(await sync(), 'head');
    const id = entry.meta.id;
    const named = new Set(entry.meta.builds_on.map((other) => other.toUpperCase()));
    const linked: EntrySummary[] = [];
    for (const row of snapshot.entries) {
      if (!named.has(row.meta.id) && !(row.meta.builds_on ?? []).some((other) => other.toUpperCase() === id)) continue;
      const summary = this.summaryOf(row);
      if ('meta' in summary) linked.push(summary);
    }
    return { entry, linked };
  }

  private async findIn(ref: string, sync: () => Promise<IndexSnapshot>): Promise<{ entry: Entry }> {
    const wanted = ref.trim();
    if (!wanted) throw new UsageError('give an entry id (or the start of one) or a path');
    if (wanted.endsWith('.md') || wanted.includes('/')) {
      const rel = wanted.replace(/\\/g, '/').replace(/^\.\//, '');
      let text: string;
      try {
        text = await this.readFile(rel);
      } catch (error) {
        // A path refused (a link leading outside the journal, not UTF-8) says why; only a missing file is "no entry".
        if (error instanceof StorageError) throw error;
        if (isLockedPath(rel) && idOfLockedPath(rel)) throw error;
        throw new EntryNotFoundError(`no entry at ${rel}`, { hint: 'paths are relative to the journal folder', cause: error });
      }
      const result = readEntry(rel, text);
      if (!result.ok) throw new UsageError(`${result.problem.path}:${result.problem.line}: ${result.problem.message}`);
      return { entry: result.entry };
    }
    // Locked entries are found by the id their file name holds: only the one asked for is decrypted.
    const { entries: indexed } = await sync();
    const plainIds = new Set(indexed.map((e) => e.meta.id));
    const lockedFiles = this.deps.locked ? (await this.deps.locked.list()).filter((f) => !plainIds.has(f.id)) : [];
    const entries: { path: string; meta: { id: string; title: string } }[] = [
      ...indexed,
      ...lockedFiles.map((f) => ({ path: f.path, meta: { id: f.id, title: '(locked)' } })),
    ];
    const prefix = wanted.toUpperCase();
    let matches = entries.filter((entry) => entry.meta.id.startsWith(prefix));
    // The four characters at the end of a file name (and in `list`) identify an entry too.
    if (matches.length === 0 && prefix.length === 4) matches = entries.filter((entry) => entry.meta.id.endsWith(prefix));
    if (matches.length === 1) {
      const match = matches[0] as { path: string };
      // Read the file itself, so what is shown is what is on disk now.
      const result = readEntry(match.path, await this.readFile(match.path));
      if (!result.ok) throw new UsageError(`${result.problem.path}:${result.problem.line}: ${result.problem.message}`);
      return { entry: result.entry };
    }
    if (matches.length > 1) {
      throw new UsageError(`"${wanted}" matches ${matches.length} entries; give more characters of the id`, {
        hint: matches
          .slice(0, 5)
          .map((e) => `${e.meta.id}  ${e.meta.title}`)
          .join('\n'),
      });
    }
    throw new EntryNotFoundError(`no entry has an id starting "${wanted}"`, { hint: 'see the ids with `mindlines list` (the id column)' });
  }

  /** The text of an entry file as it is on disk (journal-relative path). */
  async readText(path: string): Promise<string> {
    return this.readFile(path);
  }
}
