import { posix } from 'node:path';
import { isConflictCopy } from './conflict-copy.js';
import { slugOf } from '../entries/entry-path.js';
import { readEntry, type EntryProblem } from '../entries/entry.js';
import type { ChangeKind, FileChange } from './repository.js';

/**
 * What `sync` decides before it touches git: which files to commit, which to keep on this computer, what stops the
 * sync, and the commit message. Pure: the inputs are the changed files and their text.
 */

/** An identifier the privacy scanner found (the shape of `core/privacy/scan.ts`'s Finding). */
export interface PrivacyFinding {
  file: string;
  line: number;
  column: number;
  kind: string;
  text: string;
  confidence?: string | number;
}

/** Scans one entry file's text; `file` is its journal-relative path, used in the findings. */
export type PrivacyScan = (fileText: string, file: string) => readonly PrivacyFinding[];

/** The folder whose Markdown files are the shared entries. `private/` is never looked at. */
export const ENTRY_FOLDER = 'entries';

/** The journal's own files, shared on the first sync so a teammate's clone is a working journal. */
export const SETUP_FILES = ['mindlines.yaml', '.gitignore', '.gitattributes'] as const;

export interface CandidateFile extends FileChange {
  /** The file's current text (absent for a deleted file). */
  text?: string | undefined;
}

export interface CommitPlan {
  /** Every path to commit: entries and setup files. */
  stage: string[];
  added: string[];
  updated: string[];
  removed: string[];
  /** Setup files shared for the first time. */
  setup: string[];
  /** Entries marked `visibility: private` in a team journal: never committed. */
  keptPrivate: string[];
  /** Changed entries that do not parse (or hold conflict markers): the sync stops. */
  problems: EntryProblem[];
  /** Identifiers in changed entries: the sync stops. */
  findings: PrivacyFinding[];
  /** Undefined when there is nothing to commit. */
  message: string | undefined;
}

export interface PlanOptions {
  mode: 'personal' | 'team';
  scan: PrivacyScan;
}

/** An entry file `sync` may share: a Markdown file under `entries/`, not hidden, not a conflict copy. */
export function isSharedEntryPath(path: string): boolean {
  const name = posix.basename(path);
  return path.startsWith(`${ENTRY_FOLDER}/`) && name.endsWith('.md') && !name.startsWith('.') && !isConflictCopy(path);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "mindlines: add 2 reflections, update 1, remove 1" (and the journal setup on a first sync). */
export function commitMessage(counts: { added: number; updated: number; removed: number; setup?: number }): string | undefined {
  const parts: string[] = [];
  if (counts.added > 0) parts.push(`add ${plural(counts.added, 'reflection', 'reflections')}`);
  if (counts.updated > 0) parts.push(`update ${counts.added > 0 ? counts.updated : plural(counts.updated, 'reflection', 'reflections')}`);
  if (counts.removed > 0) {
    parts.push(`remove ${counts.added + counts.updated > 0 ? counts.removed : plural(counts.removed, 'reflection', 'reflections')}`);
  }
  if ((counts.setup ?? 0) > 0) parts.push('share the journal settings');
  return parts.length === 0 ? undefined : `mindlines: ${parts.join(', ')}`;
}

/**
 * Decides what a sync commits. Entries are checked as they are about to be shared: one that does not parse, or in
 * which the privacy scanner finds an identifier, stops the sync (nothing is committed); a private entry in a team
 * journal is left out, silently safe.
 */
export function planCommit(entries: readonly CandidateFile[], setup: readonly string[], options: PlanOptions): CommitPlan {
  const plan: CommitPlan = {
    stage: [],
    added: [],
    updated: [],
    removed: [],
    setup: [...setup],
    keptPrivate: [],
    problems: [],
    findings: [],
    message: undefined,
  };
  for (const file of [...entries].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!isSharedEntryPath(file.path)) continue;
    if (file.change === 'deleted') {
      plan.removed.push(file.path);
      continue;
    }
    const text = file.text ?? '';
    const result = readEntry(file.path, text);
    if (!result.ok) {
      plan.problems.push(result.problem);
      continue;
    }
    if (options.mode === 'team' && result.entry.meta.visibility === 'private') {
      plan.keptPrivate.push(file.path);
      continue;
    }
    plan.findings.push(...options.scan(text, file.path));
    (file.change === 'added' ? plan.added : plan.updated).push(file.path);
  }
  if (plan.problems.length > 0 || plan.findings.length > 0) {
    return { ...plan, added: [], updated: [], removed: [], setup: [], stage: [] };
  }
  plan.stage = [...plan.setup, ...plan.added, ...plan.updated, ...plan.removed];
  plan.message = commitMessage({
    added: plan.added.length,
    updated: plan.updated.length,
    removed: plan.removed.length,
    setup: plan.setup.length,
  });
  return plan;
}

/** Counts entry changes by kind, e.g. for what a sync received from the team. */
export function countEntryChanges(changes: readonly FileChange[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, modified: 0, deleted: 0 };
  for (const change of changes) if (isSharedEntryPath(change.path)) counts[change.change]++;
  return counts;
}

/** The short id at the end of an entry file's name (`…-7f3k.md`), which a rename keeps. */
const SHORT_ID = /-([0-9a-z]{4})\.md$/;

/**
 * How many of the added and removed entry files are one entry renamed (a new title): an added and a removed file
 * in one folder tree with the same short id at the end of their names. Only for saying what happened.
 */
export function countRenames(changes: readonly FileChange[]): number {
  const removed = new Map<string, number>();
  for (const change of changes) {
    const id = change.change === 'deleted' && isSharedEntryPath(change.path) ? SHORT_ID.exec(change.path)?.[1] : undefined;
    if (id) removed.set(id, (removed.get(id) ?? 0) + 1);
  }
  let renamed = 0;
  for (const change of changes) {
    const id = change.change === 'added' && isSharedEntryPath(change.path) ? SHORT_ID.exec(change.path)?.[1] : undefined;
    const left = id ? (removed.get(id) ?? 0) : 0;
    if (id && left > 0) {
      removed.set(id, left - 1);
      renamed++;
    }
  }
  return renamed;
}

/** One file both sides changed, and where the other side's version was saved. */
export interface ConflictCopy {
  path: string;
  /** Where the other side's version is; undefined when they removed the file. */
  copy: string | undefined;
  /** Who made the other side's change. */
  author: string;
  /** What happened on each side. */
  ours: 'changed' | 'removed';
  theirs: 'changed' | 'removed';
}

export interface ConflictSide {
  path: string;
  /** Our text (the version committed here), undefined when we removed the file. */
  ours: string | undefined;
  /** Their text, undefined when they removed the file. */
  theirs: string | undefined;
  author: string | undefined;
}

/**
 * For each file changed on both sides (identical results are not a conflict), where the other side's version is
 * saved: beside the file as `<name>.conflict-<author>.<ext>`, never over an existing file.
 */
export function planConflictCopies(sides: readonly ConflictSide[], exists: (path: string) => boolean): ConflictCopy[] {
  const taken = new Set<string>();
  const copies: ConflictCopy[] = [];
  for (const side of [...sides].sort((a, b) => a.path.localeCompare(b.path))) {
    if (side.ours === side.theirs) continue;
    const author = side.author?.trim() || 'the other side';
    const copy =
      side.theirs === undefined
        ? undefined
        : conflictCopyPath(side.path, side.author?.trim() || 'other', (candidate) => taken.has(candidate) || exists(candidate));
    if (copy) taken.add(copy);
    copies.push({
      path: side.path,
      copy,
      author,
      ours: side.ours === undefined ? 'removed' : 'changed',
      theirs: side.theirs === undefined ? 'removed' : 'changed',
    });
  }
  return copies;
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
