import { createHash } from 'node:crypto';
import { readEntry, type Entry } from '../core/entries/entry.js';
import type { RescuedText } from '../core/ports.js';
import type { Finding } from '../core/privacy/kinds.js';
import { EntryNotFoundError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';

export type RecoverPorts = Pick<JournalPorts, 'rescued' | 'journal' | 'writer'>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A rescued text by its number in the list (1 = oldest) or its folder name (or the start of it). */
export async function findRescued(ctx: Pick<JournalPorts, 'rescued'>, ref: string): Promise<RescuedText> {
  const items = await ctx.rescued.list();
  const byNumber = /^\d+$/.test(ref) ? items[Number(ref) - 1] : undefined;
  const matches = byNumber ? [byNumber] : items.filter((item) => item.ref.startsWith(ref));
  if (matches.length === 1) return matches[0] as RescuedText;
  if (matches.length > 1) throw new UsageError(messages.recoverAmbiguous(ref, matches.length));
  throw new EntryNotFoundError(messages.recoverNotFound(ref), { hint: messages.recoverNotFoundHint });
}

export type RestoreResult =
  /** Written as a new entry (no entry had its id). */
  | { action: 'restored'; entry: Entry; findings: Finding[] }
  /** Put in place of the entry with its id (`--replace`). */
  | { action: 'replaced'; entry: Entry; findings: Finding[] }
  /** The entry already holds exactly this text: the rescued copy was only removed. */
  | { action: 'identical'; entry: Entry };

/**
 * `recover N`: puts rescued text back as the entry it was. When no entry has its id, it becomes that entry again;
 * when one does and differs, it replaces it only if asked (`replace`), since the entry may hold later work. Text
 * that is not a whole entry (an editor's half-typed answer) cannot be restored: the person copies what they want.
 */
export async function restoreRescued(ctx: RecoverPorts, ref: string, options: { replace?: boolean | undefined } = {}): Promise<RestoreResult> {
  const item = await findRescued(ctx, ref);
  const text = await ctx.rescued.read(item.ref);
  const parsed = readEntry(item.origin ?? item.file, text);
  if (!parsed.ok) throw new UsageError(messages.recoverNotEntry(item.file, parsed.problem.message), { hint: messages.recoverNotEntryHint(item.ref) });
  const existing = await ctx.journal.find(parsed.entry.meta.id).catch((error: unknown) => {
    if (error instanceof EntryNotFoundError) return undefined;
    throw error;
  });
  if (!existing) {
    const saved = await ctx.writer.restore(text);
    await ctx.rescued.discard(item.ref);
    return { action: 'restored', entry: saved.entry, findings: saved.findings };
  }
  const current = await ctx.journal.readText(existing.path);
  if (current === text) {
    await ctx.rescued.discard(item.ref);
    return { action: 'identical', entry: existing };
  }
  if (!options.replace) throw new UsageError(messages.recoverExists(existing.path, item.file), { hint: messages.recoverExistsHint(item.ref) });
  const replaced = await ctx.writer.replaceText(existing.path, text, sha256(current));
  const renamed = await ctx.writer.renameToMatch(replaced.entry);
  await ctx.rescued.discard(item.ref);
  return { action: 'replaced', entry: renamed.entry, findings: replaced.findings };
}

/** `recover N --discard`: the rescued text is not needed. */
export async function discardRescued(ctx: Pick<JournalPorts, 'rescued'>, ref: string): Promise<RescuedText> {
  const item = await findRescued(ctx, ref);
  await ctx.rescued.discard(item.ref);
  return item;
}
