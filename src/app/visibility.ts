import type { Entry } from '../core/entries/entry.js';
import { matchTerm, VISIBILITIES } from '../core/entries/vocabulary.js';
import type { Finding } from '../core/privacy/kinds.js';
import { UsageError } from '../errors.js';
import type { JournalPorts } from './context.js';

export interface VisibilityChange {
  visibility: string;
  entry: Entry;
  changed: boolean;
  movedFrom?: string | undefined;
  /** A private entry of a team journal that git already had: its earlier versions stay in the history. */
  wasTracked: boolean;
  /** What the privacy guard found in the entry where it now is. */
  findings: Finding[];
}

/**
 * `visibility ID private|team|public`: changes who an entry is for. In a team journal the file moves with it:
 * private entries live in git-ignored `private/`, so they cannot be committed by accident.
 */
export async function changeVisibility(ctx: Pick<JournalPorts, 'journal' | 'writer' | 'config' | 'git' | 'root'>, ref: string, wanted: string): Promise<VisibilityChange> {
  const visibility = matchTerm(VISIBILITIES, wanted);
  if (!visibility) throw new UsageError(`visibility should be one of ${VISIBILITIES.map((t) => t.value).join(', ')}`);
  const entry = await ctx.journal.find(ref);
  const wasTracked =
    visibility === 'private' && ctx.config.mode === 'team' && !entry.path.startsWith('private/') && (await ctx.git.isTracked(ctx.root, entry.path));
  const result = await ctx.writer.setVisibility(entry, visibility);
  return { visibility, entry: result.entry, changed: result.changed, movedFrom: result.movedFrom, wasTracked, findings: result.findings };
}
