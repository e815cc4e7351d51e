import { isConflictCopy, originalOfCopy } from './conflict-copy.js';
import type { EntryProblem } from '../entries/entry.js';
import type { ChangeKind, FileChange, Repository } from './repository.js';
import {
  ENTRY_FOLDER,
  SETUP_FILES,
  commitMessage,
  countEntryChanges,
  isSharedEntryPath,
  planCommit,
  planConflictCopies,
  type CandidateFile,
  type ConflictCopy,
  type ConflictSide,
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
  /** How many times to retry when someone pushed between our fetch and our push. */
  attempts?: number;
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
  received: { commits: number } & Record<ChangeKind, number>;
  /** Commits sent to the remote. */
  sent: number;
  /** Commits here that the remote does not have yet (after this sync). */
  waiting: number;
  conflicts: ConflictCopy[];
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
    received: { commits: 0, added: 0, modified: 0, deleted: 0 },
    sent: 0,
    waiting: 0,
    conflicts: [],
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
            const conflicts = await keepBothVersions(deps, head, remoteHead, base, untrackedSet);
            if (conflicts.length === 0) return { ...out, status: 'failed', detail: rebased.detail };
            addReceived(out, incoming, theirs);
            out.waiting = await countLocal(repo, remoteHead);
            return { ...out, status: 'conflict', conflicts };
          }
          out.stashConflict ||= rebased.stashConflict;
        }
        addReceived(out, incoming, theirs);
        head = await repo.resolve('HEAD');
      }
    }
    const ahead = head ? await repo.countCommits(remoteHead, head) : 0;
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
  out.received = {
    commits: out.received.commits + commits,
    added: out.received.added + counts.added,
    modified: out.received.modified + counts.modified,
    deleted: out.received.deleted + counts.deleted,
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

/**
 * The rebase stopped because both sides changed the same files (and was aborted). Keep both versions: ours stays in
 * place, committed on top of the team's history; theirs is saved beside it as a conflict copy. Nothing is sent
 * until the person has compared the two.
 */
async function keepBothVersions(
  deps: SyncDeps,
  head: string,
  remoteHead: string,
  base: string | undefined,
  untracked: Set<string>,
): Promise<ConflictCopy[]> {
  const { repo } = deps;
  const ours = await repo.diff(base, head);
  const theirPaths = new Set((await repo.diff(base, remoteHead)).map((change) => change.path));
  const sides: ConflictSide[] = [];
  for (const change of ours) {
    if (!theirPaths.has(change.path)) continue;
    sides.push({
      path: change.path,
      ours: await repo.show(head, change.path),
      theirs: await repo.show(remoteHead, change.path),
      author: await repo.lastAuthor(remoteHead, change.path),
    });
  }
  const copies = planConflictCopies(sides, (path) => untracked.has(path));
  if (copies.length === 0) return [];
  const written: string[] = [];
  try {
    for (const copy of copies) {
      const side = sides.find((s) => s.path === copy.path);
      if (copy.copy && side?.theirs !== undefined) {
        await deps.createFile(copy.copy, side.theirs);
        written.push(copy.copy);
      }
    }
    await repo.ignoreLocally(written);
    const counts = countEntryChanges(ours);
    const message =
      commitMessage({ added: counts.added, updated: counts.modified, removed: counts.deleted }) ?? 'mindlines: keep local changes';
    await repo.commitOnTopOf(remoteHead, base, message);
  } catch (error) {
    // The branch is as it was before the sync; the other side's versions are still in git, so the copies go and
    // the next sync starts over rather than finding copies of a conflict it never recorded.
    for (const copy of written) await deps.removeFile(copy).catch(() => undefined);
    throw error;
  }
  return copies;
}
