import { commitMessage, CREATION_CHANGE } from '../core/history/change-log.js';
import type { Identity, RecordedCommit, Version } from '../core/history/ports.js';
import { GitError, MindlinesError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';

/**
 * The journal's history in git (issue 17): each change mindlines makes to a personal journal is committed when the
 * command ends; `history` lists the versions of an entry, `undo` reverts mindlines' last change.
 */

export type HistoryPorts = Pick<JournalPorts, 'config' | 'history' | 'changes' | 'root'>;

export type HistoryState = { enabled: true } | { enabled: false; reason: 'team' | 'off' | 'no-repository' };

/** Whether changes are committed here: a personal journal, `auto_commit` on, at the top of its own git repository. */
export async function historyState(ctx: Pick<HistoryPorts, 'config' | 'history'>): Promise<HistoryState> {
  if (ctx.config.mode === 'team') return { enabled: false, reason: 'team' };
  if (!ctx.config.autoCommit) return { enabled: false, reason: 'off' };
  return (await ctx.history.ownsRepository()) ? { enabled: true } : { enabled: false, reason: 'no-repository' };
}

/** Who commits when git knows no one on this computer. */
export function fallbackIdentity(ctx: Pick<HistoryPorts, 'config'>): Identity {
  return { name: ctx.config.registrant.name ?? ctx.config.author ?? 'mindlines', email: 'mindlines@localhost' };
}

export type CommitOutcome = { action: 'none' } | { action: 'committed'; message: string } | { action: 'failed'; reason: string };

/**
 * Commits what this command changed, when history is on. A failure (a pre-commit hook refusing a possible
 * identifier, say) never undoes the change itself: it is reported and the files stay as written.
 */
export async function commitChanges(ctx: HistoryPorts): Promise<CommitOutcome> {
  if (ctx.changes.size === 0) return { action: 'none' };
  const state = await historyState(ctx);
  const pending = ctx.changes.take();
  if (!state.enabled || !pending) return { action: 'none' };
  try {
    await ctx.history.commit(pending.paths, pending.message, fallbackIdentity(ctx));
    return { action: 'committed', message: pending.message };
  } catch (error) {
    if (!(error instanceof MindlinesError)) throw error;
    return { action: 'failed', reason: error.message };
  }
}

/** The versions of one file (newest first), or the journal's latest commits. */
export async function versionsOf(ctx: Pick<HistoryPorts, 'history'>, path: string | undefined, limit = 50): Promise<Version[]> {
  if (!(await ctx.history.ownsRepository())) throw new UsageError(messages.historyNoRepository);
  return ctx.history.versions(path, limit);
}

/** The change `undo` would revert: the latest commit, when mindlines made it; otherwise why not. */
export async function lastChange(ctx: Pick<HistoryPorts, 'history' | 'root'>): Promise<RecordedCommit> {
  if (!(await ctx.history.ownsRepository())) throw new UsageError(messages.historyNoRepository);
  const head = await ctx.history.head();
  if (!head) throw new UsageError(messages.undoNothing);
  if (!head.change) throw new MindlinesError(messages.undoNotOurs(head.subject, head.date.slice(0, 10)), 1, { hint: messages.undoNotOursHint(ctx.root, head.commit.slice(0, 8)) });
  if (head.change === CREATION_CHANGE) throw new UsageError(messages.undoCreation);
  return head;
}

/** Reverts a change mindlines made, with a commit of its own (so the undo can be undone). */
export async function undoChange(ctx: HistoryPorts, change: RecordedCommit): Promise<string> {
  const what = change.subject.replace(/^mindlines:\s*/, '');
  const message = commitMessage([{ verb: 'undo', id: change.commit, title: what, paths: [] }]);
  try {
    await ctx.history.revert(change.commit, message, fallbackIdentity(ctx));
  } catch (error) {
    if (error instanceof GitError) throw new GitError(messages.undoFailed(error.message), { hint: messages.undoFailedHint, cause: error });
    throw error;
  }
  return message.split('\n')[0] ?? message;
}
