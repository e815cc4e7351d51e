import type { EntryProblem } from './entry.js';

/** An entry file as seen on disk, before it is read. */
export interface EntryFileInfo {
  /** Relative to the journal root, forward slashes. */
  path: string;
  size: number;
  mtimeMs: number;
}

/** Where entry files live. The files are the source of truth; everything else can be rebuilt from them. */
export interface EntryStore {
  /** Every entry file under `entries/` (and `private/`), plus the files that were refused (links, oversized). */
  list(): Promise<{ files: EntryFileInfo[]; problems: EntryProblem[] }>;
  read(path: string): Promise<string>;
  /** Creates a file that must not exist yet: temp file, fsync, then an exclusive link into place. */
  create(path: string, text: string): Promise<void>;
  /**
   * Replaces a file atomically, but only if it still holds `expected` (the text it was read with); otherwise a
   * ConflictError, and the new text is saved beside it so nothing is lost.
   */
  replace(path: string, text: string, expected: string): Promise<void>;
  /** Moves a file (visibility changes). Refuses to overwrite. */
  move(from: string, to: string): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export interface IdSource {
  next(now: Date): string;
}
