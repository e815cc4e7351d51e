import { readEntry } from '../entries/entry.js';
import { mergeEntryTexts } from './entry-merge.js';
import type { FileChange, Repository } from './repository.js';
import { commitMessage, conflictCopyPath, countEntryChanges, isSharedEntryPath, planConflictCopies, type ConflictCopy, type ConflictSide } from './sync-plan.js';

/**
 * What `sync` does when the rebase stops because both sides changed the same entries (issue 14). Entries are
 * followed by their id, not their path: a title change renames the file, so "they removed X and added Y" is one
 * entry renamed, and a change made here to X belongs in Y. For each entry both sides changed:
 *
 * - both kept it: the three versions are merged (entry-merge.ts); a clean merge is written once, under the name
 *   its title now gives, and nothing is left to resolve; a conflict keeps ours in place and theirs beside it as a
 *   conflict copy, and the other side's file of the same id goes, so one id is never two files;
 * - one side removed it: as before, ours wins and the other side's version is kept as a copy (or kept, when they
 *   removed what we changed).
 *
 * Then one commit on top of the team's history holds our changes, with these resolutions over them.
 */

export interface ConflictDeps {
  repo: Repository;
  createFile(path: string, text: string): Promise<void>;
  removeFile(path: string): Promise<void>;
}

/** An entry both sides changed and that merged cleanly: where it ends up, and what it was called before. */
export interface MergedEntry {
  path: string;
  /** Other names it had on either side, now gone (a rename followed). */
  renamedFrom: string[];
  author: string;
}

export interface ConflictResolution {
  conflicts: ConflictCopy[];
  merged: MergedEntry[];
}

/** One side's view of an entry since the common ancestor: the names it had there, and what it is now. */
interface Side {
  basePaths: Set<string>;
  path?: string | undefined;
  text?: string | undefined;
}

const idOf = (path: string, text: string | undefined): string => {
  if (text === undefined) return `path:${path}`;
  const result = readEntry(path, text);
  return result.ok ? `id:${result.entry.meta.id}` : `path:${path}`;
};

/** Groups one side's changed entry files by entry id (a file that does not parse stands for itself). */
async function sideById(repo: Repository, base: string | undefined, ref: string, changes: readonly FileChange[]): Promise<Map<string, Side>> {
  const sides = new Map<string, Side>();
  for (const change of changes) {
    if (!isSharedEntryPath(change.path)) continue;
    const text = change.change === 'deleted' ? undefined : await repo.show(ref, change.path);
    const key = change.change === 'deleted' ? idOf(change.path, base ? await repo.show(base, change.path) : undefined) : idOf(change.path, text);
    const side = sides.get(key) ?? { basePaths: new Set<string>() };
    if (change.change !== 'added') side.basePaths.add(change.path);
    if (change.change !== 'deleted') {
      side.path = change.path;
      side.text = text;
    }
    sides.set(key, side);
  }
  return sides;
}

/** A resolution to lay over our changes: a file's final text, or its removal. */
type Override = { path: string; text: string | undefined };

export async function keepBothVersions(
  deps: ConflictDeps,
  head: string,
  remoteHead: string,
  base: string | undefined,
  untracked: Set<string>,
): Promise<ConflictResolution> {
  const { repo } = deps;
  const ours = await repo.diff(base, head);
  const theirs = await repo.diff(base, remoteHead);
  const [ourSides, theirSides] = await Promise.all([sideById(repo, base, head, ours), sideById(repo, base, remoteHead, theirs)]);
  const taken = new Set<string>();
  const exists = (candidate: string) => taken.has(candidate) || untracked.has(candidate);
  const conflicts: ConflictCopy[] = [];
  const merged: MergedEntry[] = [];
  const overrides: Override[] = [];
  const copies: { path: string; text: string }[] = [];
  const handledPaths = new Set<string>();
  const copyBeside = async (path: string, author: string | undefined, text: string) => {
    const copy = conflictCopyPath(path, author?.trim() || 'other', exists);
    taken.add(copy);
    copies.push({ path: copy, text });
    return copy;
  };

  for (const [key, o] of ourSides) {
    const t = theirSides.get(key);
    if (!t || !key.startsWith('id:')) continue;
    const names = new Set([...o.basePaths, ...t.basePaths, ...(o.path ? [o.path] : []), ...(t.path ? [t.path] : [])]);
    for (const name of names) handledPaths.add(name);
    const author = await repo.lastAuthor(remoteHead, t.path ?? [...t.basePaths][0] ?? '');
    const shownAuthor = author?.trim() || 'the other side';
    const drop = (keep: string | undefined) => {
      for (const name of names) if (name !== keep) overrides.push({ path: name, text: undefined });
    };
    if (o.text === undefined && t.text === undefined) continue;
    if (o.text === undefined && t.path && t.text !== undefined) {
      // We removed it while they changed it: our removal stands, their version is kept beside where it was.
      drop(undefined);
      conflicts.push({ path: t.path, copy: await copyBeside(t.path, author, t.text), author: shownAuthor, ours: 'removed', theirs: 'changed' });
      continue;
    }
    if (!o.path || o.text === undefined) continue;
    if (t.text === undefined) {
      // They removed it while we changed it: ours is kept (wherever we had it).
      drop(o.path);
      conflicts.push({ path: o.path, copy: undefined, author: shownAuthor, ours: 'changed', theirs: 'removed' });
      continue;
    }
    if (o.text === t.text && o.path === t.path) continue;
    const basePath = [...o.basePaths, ...t.basePaths][0];
    const baseText = base && basePath ? await repo.show(base, basePath) : undefined;
    const merge = baseText === undefined ? undefined : mergeEntryTexts(baseText, o.text, t.text);
    if (merge?.ok) {
      const finalPath = await finalPathOf(o, t, merge.text);
      drop(finalPath);
      overrides.push({ path: finalPath, text: merge.text });
      merged.push({ path: finalPath, renamedFrom: [...names].filter((n) => n !== finalPath).sort(), author: shownAuthor });
      continue;
    }
    // Changed differently on both sides: ours in place, theirs beside it; one file for the id.
    drop(o.path);
    conflicts.push({ path: o.path, copy: await copyBeside(o.path, author, t.text), author: shownAuthor, ours: 'changed', theirs: 'changed' });
  }

  // Files that are not entries of an id both sides changed (settings, files that do not parse): by path, as before.
  const theirPaths = new Set(theirs.map((change) => change.path));
  const sides: ConflictSide[] = [];
  for (const change of ours) {
    if (!theirPaths.has(change.path) || handledPaths.has(change.path)) continue;
    sides.push({
      path: change.path,
      ours: await repo.show(head, change.path),
      theirs: await repo.show(remoteHead, change.path),
      author: await repo.lastAuthor(remoteHead, change.path),
    });
  }
  for (const copy of planConflictCopies(sides, exists)) {
    const side = sides.find((s) => s.path === copy.path);
    if (copy.copy && side?.theirs !== undefined) {
      taken.add(copy.copy);
      copies.push({ path: copy.copy, text: side.theirs });
    }
    conflicts.push(copy);
  }
  if (conflicts.length === 0 && merged.length === 0) return { conflicts, merged };

  const written: string[] = [];
  try {
    for (const copy of copies) {
      await deps.createFile(copy.path, copy.text);
      written.push(copy.path);
    }
    await repo.ignoreLocally(written);
    const counts = countEntryChanges(ours);
    const message = commitMessage({ added: counts.added, updated: counts.modified, removed: counts.deleted }) ?? 'mindlines: keep local changes';
    await repo.commitOnTopOf(remoteHead, base, message, overrides);
  } catch (error) {
    // The branch is as it was before the sync; the other side's versions are still in git, so the copies go and
    // the next sync starts over rather than finding copies of a conflict it never recorded.
    for (const copy of written) await deps.removeFile(copy).catch(() => undefined);
    throw error;
  }
  return { conflicts, merged };
}

/**
 * Where a merged entry belongs: where both sides have it; else under the new name the side that renamed it gave
 * it; when both renamed it, under the name its merged title and date give.
 */
async function finalPathOf(o: Side, t: Side, text: string): Promise<string> {
  const ourPath = o.path as string;
  const theirPath = t.path as string;
  if (ourPath === theirPath) return ourPath;
  if (o.basePaths.has(ourPath)) return theirPath;
  if (t.basePaths.has(theirPath)) return ourPath;
  const result = readEntry(ourPath, text);
  if (!result.ok) return ourPath;
  const { entryPathFor } = await import('../entries/entry-path.js');
  return entryPathFor(result.entry.meta.date, result.entry.meta.title, result.entry.meta.id, 'entries');
}
