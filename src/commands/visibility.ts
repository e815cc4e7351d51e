import { changeVisibility } from '../app/visibility.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
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
  const result = await changeVisibility(ctx, opts.ref, opts.visibility);
  if (ctx.globals.json) ctx.ui.json({ ...entryToJson(result.entry), moved_from: result.movedFrom ?? null });
  if (!result.changed) {
    ctx.ui.info(messages.visibilityUnchanged(result.entry.path, result.visibility));
    return;
  }
  if (result.movedFrom) ctx.ui.success(messages.visibilityMoved(result.movedFrom, result.entry.path));
  ctx.ui.success(messages.visibilityChanged(result.entry.path, result.visibility));
  if (result.wasTracked) ctx.ui.warn(messages.visibilityWasCommitted(result.movedFrom ?? result.entry.path));
  // Leaving private/: say so now if it holds identifiers (the hook would stop the commit later anyway). The
  // journal's write guard has just scanned the entry where it now is.
  if (result.visibility !== 'private' && result.findings.length > 0) ctx.ui.warn(messages.visibilityIdentifiers(result.findings.length));
}
