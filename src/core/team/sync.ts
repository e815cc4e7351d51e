import { isConflictCopy, originalOfCopy } from './conflict-copy.js';
import type { EntryProblem } from '../entries/entry.js';
import type { ChangeKind, FileChange, Repository } from './repository.js';
import { keepBothVersions, type MergedEntry } from './sync-conflicts.js';
import {
  ENTRY_FOLDER,
  SETUP_FILES,
  countEntryChanges,
  countRenames,
  isSharedEntryPath,
  planCommit,
  type CandidateFile,
  type ConflictCopy,
  type PrivacyFinding,
  type PrivacyScan,
} from './sync-plan.js';

/**
 * `sync`: commit new and changed entries, bring in the team's, send ours. Git is reached only through the
 * Repository port, so every branch of this (offline, no remote, push refused, both sides changed an entry) is
 * tested without a network, and once more against real git.
 */

export interface SyncDeps {
  repo: Repository;
  mode: 'personal' | 'team';
  /** Loads the privacy scanner (a large module: loaded only when there are entries to check). */
  scanner: () => Promise<PrivacyScan>;
  /** Reads a file of the journal (journal-relative path). */
  readFile(path: string): Promise<string>;
  /** Creates a file that must not exist yet (a conflict copy). */
  createFile(path: string, text: string): Promise<void>;
  /** Removes a file this sync created (a conflict copy, when the sync could not finish keeping both versions). */
  removeFile(path: string): Promise<void>;
  /**
   * Entry ids that more than one shared entry file holds (journal-relative paths), as the journal is now. A sync
   * never shares two files with one id (issue 14: `check` then failed on every clone and CPD hours counted twice).
   */
  duplicateIds?: () => Promise<DuplicateId[]>;
  /** How many times to retry when someone pushed between our fetch and our push. */
  attempts?: number;
}

export interface DuplicateId {
  id: string;
  paths: string[];
}

export type SyncStatus =
  /** Everything committed, received and sent (or there was nothing to do). */
  | 'synced'
  /** Committed here; the repository has no remote to share with. */
  | 'no-remote'
  /** Committed here; the remote could not be reached. The next sync sends it. */
  | 'offline'
  /** Committed here; the remote refused the push. */
  | 'rejected'
  /** Both sides changed the same files: theirs saved beside ours; nothing sent until resolved. */
  | 'conflict'
  /** Git could not bring in the team's changes for another reason (nothing was left half-done). */
  | 'failed'
  /** Nothing done: changed entries hold identifiers or do not parse. */
  | 'blocked'
  /** Nothing done: conflict copies from an earlier sync are still there. */
  | 'unresolved'
  /** Nothing sent: two entry files hold one id (resolve with `mindlines resolve ID --keep PATH`). */
  | 'duplicates'
  /** Nothing done: the journal is not in a git repository. */
  | 'not-a-repository'
  /** Nothing done: a rebase or merge someone started is still in progress. */
  | 'in-progress'
  /** Nothing done: HEAD is not on a branch. */
  | 'detached';

export interface SyncOutcome {
  status: SyncStatus;
  remote: string | undefined;
  branch: string | undefined;
  committed: { commit: string; message: string; added: string[]; updated: string[]; removed: string[]; setup: string[] } | undefined;
  /** Private entries of a team journal, left on this computer. */
  keptPrivate: string[];
  /** What the team sent: entries added, changed, removed, and renamed (an added and a removed file of one entry). */
  received: { commits: number; renamed: number } & Record<ChangeKind, number>;
  /** Commits sent to the remote. */
  sent: number;
  /** Commits here that the remote does not have yet (after this sync). */
  waiting: number;
  conflicts: ConflictCopy[];
  /** Entries both sides changed that were merged into one (a rename on one side, an edit on the other). */
  merged: MergedEntry[];
  /** Entry ids held by more than one file (status `duplicates`). */
  duplicates: DuplicateId[];
  /** Unresolved copies found before starting (status `unresolved`). */
  unresolved: { copy: string; original: string }[];
  problems: EntryProblem[];
  findings: PrivacyFinding[];
  /** Our own untracked setup files moved out of the way of the team's (only when they differed). */
  setAside: { path: string; to: string }[];
  /** Uncommitted changes could not be put back cleanly after the rebase; git keeps them in its stash. */
  stashConflict: boolean;
  operation: string | undefined;
  /** Git's own words, for offline / rejected / failed. */
  detail: string | undefined;
}

function emptyOutcome(status: SyncStatus): SyncOutcome {
  return {
    status,
    remote: undefined,
    branch: undefined,
    committed: undefined,
    keptPrivate: [],
    received: { commits: 0, added: 0, modified: 0, deleted: 0, renamed: 0 },
    sent: 0,
    waiting: 0,
    conflicts: [],
    merged: [],
    duplicates: [],
    unresolved: [],
    problems: [],
    findings: [],
    setAside: [],
    stashConflict: false,
    operation: undefined,
    detail: undefined,
  };
}

/** Runs one sync. Never throws for the expected situations: the outcome says what happened. */
export async function syncJournal(deps: SyncDeps): Promise<SyncOutcome> {
  const { repo } = deps;
  const state = await repo.state();
  if (!state.isRepository) return emptyOutcome('not-a-repository');
  if (state.inProgress) return { ...emptyOutcome('in-progress'), operation: state.inProgress };
  if (!state.branch) return emptyOutcome('detached');
  const out = emptyOutcome('synced');
  out.branch = state.branch;

  const untracked = await repo.untracked();
  const copies = untracked.filter((path) => !path.endsWith('/') && isConflictCopy(path));
  if (copies.length > 0) {
    return {
      ...out,
      status: 'unresolved',
      unresolved: copies.sort().map((copy) => ({ copy, original: originalOfCopy(copy) as string })),
    };
  }

  const remotes = await repo.remotes();
  const upstream = await repo.upstream();
  const remote = upstream?.remote ?? (remotes.includes('origin') ? 'origin' : remotes[0]);
  const remoteBranch = upstream?.branch ?? state.branch;
  const remoteRef = remote ? `refs/remotes/${remote}/${remoteBranch}` : undefined;
  out.remote = remote;
  let reachable = true;
  if (remote) {
    const fetched = await repo.fetch(remote);
    if (!fetched.ok) {
      reachable = false;
      out.detail = fetched.detail;
    }
  }

  // What to commit. Setup files are shared only when the team does not have them yet.
  const knownRemoteHead = remoteRef ? await repo.resolve(remoteRef) : undefined;
  const untrackedSet = new Set(untracked);
  const setupToShare: string[] = [];
  const setupTheirs: string[] = [];
  for (const file of SETUP_FILES) {
    if (!untrackedSet.has(file)) continue;
    if (!remote) setupToShare.push(file);
    else if (knownRemoteHead) {
      if ((await repo.show(knownRemoteHead, file)) === undefined) setupToShare.push(file);
      else setupTheirs.push(file);
    } else if (reachable) setupToShare.push(file);
  }
  const duplicatesBefore = (await deps.duplicateIds?.()) ?? [];
  if (duplicatesBefore.length > 0) return { ...out, status: 'duplicates', duplicates: duplicatesBefore };
  const changes = (await repo.changes(ENTRY_FOLDER)).filter((change) => isSharedEntryPath(change.path));
  const candidates: CandidateFile[] = await Promise.all(
    changes.map(async (change) => (change.change === 'deleted' ? change : { ...change, text: await deps.readFile(change.path) })),
  );
  const scan = candidates.some((c) => c.change !== 'deleted') ? await deps.scanner() : () => [];
  const plan = planCommit(candidates, setupToShare, { mode: deps.mode, scan });
  out.keptPrivate = plan.keptPrivate;
  if (plan.problems.length > 0 || plan.findings.length > 0) {
    return { ...out, status: 'blocked', problems: plan.problems, findings: plan.findings };
  }
  if (plan.message) {
    const commit = await repo.commit(plan.stage, plan.message);
    out.committed = { commit, message: plan.message, added: plan.added, updated: plan.updated, removed: plan.removed, setup: plan.setup };
  }

  if (!remote || !remoteRef) {
    out.waiting = await countLocal(repo, undefined);
    return { ...out, status: 'no-remote' };
  }
  if (!reachable) {
    out.waiting = await countLocal(repo, knownRemoteHead);
    return { ...out, status: 'offline' };
  }

  const attempts = deps.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    const remoteHead = await repo.resolve(remoteRef);
    let head = await repo.resolve('HEAD');
    if (remoteHead && remoteHead !== head) {
      const base = head ? await repo.mergeBase(head, remoteHead) : undefined;
      const incoming = await repo.countCommits(head, remoteHead);
      if (incoming > 0) {
        const theirs = await repo.diff(base, remoteHead);
        if (attempt === 1) out.setAside = await clearTheWay(deps, setupTheirs, remoteHead);
        if (!head) {
          await repo.adopt(remoteRef);
        } else {
          const rebased = await repo.rebase(remoteRef);
          if (!rebased.ok) {
            if (rebased.conflicts.length === 0) return { ...out, status: 'failed', detail: rebased.detail };
            const resolution = await keepBothVersions(deps, head, remoteHead, base, untrackedSet);
            if (resolution.conflicts.length === 0 && resolution.merged.length === 0) return { ...out, status: 'failed', detail: rebased.detail };
            out.merged.push(...resolution.merged);
            if (resolution.conflicts.length > 0) {
              addReceived(out, incoming, theirs);
              out.waiting = await countLocal(repo, remoteHead);
              return { ...out, status: 'conflict', conflicts: resolution.conflicts };
            }
            // Every entry both sides changed merged cleanly: carry on and send the result.
          } else out.stashConflict ||= rebased.stashConflict;
        }
        addReceived(out, incoming, theirs);
        head = await repo.resolve('HEAD');
      }
    }
    const ahead = head ? await repo.countCommits(remoteHead, head) : 0;
    // The last look before sending: never two files with one id (a rename and a copy that crossed, or a duplicate
    // someone else shared, which is then reported so it gets resolved).
    const duplicates = (await deps.duplicateIds?.()) ?? [];
    if (duplicates.length > 0) {
      out.waiting = ahead;
      return { ...out, status: 'duplicates', duplicates };
    }
    if (ahead === 0) return out;
    const pushed = await repo.push(remote, remoteBranch, upstream === undefined);
    if (pushed.ok) {
      out.sent += ahead;
      return out;
    }
    if (pushed.reason === 'out-of-date' && attempt < attempts) {
      const again = await repo.fetch(remote);
      if (again.ok) continue;
      out.waiting = ahead;
      return { ...out, status: 'offline', detail: again.detail };
    }
    out.waiting = ahead;
    out.detail = pushed.detail;
    return { ...out, status: pushed.reason === 'unreachable' ? 'offline' : 'rejected' };
  }
}

async function countLocal(repo: Repository, remoteHead: string | undefined): Promise<number> {
  const head = await repo.resolve('HEAD');
  return head ? repo.countCommits(remoteHead, head) : 0;
}

function addReceived(out: SyncOutcome, commits: number, theirs: FileChange[]): void {
  const counts = countEntryChanges(theirs);
  const renamed = countRenames(theirs);
  out.received = {
    commits: out.received.commits + commits,
    added: out.received.added + counts.added - renamed,
    modified: out.received.modified + counts.modified,
    deleted: out.received.deleted + counts.deleted - renamed,
    renamed: out.received.renamed + renamed,
  };
}

/**
 * Our untracked setup files (mindlines.yaml…) stand where the team's are about to be checked out: git refuses to
 * overwrite them. Identical ones simply make way; different ones are kept in `.mindlines/set-aside/`.
 */
async function clearTheWay(deps: SyncDeps, files: string[], remoteHead: string): Promise<{ path: string; to: string }[]> {
  if (files.length === 0) return [];
  const keep: boolean[] = [];
  for (const file of files) {
    const ours = await deps.readFile(file).catch(() => undefined);
    keep.push(ours !== (await deps.repo.show(remoteHead, file)));
  }
  const moved = await deps.repo.setAside(files.map((path, i) => ({ path, keep: keep[i] as boolean })));
  return moved.filter((item): item is { path: string; to: string } => item.to !== undefined);
}
