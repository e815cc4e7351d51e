import { syncJournal, type DuplicateId, type SyncOutcome } from '../core/team/sync.js';
import type { PrivacyScan } from '../core/team/sync-plan.js';
import type { JournalPorts } from './context.js';
import { scanEntryCached } from './privacy-gate.js';

export interface SyncOptions {
  /** The privacy scanner; by default the journal's (with its deny-list and allow-list). */
  scan?: PrivacyScan;
}

/**
 * `sync`: commit new and changed entries, bring in the team's with rebase, send ours. A conflict copy (the other
 * side's version of an entry both changed) is written through the journal's one write path, like every entry.
 */
export async function syncNow(
  ctx: Pick<JournalPorts, 'root' | 'config' | 'git' | 'journal' | 'writer' | 'privacy'> & Partial<Pick<JournalPorts, 'scanCache'>>,
  options: SyncOptions = {},
): Promise<SyncOutcome> {
  // One sync at a time, and no entry change while git rewrites files: a second sync waits (and says for whom).
  return ctx.writer.holdingJournal(async () => {
    // Entries unchanged since they were last scanned (by check, an export, an earlier sync) are not scanned again.
    const cache = options.scan ? undefined : await ctx.scanCache?.();
    const outcome = await syncJournal({
      repo: await ctx.git.repository(ctx.root),
      mode: ctx.config.mode,
      scanner: async () => {
        if (options.scan) return options.scan;
        const scanner = await ctx.privacy();
        return (text, file) => scanEntryCached(scanner, cache, text, file);
      },
      readFile: (path) => ctx.journal.readText(path),
      createFile: async (path, text) => {
        await ctx.writer.createCopy(path, text);
      },
      removeFile: (path) => ctx.writer.removeCopy(path),
      duplicateIds: () => sharedDuplicateIds(ctx.journal),
    });
    await cache?.save();
    return outcome;
  });
}

/** Entry ids held by more than one file under `entries/` (the files a sync shares), from the index. */
export async function sharedDuplicateIds(journal: JournalPorts['journal']): Promise<DuplicateId[]> {
  const byId = new Map<string, string[]>();
  for (const entry of (await journal.query()).entries) {
    if (!entry.path.startsWith('entries/')) continue;
    byId.set(entry.meta.id, [...(byId.get(entry.meta.id) ?? []), entry.path]);
  }
  return [...byId]
    .filter(([, paths]) => paths.length > 1)
    .map(([id, paths]) => ({ id, paths: paths.sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
