import { createHash } from 'node:crypto';
import { rewriteFrontMatter, serializeEntryText } from '../codecs/entry-file.js';
import { formatTimestamp } from '../codecs/dates.js';
import { EntryNotFoundError, UsageError } from '../errors.js';
import { readEntry, type Entry, type EntryProblem } from './entry.js';
import { entryPathFor } from './entry-path.js';
import { matchesFilter, sortEntries, type EntryFilter, type SortKey } from './filters.js';
import type { Clock, EntryStore, IdSource } from './ports.js';
import type { BuiltEntry } from './reflection.js';
import type { Visibility } from './vocabulary.js';

export interface JournalDeps {
  root: string;
  mode: 'personal' | 'team';
  store: EntryStore;
  clock: Clock;
  ids: IdSource;
}

export interface Scan {
  entries: Entry[];
  /** Files that could not be read as entries; reported, skipped, never rewritten. */
  problems: EntryProblem[];
}

/** An entry without its body. */
export type EntrySummary = Omit<Entry, 'body'>;

export interface ListOptions extends EntryFilter {
  sort?: SortKey;
  limit?: number | undefined;
}

const READ_CONCURRENCY = 32;

/** The journal: entries as files, read and written through an EntryStore. */
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

  /** Reads every entry file. A file that does not parse becomes a problem; the others still come back. */
  async scan(): Promise<Scan> {
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

  /** Entries matching a filter, newest first unless another sort is asked for. */
  async list(options: ListOptions = {}): Promise<Scan> {
    const scan = await this.scan();
    let entries = sortEntries(
      scan.entries.filter((entry) => matchesFilter(entry, options)),
      options.sort,
    );
    if (options.limit !== undefined) entries = entries.slice(0, options.limit);
    return { entries, problems: scan.problems };
  }

  /**
   * Entries matching a filter without their bodies (what the team digest and members need). Issue 4's index answers
   * this same call from `.mindlines/index.json`; until then it is a scan.
   */
  async query(options: ListOptions = {}): Promise<{ entries: EntrySummary[]; problems: EntryProblem[] }> {
    const { entries, problems } = await this.list(options);
    return { entries: entries.map(({ body: _body, ...summary }) => summary), problems };
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
    const { entries } = await this.scan();
    const prefix = wanted.toUpperCase();
    let matches = entries.filter((entry) => entry.meta.id.startsWith(prefix));
    // The four characters at the end of a file name (and in `list`) identify an entry too.
    if (matches.length === 0 && prefix.length === 4) matches = entries.filter((entry) => entry.meta.id.endsWith(prefix));
    if (matches.length === 1) return matches[0] as Entry;
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

  /** Writes a new entry file (never overwriting one) and returns the entry as read back from its text. */
  async create(built: BuiltEntry): Promise<Entry> {
    const fm = built.frontMatter;
    const folder = this.deps.mode === 'team' && fm.visibility === 'private' ? 'private' : 'entries';
    const path = entryPathFor(String(fm.date), String(fm.title), String(fm.id), folder);
    const text = serializeEntryText(fm, built.body);
    // Read our own output back before writing it, so a file we write always parses.
    const check = readEntry(path, text);
    if (!check.ok) throw new UsageError(`the new entry would not be valid: ${check.problem.message}`);
    await this.deps.store.create(path, text);
    return check.entry;
  }

  /**
   * Changes some front-matter keys of an entry in place, leaving every other byte as it was, and stamps `updated`.
   * Fails with a ConflictError if the file changed since it was read.
   */
  async updateFrontMatter(entry: Entry, changes: Record<string, unknown>): Promise<Entry> {
    const before = await this.deps.store.read(entry.path);
    const after = rewriteFrontMatter(before, { ...changes, updated: formatTimestamp(this.deps.clock.now()) });
    const check = readEntry(entry.path, after);
    if (!check.ok) throw new UsageError(`the change would leave ${entry.path} invalid: ${check.problem.message}`);
    await this.deps.store.replace(entry.path, after, before);
    return check.entry;
  }

  // guided reflection (issue 3): `edit` and `reflect` replace a whole entry text

  /** The text of an entry file as it is on disk (journal-relative path). */
  async readText(path: string): Promise<string> {
    return this.deps.store.read(path);
  }

  /**
   * Replaces the whole text of an entry (after `edit`, or a quick note grown by `reflect`), but only if the file
   * still has the SHA-256 `expectedHash` it had when the work started; otherwise a ConflictError, with the new
   * text saved beside the entry so nothing is lost. The new text must parse as an entry with the same id.
   */
  async replaceText(path: string, text: string, expectedHash: string): Promise<Entry> {
    const check = readEntry(path, text);
    if (!check.ok) throw new UsageError(`${path}:${check.problem.line}: ${check.problem.message}`);
    const before = await this.deps.store.read(path);
    const unchanged = createHash('sha256').update(before).digest('hex') === expectedHash;
    // The store compares the file with `expected` just before the rename; a text that cannot match makes it keep
    // the file, write our text beside it as a conflict copy, and throw.
    await this.deps.store.replace(path, text, unchanged ? before : `${before}\u0000changed`);
    return check.entry;
  }

  /** The folder an entry of this visibility belongs in: `private/` (git-ignored) for private entries in a team journal. */
  folderFor(visibility: Visibility | undefined): 'entries' | 'private' {
    return this.deps.mode === 'team' && visibility === 'private' ? 'private' : 'entries';
  }

  /**
   * Sets an entry's visibility (hash-checked, like every rewrite), then moves the file to the folder that
   * visibility belongs in: in a team journal a private entry lives under git-ignored `private/`, a team or public
   * one under `entries/`. Running it again on an entry in the wrong folder moves it.
   */
  async setVisibility(entry: Entry, visibility: Visibility): Promise<{ entry: Entry; changed: boolean; movedFrom?: string }> {
    let current = entry;
    const changed = entry.meta.visibility !== visibility;
    if (changed) current = await this.updateFrontMatter(entry, { visibility });
    const folder = this.folderFor(visibility);
    if (current.path.startsWith(`${folder}/`)) return { entry: current, changed };
    const target = entryPathFor(current.meta.date, current.meta.title, current.meta.id, folder);
    await this.deps.store.move(current.path, target);
    const moved = readEntry(target, await this.deps.store.read(target));
    if (!moved.ok) throw new UsageError(`${target}:${moved.problem.line}: ${moved.problem.message}`);
    return { entry: moved.entry, changed: true, movedFrom: current.path };
  }
}
