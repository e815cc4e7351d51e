import { posix } from 'node:path';
import { slugOf } from './entry-path.js';

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

/**
 * Where the other side's version of `path` is saved: beside it, named for `who` (an ASCII slug of a name, or a
 * timestamp). When that name is taken (`exists`), `-2`, `-3`… are added.
 */
export function conflictCopyPath(path: string, who: string, exists: (candidate: string) => boolean = () => false): string {
  const dir = posix.dirname(path);
  const base = posix.basename(path);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot + 1) : 'txt';
  const slug = slugOf(who).slice(0, 40).replace(/-+$/, '') || 'other';
  for (let n = 1; ; n++) {
    const name = `${stem}.conflict-${slug}${n === 1 ? '' : `-${n}`}.${ext}`;
    const candidate = dir === '.' ? name : posix.join(dir, name);
    if (!exists(candidate)) return candidate;
  }
}
