import type { Entry } from '../core/entries/entry.js';
import { attachmentFolder, attachmentsOf } from '../core/evidence/attachments.js';
import type { FileState } from '../core/history/ports.js';
import { commitMessage } from '../core/history/change-log.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { fallbackIdentity, historyState } from './history.js';

/**
 * Setting entries aside (issue 17): `delete` removes a file but keeps it recoverable from git, `archive` keeps it
 * but leaves it out of lists and totals.
 */

export type SetAsidePorts = Pick<JournalPorts, 'journal' | 'writer' | 'config' | 'history' | 'changes' | 'root'> & Partial<Pick<JournalPorts, 'attachmentFiles'>>;

/**
 * How a deleted entry can be had back: `undo` (history is on: it is committed before and after), `git` (an earlier
 * commit holds it as it is now), or `none` (git has never seen this version: the person is warned before).
 */
export type Recovery = 'undo' | 'git' | 'none';

export interface DeletePlan {
  entry: Entry;
  recovery: Recovery;
  /** Where the file stands in git; undefined when the journal is not a repository of its own. */
  state: FileState | undefined;
}

/** What deleting an entry would mean, for the command to show and confirm. */
export async function planDelete(ctx: SetAsidePorts, ref: string): Promise<DeletePlan> {
  const entry = await ctx.journal.find(ref);
  const history = await historyState(ctx);
  const owns = history.enabled || (await ctx.history.ownsRepository());
  const state = owns ? await ctx.history.fileState(entry.path) : undefined;
  const recovery: Recovery = history.enabled ? 'undo' : state === 'committed' ? 'git' : 'none';
  return { entry, recovery, state };
}

/** The entry's evidence files (issue 18's `attach`) that are on disk, journal-relative. */
async function evidenceOf(ctx: SetAsidePorts, entry: Entry): Promise<string[]> {
  const files = ctx.attachmentFiles;
  if (!files) return [];
  const folder = attachmentFolder({ path: entry.path, id: entry.meta.id });
  const present: string[] = [];
  for (const a of attachmentsOf(entry.frontMatter)) if ((await files.read(`${folder}/${a.name}`)) !== undefined) present.push(`${folder}/${a.name}`);
  return present;
}

/**
 * Deletes the entry's file. With history on, a version git does not have yet is committed first, so the deletion
 * (committed when the command ends) can always be undone; its evidence files go with it, and come back with it.
 * Without history they stay, since nothing could bring them back.
 */
export async function deleteEntry(ctx: SetAsidePorts, plan: DeletePlan): Promise<void> {
  const { entry } = plan;
  const evidence = plan.recovery === 'undo' ? await evidenceOf(ctx, entry) : [];
  if (plan.recovery === 'undo' && (plan.state !== 'committed' || evidence.length > 0)) {
    const paths = [entry.path, ...evidence];
    const message = commitMessage([{ verb: 'update', id: entry.meta.id, title: entry.meta.title, paths }]);
    await ctx.history.commit(paths, message, fallbackIdentity(ctx));
  }
  await ctx.writer.remove(entry);
  for (const file of evidence) await ctx.attachmentFiles?.remove(file);
  if (evidence.length > 0) ctx.changes.note({ verb: 'delete', paths: evidence, id: entry.meta.id, title: entry.meta.title });
}

export interface ArchiveResult {
  entry: Entry;
  changed: boolean;
}

/**
 * Archives an entry (`status: archived`), or with `restore` brings it back: a quick note as a draft again, anything
 * else as complete (the statuses entries are written with).
 */
export async function archiveEntry(ctx: SetAsidePorts, ref: string, restore = false): Promise<ArchiveResult> {
  const entry = await ctx.journal.find(ref);
  const archived = entry.meta.status === 'archived';
  if (restore && !archived) throw new UsageError(messages.notArchived(entry.meta.title), { hint: messages.archiveRestoreHint });
  if (!restore && archived) return { entry, changed: false };
  const status = restore ? (entry.meta.template === 'quick' ? 'draft' : 'complete') : 'archived';
  const saved = await ctx.writer.updateFrontMatter(entry, { status });
  ctx.changes.note({ verb: restore ? 'restore' : 'archive', paths: [entry.path], id: entry.meta.id, title: entry.meta.title });
  return { entry: saved.entry, changed: true };
}
