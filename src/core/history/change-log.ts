import { shortId } from '../entries/short-id.js';

/**
 * What one command changed in a journal, gathered as it writes (every entry write passes EntryWriter, which notes
 * it here) and turned into one git commit at the end (issue 17: in a personal journal each change mindlines makes
 * is committed with a message, so `history` shows it and `undo` can revert it).
 */

export type ChangeVerb = 'add' | 'update' | 'delete' | 'archive' | 'restore' | 'set' | 'undo';

export interface Change {
  verb: ChangeVerb;
  /** Journal-relative paths the change touched (both ends of a move). */
  paths: readonly string[];
  /** The entry's id, or for a setting its key. */
  id: string;
  /** The entry's title, or for a setting its new value. */
  title: string;
}

/** Where a changed file is gathered: the writer and the use-cases note changes, the command's end commits them. */
export interface ChangeRecorder {
  note(change: Change): void;
}

/** The trailer that marks a commit as mindlines' own, so `undo` never reverts someone else's work. */
export const CHANGE_TRAILER = 'Mindlines-Change';

/** The trailer's value on the journal's first commit, which `undo` never reverts (it would remove the journal). */
export const CREATION_CHANGE = 'create';

// When one command notes several changes to one entry (reflect replaces the text then renames the file), the
// strongest says what happened: it was added, deleted, archived or restored, or else updated.
const STRENGTH: Record<ChangeVerb, number> = { add: 5, delete: 4, undo: 4, archive: 3, restore: 3, set: 2, update: 1 };

export interface PendingCommit {
  message: string;
  paths: string[];
}

export class ChangeLog implements ChangeRecorder {
  private readonly changes = new Map<string, Change>();

  note(change: Change): void {
    const earlier = this.changes.get(change.id);
    if (!earlier) {
      this.changes.set(change.id, { ...change, paths: [...change.paths] });
      return;
    }
    const verb = STRENGTH[change.verb] > STRENGTH[earlier.verb] ? change.verb : earlier.verb;
    this.changes.set(change.id, { verb, id: change.id, title: change.title || earlier.title, paths: [...new Set([...earlier.paths, ...change.paths])] });
  }

  get size(): number {
    return this.changes.size;
  }

  /** The commit for everything noted so far (and forgets it), or undefined when nothing changed. */
  take(): PendingCommit | undefined {
    const changes = [...this.changes.values()];
    this.changes.clear();
    if (changes.length === 0) return undefined;
    return { message: commitMessage(changes), paths: [...new Set(changes.flatMap((c) => c.paths))].sort() };
  }
}

/** `add "Spacer technique" (7f3k)`, or for a setting `set profile to nmc`. */
export function describeChange(change: Change): string {
  if (change.verb === 'set') return `set ${change.id} to ${change.title}`;
  if (change.verb === 'undo') return `undo ${change.title}`;
  return `${change.verb} "${change.title}" (${shortId(change.id)})`;
}

/**
 * The commit message: `mindlines: add "Spacer technique" (7f3k)` for one change; for several, a count per verb on
 * the first line and one line per change below it. The trailer names the verbs, marking the commit as mindlines'.
 */
export function commitMessage(changes: readonly Change[]): string {
  const verbs = [...new Set(changes.map((c) => c.verb))];
  const trailer = `${CHANGE_TRAILER}: ${verbs.join(', ')}`;
  const [only] = changes;
  if (changes.length === 1 && only) return `mindlines: ${describeChange(only)}\n\n${trailer}\n`;
  const counts = verbs.map((verb) => `${verb} ${changes.filter((c) => c.verb === verb).length}`).join(', ');
  return `mindlines: ${counts}\n\n${changes.map((c) => `- ${describeChange(c)}`).join('\n')}\n\n${trailer}\n`;
}
