/**
 * The version-control port `sync` and `team members` need. Paths are relative to the journal root with forward
 * slashes (the journal may sit in a sub-folder of a repository). The git adapter is `adapters/git-repository.ts`;
 * unit tests use an in-memory fake.
 */

export type ChangeKind = 'added' | 'modified' | 'deleted';

export interface FileChange {
  path: string;
  change: ChangeKind;
}

export interface RepositoryState {
  /** False when the journal is not inside a git work tree. */
  isRepository: boolean;
  /** The current branch; undefined on a detached HEAD. */
  branch: string | undefined;
  /** True before the first commit. */
  unborn: boolean;
  /** An operation a person (or a crash) left half-done. */
  inProgress: 'rebase' | 'merge' | 'cherry-pick' | 'revert' | undefined;
}

export interface Upstream {
  remote: string;
  branch: string;
}

/** The result of talking to a remote. `unreachable`: offline, no such host, no such path, no permission. */
export type RemoteResult =
  | { ok: true }
  | { ok: false; reason: 'unreachable' | 'rejected' | 'out-of-date'; detail: string };

export type RebaseResult =
  | { ok: true; stashConflict: boolean }
  /** Both sides changed `conflicts`; the rebase was aborted, the branch is as it was before. */
  | { ok: false; conflicts: string[]; detail: string }
  /** Git refused to start or finish for another reason; aborted likewise. */
  | { ok: false; conflicts: []; detail: string };

export interface CommitAuthor {
  name: string;
  email: string;
  /** ISO timestamp of the author's latest commit. */
  last: string;
  commits: number;
}

export interface Repository {
  state(): Promise<RepositoryState>;
  /** Uncommitted changes (untracked files included) under a journal folder such as `entries`. */
  changes(folder: string): Promise<FileChange[]>;
  /** Files in the journal that git does not track, ignored ones included; wholly untracked folders as `dir/`. */
  untracked(): Promise<string[]>;
  /** Stages exactly `paths` (additions, changes and removals) and commits them, nothing else. Returns the commit id. */
  commit(paths: string[], message: string): Promise<string>;
  remotes(): Promise<string[]>;
  upstream(): Promise<Upstream | undefined>;
  fetch(remote: string): Promise<RemoteResult>;
  /** The commit id a ref names, or undefined. */
  resolve(ref: string): Promise<string | undefined>;
  /** How many commits are reachable from `to` but not from `from` (all of them when `from` is undefined). */
  countCommits(from: string | undefined, to: string): Promise<number>;
  /** The files that differ between two commits (`from` undefined: everything in `to`), within the journal. */
  diff(from: string | undefined, to: string): Promise<FileChange[]>;
  /** A file's text at a commit, or undefined when it is not there. */
  show(ref: string, path: string): Promise<string | undefined>;
  /** The name of the last author who changed `path` in the commits reachable from `ref`. */
  lastAuthor(ref: string, path: string): Promise<string | undefined>;
  /** The common ancestor of two commits, or undefined for unrelated histories. */
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /**
   * Replays local commits onto `onto`, stashing and restoring uncommitted changes (autostash). Never leaves a rebase
   * in progress: on any failure it aborts and reports.
   */
  rebase(onto: string): Promise<RebaseResult>;
  /** Before the first commit: takes `ref` as the current branch's history and checks it out. */
  adopt(ref: string): Promise<void>;
  /**
   * Makes one commit on top of `onto` holding every change made locally since `base` (ours wins where both sides
   * changed a file), then `overrides` over those (a merged entry's text, or `undefined` to remove a file), and
   * moves the branch and working tree to it, keeping uncommitted changes.
   */
  commitOnTopOf(onto: string, base: string | undefined, message: string, overrides?: { path: string; text: string | undefined }[]): Promise<string>;
  /** Sends the current branch to `remote` as `branch`; `track` records it as the upstream. */
  push(remote: string, branch: string, track: boolean): Promise<RemoteResult>;
  /**
   * Moves untracked files out of git's way: kept in the machine-local `.mindlines/set-aside/` when `keep`, else
   * removed (they equal what git is about to write). Returns where each kept one went.
   */
  setAside(files: { path: string; keep: boolean }[]): Promise<{ path: string; to: string | undefined }[]>;
  /** Keeps paths out of commits on this computer only (git's info/exclude), unless already ignored. */
  ignoreLocally(paths: string[]): Promise<void>;
  /** Everyone who committed changes to the journal's entries, newest first. */
  authors(): Promise<CommitAuthor[]>;
}
