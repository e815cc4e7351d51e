import { syncNow, type SyncOptions } from '../app/sync.js';
import type { Context } from '../container.js';
import type { SyncOutcome } from '../core/team/sync.js';
import { GitError, PiiFoundError } from '../errors.js';
import { messages } from '../ui/messages.js';

/** `mindlines sync`: commit new and changed entries, pull the team's with rebase, push ours. */
export async function runSync(opts: SyncOptions, ctx: Context): Promise<void> {
  const outcome = await syncNow(ctx, opts);
  if (ctx.globals.json) ctx.ui.json(outcomeJson(outcome));
  else report(outcome, ctx);
  failIfUnfinished(outcome, ctx.root);
}

function outcomeJson(outcome: SyncOutcome): Record<string, unknown> {
  return { ok: outcome.status === 'synced' || outcome.status === 'no-remote', ...outcome };
}

/** What happened, on stderr: what was committed, received and sent, and anything kept back. */
function report(outcome: SyncOutcome, ctx: Context): void {
  const ui = ctx.ui;
  for (const problem of outcome.problems) ui.warn(ui.safe(`${problem.path}:${problem.line}: ${problem.message}`));
  for (const finding of outcome.findings) {
    ui.warn(ui.safe(`${finding.file}:${finding.line}:${finding.column} ${finding.kind} "${finding.text}"`));
  }
  for (const item of outcome.unresolved) ui.warn(ui.safe(messages.syncUnresolvedCopy(item.copy, item.original)));
  if (outcome.committed) ui.success(messages.syncCommitted(outcome.committed.message));
  if (outcome.keptPrivate.length > 0) ui.info(messages.syncKeptPrivate(outcome.keptPrivate.length));
  for (const item of outcome.setAside) ui.info(ui.safe(messages.syncSetAside(item.path, item.to)));
  const remote = outcome.remote ?? '';
  const branch = outcome.branch ?? '';
  if (outcome.received.commits > 0) {
    const r = outcome.received;
    ui.info(ui.safe(messages.syncReceived(r.added, r.modified, r.deleted, remote, r.renamed)));
  }
  if (outcome.stashConflict) ui.warn(messages.syncStashConflict);
  for (const c of outcome.conflicts) ui.warn(ui.safe(messages.syncConflictEntry(c.path, c.author, c.copy, c.ours, c.theirs)));
  for (const m of outcome.merged) ui.info(ui.safe(messages.syncMerged(m.path, m.author, m.renamedFrom)));
  for (const d of outcome.duplicates) ui.warn(ui.safe(messages.syncDuplicateLine(d.id, d.paths)));
  if (outcome.status === 'synced') {
    if (outcome.sent > 0) ui.success(ui.safe(messages.syncSent(outcome.sent, remote, branch)));
    else if (!outcome.committed && outcome.received.commits === 0) ui.info(ui.safe(messages.syncUpToDate(remote, branch)));
  }
  if (outcome.status === 'no-remote') {
    ui.info(messages.syncNoRemote);
    ui.info(messages.syncNoRemoteHint);
  }
}

/** Anything short of a finished sync ends with one sentence and exit code 1 (no remote is a normal set-up: 0). */
function failIfUnfinished(outcome: SyncOutcome, root: string): void {
  const remote = outcome.remote ?? 'the remote';
  switch (outcome.status) {
    case 'synced':
    case 'no-remote':
      return;
    case 'not-a-repository':
      throw new GitError(messages.syncNotRepository(root), { hint: messages.syncNotRepositoryHint(root) });
    case 'in-progress':
      throw new GitError(messages.syncInProgress(outcome.operation ?? 'operation'), {
        hint: messages.syncInProgressHint(outcome.operation ?? 'rebase'),
      });
    case 'detached':
      throw new GitError(messages.syncDetached, { hint: messages.syncDetachedHint });
    case 'unresolved':
      throw new GitError(messages.syncUnresolved(outcome.unresolved.length), { hint: messages.syncUnresolvedHint });
    case 'blocked':
      throw new PiiFoundError(messages.syncBlocked(outcome.findings.length, outcome.problems.length), { hint: messages.syncBlockedHint });
    case 'offline':
      throw new GitError(messages.syncOffline(remote, outcome.detail), { hint: messages.syncOfflineHint });
    case 'rejected':
      throw new GitError(messages.syncRejected(remote, outcome.detail), { hint: messages.syncRejectedHint });
    case 'duplicates':
      throw new GitError(messages.syncDuplicates(outcome.duplicates.length), { hint: messages.syncDuplicatesHint });
    case 'conflict':
      throw new GitError(messages.syncConflict(outcome.conflicts.length), { hint: messages.syncConflictHint });
    case 'failed':
      throw new GitError(messages.syncFailed(outcome.detail), { hint: messages.syncFailedHint });
  }
}
