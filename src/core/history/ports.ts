/**
 * What `history`, `undo`, `delete` and the commit after each change need from git (issue 17). The adapter
 * (adapters/git-history.ts) runs the git command line; tests of the use-cases hand in a fake.
 */

/** One version of a file, or one change to the journal, as git recorded it. */
export interface Version {
  commit: string;
  /** ISO timestamp of the commit. */
  date: string;
  subject: string;
  /** The mindlines change it records (its trailer), or undefined for a commit someone else made. */
  change: string | undefined;
}

/** A commit with the files it touched, for `undo` to show before it reverts anything. */
export interface RecordedCommit extends Version {
  files: { status: 'added' | 'modified' | 'deleted' | 'renamed'; path: string }[];
}

/** Where a file stands in git. */
export type FileState = 'committed' | 'changed' | 'untracked';

/** Who a commit is by when git knows no one (a fresh machine): the registrant, at a made-up local address. */
export interface Identity {
  name: string;
  email: string;
}

export interface JournalHistory {
  /** Whether the journal folder is the top of its own git work tree (never commit into someone else's repository). */
  ownsRepository(): Promise<boolean>;
  /**
   * Stages exactly these journal-relative paths (new, changed or removed) and commits them, and nothing else; as
   * `fallback` when git has no identity of its own.
   */
  commit(paths: readonly string[], message: string, fallback: Identity): Promise<void>;
  fileState(path: string): Promise<FileState>;
  /** Versions of one file, following renames (newest first), or the journal's latest commits when no path is given. */
  versions(path: string | undefined, limit: number): Promise<Version[]>;
  /** The latest commit, or undefined in a repository with none. */
  head(): Promise<RecordedCommit | undefined>;
  /** Reverts a commit with a new commit carrying `message`; a GitError when it cannot (e.g. local edits in the way). */
  revert(commit: string, message: string, fallback: Identity): Promise<void>;
}
