import { conflictCopyPath } from '../core/team/sync-plan.js';
import { EntryNotFoundError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';

export interface ResolveResult {
  id: string;
  kept: string;
  /** Where the other files' text now is. */
  copies: string[];
}

/**
 * `resolve ID --keep PATH`: when two files hold one entry id (a rename and an edit that crossed in a sync, a copied
 * file), keeps the one named and turns each other into a conflict copy beside it (`<kept>.conflict-duplicate.md`),
 * so nothing is lost and the person compares them. The removal of the others is what the next sync shares, once
 * the copies are dealt with.
 */
export async function resolveDuplicate(ctx: Pick<JournalPorts, 'journal' | 'writer'>, ref: string, keep: string | undefined): Promise<ResolveResult> {
  const wanted = ref.trim().toUpperCase();
  const { entries } = await ctx.journal.query();
  const ids = [...new Set(entries.map((e) => e.meta.id).filter((id) => id.startsWith(wanted) || (wanted.length === 4 && id.endsWith(wanted))))];
  if (ids.length === 0) throw new EntryNotFoundError(`no entry has an id starting "${ref}"`, { hint: 'see the ids with `mindlines list --json`' });
  if (ids.length > 1) throw new UsageError(`"${ref}" matches ${ids.length} entry ids; give more characters of the id`);
  const id = ids[0] as string;
  const paths = entries.filter((e) => e.meta.id === id).map((e) => e.path).sort();
  if (paths.length < 2) throw new UsageError(messages.resolveOneFile(id, paths[0] ?? ''));
  if (!keep) throw new UsageError(messages.resolveChoose(id, paths), { hint: messages.resolveChooseHint(id, paths[0] as string) });
  const kept = keep.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!paths.includes(kept)) throw new UsageError(messages.resolveNotOne(keep, id), { hint: messages.resolveChooseHint(id, paths[0] as string) });
  const copies: string[] = [];
  const taken = new Set(entries.map((e) => e.path));
  for (const other of paths.filter((p) => p !== kept)) {
    const copy = conflictCopyPath(kept, 'duplicate', (candidate) => taken.has(candidate) || copies.includes(candidate));
    await ctx.writer.demoteToCopy(id, other, copy);
    copies.push(copy);
  }
  return { id, kept, copies };
}
