import type { SavedEntry } from '../core/entries/entry-writer.js';
import type { Entry } from '../core/entries/entry.js';
import { isBlocking } from '../core/privacy/kinds.js';
import { redactEntryText, type Redaction } from '../core/privacy/redact.js';
import type { JournalPorts } from './context.js';
import { sha256 } from './reflection.js';

/** A redaction worked out but not yet written: the entry, its text with placeholders, and each change. */
export interface RedactionPlan {
  entry: Entry;
  text: string;
  redactions: Redaction[];
  /** The SHA-256 of the file as read, so the write refuses if it changed meanwhile. */
  expectedHash: string;
}

/**
 * `redact ID`, first half: every likely identifier in the entry (medium and high confidence; low ones too with
 * `all`) replaced by a readable placeholder ([name], [NHS number], [date of birth], [address]). Writes nothing.
 */
export async function planRedaction(ctx: Pick<JournalPorts, 'journal' | 'privacy'>, ref: string, options: { all?: boolean | undefined } = {}): Promise<RedactionPlan> {
  const entry = await ctx.journal.find(ref);
  const original = await ctx.journal.readText(entry.path);
  const findings = (await ctx.privacy()).scanEntryFile(original, entry.path).filter((f) => isBlocking(f, options.all));
  const { text, redactions } = redactEntryText(original, findings);
  return { entry, text, redactions, expectedHash: sha256(original) };
}

/** `redact ID`, second half: writes the planned text (only if the file did not change) and renames the file to match. */
export async function applyRedaction(ctx: Pick<JournalPorts, 'writer'>, plan: RedactionPlan): Promise<SavedEntry> {
  const replaced = await ctx.writer.replaceText(plan.entry.path, plan.text, plan.expectedHash);
  const renamed = await ctx.writer.renameToMatch(replaced.entry);
  return { entry: renamed.entry, findings: replaced.findings };
}
