// Read on every listing (fs-entry-store), so it stays free of the slug library; naming copies is in sync-plan.ts.
import { posix } from 'node:path';

/**
 * Conflict copies: when two people change the same file, the other side's version is saved beside the original as
 * `<name>.conflict-<who>.<ext>` (`2026-11-27-spacers-7f3k.conflict-alice-smith.md`), so nothing is lost. A copy is
 * never an entry in its own right (it shares its original's id): listing reports it as a problem, `sync` refuses
 * to share anything until it is resolved, and the journal's .gitignore keeps it out of commits.
 */
const COPY = /^(.+)\.conflict-([a-z0-9][a-z0-9-]*)\.([A-Za-z0-9]+)$/;

/** The `.gitignore` patterns that keep conflict copies out of commits. */
export const CONFLICT_COPY_IGNORE = ['*.conflict-*.md', '*.conflict-*.yaml'] as const;

/** True when a path (or file name) is a conflict copy. */
export function isConflictCopy(path: string): boolean {
  return COPY.test(posix.basename(path));
}

/** The file a conflict copy stands beside, or undefined when `path` is not a copy. */
export function originalOfCopy(path: string): string | undefined {
  const match = COPY.exec(posix.basename(path));
  if (!match) return undefined;
  return posix.join(posix.dirname(path), `${match[1] as string}.${match[3] as string}`);
}
