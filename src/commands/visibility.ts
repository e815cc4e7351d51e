import { isTracked } from '../adapters/git-index.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { scanEntryFile } from '../core/privacy/scan.js';
import { matchTerm, VISIBILITIES } from '../core/entries/vocabulary.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';

export interface VisibilityOptions {
  ref: string;
  visibility: string;
}

/**
 * `mindlines visibility ID private|team|public`: changes who an entry is for. In a team journal the file moves with
 * it: private entries live in git-ignored `private/`, so they cannot be committed by accident.
 */
export async function runVisibility(opts: VisibilityOptions, ctx: Context): Promise<void> {
  const visibility = matchTerm(VISIBILITIES, opts.visibility);
  if (!visibility) throw new UsageError(`visibility should be one of ${VISIBILITIES.map((t) => t.value).join(', ')}`);
  const entry = await ctx.journal.find(opts.ref);
  const wasTracked = visibility === 'private' && ctx.config.mode === 'team' && !entry.path.startsWith('private/') && (await isTracked(ctx.root, entry.path));
  const result = await ctx.journal.setVisibility(entry, visibility);
  if (ctx.globals.json) ctx.ui.json({ ...entryToJson(result.entry), moved_from: result.movedFrom ?? null });
  if (!result.changed) {
    ctx.ui.info(messages.visibilityUnchanged(result.entry.path, visibility));
    return;
  }
  if (result.movedFrom) ctx.ui.success(messages.visibilityMoved(result.movedFrom, result.entry.path));
  ctx.ui.success(messages.visibilityChanged(result.entry.path, visibility));
  if (wasTracked) ctx.ui.warn(messages.visibilityWasCommitted(entry.path));
  if (visibility !== 'private') {
    // Leaving private/: say so now if it holds identifiers (the hook would stop the commit later anyway).
    const text = await ctx.journal.readText(result.entry.path);
    const findings = scanEntryFile(text, result.entry.path, { names: ctx.config.privacy.names, allow: ctx.config.privacy.allow });
    if (findings.length > 0) ctx.ui.warn(messages.visibilityIdentifiers(findings.length));
  }
}
