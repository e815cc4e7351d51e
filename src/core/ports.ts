import type { EntryMeta, EntryProblem } from './entries/entry.js';
import type { CheckProblem } from './entries/journal-check.js';
import type { Finding } from './privacy/kinds.js';

/** An entry file as seen on disk, before it is read. */
export interface EntryFileInfo {
  /** Relative to the journal root, forward slashes. */
  path: string;
  size: number;
  mtimeMs: number;
  /**
   * A fingerprint of the file's bytes, when they were read for it: what tells an edit apart from the file the
   * index holds when the size and modification time are the same (an edit within one tick of the clock).
   */
  hash?: string | undefined;
  /** Why the file is not read as an entry (a link, too large, a conflict copy); such a file is reported, never read. */
  refused?: string | undefined;
}

/** A folder as a listing saw it: adding, removing or renaming a file in it changes its times. */
export interface FolderStamp {
  /** Relative to the journal root, forward slashes. */
  path: string;
  mtimeMs: number;
  ctimeMs: number;
}

/** Where a full listing of the entry files stood: the index keeps it, so the next check can skip what is unchanged. */
export interface ListingStamp {
  /** When the listing began (ms since the epoch): a file or folder changed after this has newer times. */
  at: number;
  /** Every folder the listing walked. */
  folders: FolderStamp[];
}

/** A full listing of the entry files (refused ones included, with why), and its stamp. */
export interface EntryListing {
  files: EntryFileInfo[];
  stamp: ListingStamp;
}

/** What an index holds, as the store's check for changes needs it. */
export interface HeldListing {
  stamp: ListingStamp;
  /** What the index holds at a path. */
  file(path: string): EntryFileInfo | undefined;
  /** The names of the files the index holds directly in a folder. */
  namesIn(folder: string): string[];
  /** Every file the index holds. */
  files(): readonly EntryFileInfo[];
}

/** Where entry files live. The files are the source of truth; everything else can be rebuilt from them. */
export interface EntryStore {
  /** Every entry file under `entries/` (and `private/`), plus the files that were refused (links, oversized). */
  list(): Promise<{ files: EntryFileInfo[]; problems: EntryProblem[] }>;
  /**
   * For the index: `unchanged` when the files are still what `held` describes (checked without looking at every
   * file: folder times, and the files changed since the listing), else a full listing. Without `held`, a full listing.
   */
  refresh(held?: HeldListing): Promise<EntryListing | 'unchanged'>;
  read(path: string): Promise<string>;
  /** A file's text and the fingerprint of its bytes (EntryFileInfo.hash), read once. */
  readWithHash(path: string): Promise<{ text: string; hash: string }>;
  /** Creates a file that must not exist yet: temp file, fsync, then an exclusive link into place. */
  create(path: string, text: string): Promise<void>;
  /**
   * Replaces a file atomically, but only if it still holds `expected` (the text it was read with); otherwise a
   * ConflictError, and the new text is saved beside it so nothing is lost.
   */
  replace(path: string, text: string, expected: string): Promise<void>;
  /** Moves a file (visibility changes). Refuses to overwrite. */
  move(from: string, to: string): Promise<void>;
  /** Removes a file; nothing happens when it is already gone. */
  remove(path: string): Promise<void>;
  /**
   * Runs `work` holding the entry's lock (by id, so a rename does not escape it): one read-modify-write of an entry
   * at a time across processes, and none while a sync holds the journal. `work` must read the file afresh.
   */
  lockEntry<T>(id: string, work: () => Promise<T>): Promise<T>;
  /** Runs `work` holding the whole journal (`sync`): after any other sync, and once no entry change is under way. */
  lockJournal<T>(work: () => Promise<T>): Promise<T>;
}

/** Who holds an inter-process lock (a journal's entry, sync or index lock), as written in its lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO timestamp the lock was taken. */
  since: string;
  /** What the holder is doing: "sync", "changing an entry", "updating the index". */
  what: string;
  /** Tells this taking of the lock from any other, so a release never removes someone else's lock. */
  nonce: string;
  /** When the holding process started (where the system says), so a reused pid is not taken for the holder. */
  start?: string;
}

/**
 * Something a command should tell the person while it works, though nothing failed: a wait for another mindlines,
 * a lock taken over from one that died, an index kept in memory because the disk cannot take it, files rescued
 * after a crash. Adapters report these; the command line prints them on stderr (ui/messages/reliability.ts).
 */
export type JournalNotice =
  | { kind: 'waiting'; lock: 'entry' | 'sync' | 'index'; holder: LockHolder | undefined }
  | { kind: 'lock-taken-over'; lock: 'entry' | 'sync' | 'index'; holder: LockHolder }
  | { kind: 'index-in-memory'; folder: string; code: string }
  | { kind: 'debris'; rescued: string[]; removed: number };

export type Notify = (notice: JournalNotice) => void;

/**
 * Text kept after something went wrong, so nothing typed is lost: an editor's text after a crash or a failed
 * editor, or the whole new text of an entry whose write was killed before it reached its place.
 */
export interface RescuedText {
  /** How to name it to `recover`: the name of its folder. */
  ref: string;
  kind: 'editor' | 'interrupted-write';
  /** Journal-relative path of the kept text. */
  file: string;
  /** Journal-relative path of the entry it was going to become, when known. */
  origin?: string | undefined;
  /** ISO timestamp it was kept. */
  saved: string;
  size: number;
}

/** A private part of the journal that other users of the computer can read (or, for a folder, list or enter). */
export interface Exposure {
  /** Journal-relative; a folder ends with `/`. */
  path: string;
  /** Its permission bits, e.g. 0o755. */
  mode: number;
}

/** Who may read the journal's private parts: entries, private/, .mindlines/ and git's own folder. */
export interface FileModes {
  /** What other users can reach and read now (nothing inside a folder they cannot enter). */
  exposed(): Promise<Exposure[]>;
  /** Makes those parts owner-only (folders 0700, files 0600); returns what was changed. */
  tighten(): Promise<Exposure[]>;
}

/** Where rescued text is kept (`.mindlines/rescued/`): listed by status and the home menu, restored by `recover`. */
export interface RescueArea {
  /** Oldest first. */
  list(): Promise<RescuedText[]>;
  read(ref: string): Promise<string>;
  /** Removes it (after it was restored, or when the person says it is not needed). */
  discard(ref: string): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export interface IdSource {
  next(now: Date): string;
}

/**
 * The parts of an entry's front matter that filters, sorting and links look at, kept in the index for every entry.
 * `builds_on` is there so back-links are found without decoding every entry's front matter.
 */
export type EntryFacets = Pick<
  EntryMeta,
  'id' | 'title' | 'date' | 'created' | 'hours' | 'activity' | 'template' | 'author' | 'visibility' | 'status' | 'tags'
> &
  Partial<Pick<EntryMeta, 'builds_on'>>;

/** What the index is given for one file: a readable entry with its words, or why it could not be read. */
export type IndexDocument = (
  | {
      ok: true;
      facets: EntryFacets;
      frontMatter: Record<string, unknown>;
      /** Weighted term frequencies (search-text.ts). */
      terms: Map<string, number>;
      length: number;
    }
  | { ok: false; problem: EntryProblem }
) & {
  /** The fingerprint of the bytes read (EntryFileInfo.hash). */
  hash?: string | undefined;
};

/** An entry as the index knows it: enough to filter, sort, rank and print it without opening the file. */
export interface IndexedEntry {
  path: string;
  size: number;
  mtimeMs: number;
  meta: EntryFacets;
  /** The front matter as read (decoded on first use). */
  readonly frontMatter: Record<string, unknown>;
  /** Weighted number of words, for ranking. */
  length: number;
}

/** The index after a sync: every entry that parsed, every file that did not, and the words of all of them. */
export interface IndexSnapshot {
  entries: IndexedEntry[];
  problems: EntryProblem[];
  /**
   * Names this state of the index: it changes whenever any file's row does, so a result worked out over every
   * file can be kept against it (the privacy check of an unchanged journal). Undefined when the index cannot say.
   */
  state?: string | undefined;
  /** Every file the index holds (entries, files that did not parse, refused files), with fingerprints. */
  files?(): readonly EntryFileInfo[];
  /** Where a word appears: positions in `entries` and its weighted frequency there. Unknown words give []. */
  postings(term: string): { entry: number; tf: number }[];
}

/**
 * What brings an index in line with the files, computed in core (search/index-diff.ts) and stored by the index:
 * the new and changed files with what was read from them, and the paths of files that are gone.
 */
export interface IndexChanges {
  /**
   * New files, and changed ones (replacing what the index held at their path), in the listing's order. Each is
   * read (`read`) only as the index stores it, one at a time, so a cold build of 50,000 entries never holds the
   * words of all of them at once.
   */
  put: EntryFileInfo[];
  read(file: EntryFileInfo): Promise<IndexDocument>;
  /** Paths the index holds whose files are gone. */
  removed: string[];
  /** The listing these changes bring the index in line with. */
  stamp: ListingStamp;
  /** Told after each file is stored. */
  onStored?: ((done: number, total: number) => void) | undefined;
}

/** An index as stored, read without waiting for anyone. */
export interface StoredIndex {
  /** Every file the index holds (entries, files that did not parse, refused files) and the listing they came from. */
  held: HeldListing;
  snapshot(): IndexSnapshot;
}

/**
 * A disposable, machine-local cache of the entry files that makes `list` and `search` fast. The files stay the
 * source of truth: core compares the index with them (by path, size and modification time) before every read and
 * hands it the changes; anything wrong with a stored index (missing, truncated, another version) means it is
 * rebuilt from the files. Like zk's note index: core decides what changed, the index stores it.
 */
export interface EntryIndex {
  /** The index as stored, or undefined when there is none or it cannot be used (which means: rebuild it). */
  read(): Promise<StoredIndex | undefined>;
  /**
   * Changes the index, one process at a time: `plan` is handed the files the index holds at that moment (none when
   * `rebuild` is asked for, or when what is stored cannot be used) and returns the changes to store. Returns the
   * index as it then is.
   */
  update(plan: (held: readonly EntryFileInfo[]) => Promise<IndexChanges>, options?: { rebuild?: boolean }): Promise<IndexSnapshot>;
}

/** What `check` worked out for one entry file: the identifiers in it, its problems, and what it says of itself. */
export interface FileCheck {
  problems: Omit<CheckProblem, 'file'>[];
  /** The entry's id and visibility, when it parses (for duplicate ids and private entries). */
  id?: string | undefined;
  visibility?: string | undefined;
  /** A file the store refuses to read (a link, too large, a conflict copy): reported, not counted as checked. */
  refused?: boolean | undefined;
  /** What check's counting warnings and attachment check need of the entry, when it parses (app/check.ts). */
  counting?: CountingFacts | undefined;
}

/**
 * An entry's facets that decide how a profile counts it (issue 12), the attachments it records (issue 18), and the
 * lines their keys are on: enough to warn and to check attachments without reading the file again.
 */
export interface CountingFacts {
  status?: string | undefined;
  activity?: string | undefined;
  template?: string | undefined;
  hours?: number | undefined;
  participatory?: number | boolean | undefined;
  attachments?: unknown;
  lines: { activity: number; participatory: number; attachments: number };
}

/** What is kept for one file's text (by its fingerprint): the scanner's findings, and check's results if it ran. */
export interface CachedScan {
  findings: Omit<Finding, 'file'>[];
  check?: FileCheck | undefined;
}

/**
 * The identifier scanner's results per file text, kept between commands (in the journal's machine-local folder) and
 * keyed by the text's fingerprint and the scanner's identity (its version and the journal's privacy settings), so
 * `check`, `sync` and exports scan only what changed since.
 */
export interface ScanCache {
  /** The fingerprint a text is kept under (EntryFileInfo.hash, for the same bytes). */
  fingerprint(text: string): string;
  get(path: string, hash: string): CachedScan | undefined;
  set(path: string, hash: string, value: CachedScan): void;
  /** The index state (IndexSnapshot.state) the whole journal was last checked at; the cache then holds its files. */
  checkedState(): string | undefined;
  /** Every file kept, with the fingerprint its results are for. */
  files(): { path: string; hash: string }[];
  /**
   * Writes what changed. `checked`: a check of the whole journal at this index state, over these files (every other
   * file is forgotten).
   */
  save(checked?: { state: string; files: ReadonlySet<string> }): Promise<void>;
}
