import { readEntry, type Entry } from './entry.js';

/** Something `check` reports that is not an identifier: a file that would break the journal or leak a private entry. */
export type ProblemKind = 'unparsable' | 'conflict-markers' | 'duplicate-id' | 'private-tracked' | 'unreadable' | 'attachment-missing' | 'attachment-changed' | 'locked-damaged';

export interface CheckProblem {
  file: string;
  line: number;
  kind: ProblemKind;
  message: string;
}

const CONFLICT_LINE = /^(?:<{7}(?: |$)|={7}$|>{7}(?: |$))/;

/** 1-based lines holding git conflict markers (`<<<<<<< `, `=======`, `>>>>>>> `). */
export function conflictMarkerLines(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (CONFLICT_LINE.test(line)) lines.push(index + 1);
  });
  return lines;
}

/** Conflict markers in any text file, reported at the first marker. */
export function conflictProblems(file: string, text: string): CheckProblem[] {
  const lines = conflictMarkerLines(text);
  if (lines.length === 0) return [];
  return [{ file, line: lines[0] as number, kind: 'conflict-markers', message: 'git conflict markers: finish resolving the merge in this file' }];
}

/**
 * Reads an entry file for `check`: the entry when it parses, else one problem (conflict markers, front matter that
 * does not parse, a missing id or title) naming the line.
 */
export function checkEntryText(file: string, text: string): { entry?: Entry; problems: CheckProblem[] } {
  const conflicts = conflictProblems(file, text);
  if (conflicts.length > 0) return { problems: conflicts };
  const result = readEntry(file, text);
  if (result.ok) return { entry: result.entry, problems: [] };
  return { problems: [{ file, line: result.problem.line, kind: 'unparsable', message: result.problem.message }] };
}

/** Entries that share an id: every file of such a group is reported, naming the others. */
export function duplicateIdProblems(entries: readonly Pick<Entry, 'path' | 'meta'>[], idLine: (path: string) => number = () => 2): CheckProblem[] {
  const byId = new Map<string, string[]>();
  for (const entry of entries) byId.set(entry.meta.id, [...(byId.get(entry.meta.id) ?? []), entry.path]);
  const problems: CheckProblem[] = [];
  for (const [id, paths] of byId) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path);
      problems.push({
        file: path,
        line: idLine(path),
        kind: 'duplicate-id',
        message: `id ${id} is also used by ${others.join(', ')}; give one of them a new id (a copied file?)`,
      });
    }
  }
  return problems;
}

/**
 * In a team journal, private entries must never be committed: a file under `private/` that git tracks, or an
 * entry marked `visibility: private` outside `private/`, is a problem.
 */
export function privateEntryProblems(entries: readonly Pick<Entry, 'path' | 'meta'>[], trackedPrivateFiles: readonly string[]): CheckProblem[] {
  const problems: CheckProblem[] = trackedPrivateFiles.map((file) => ({
    file,
    line: 1,
    kind: 'private-tracked' as const,
    message: 'a private entry is tracked by git and would be shared; untrack it with `git rm --cached` (it stays on disk)',
  }));
  for (const entry of entries) {
    if (entry.meta.visibility === 'private' && !entry.path.startsWith('private/')) {
      problems.push({
        file: entry.path,
        line: 1,
        kind: 'private-tracked',
        message: `a private entry outside private/ would be committed; move it with \`mindlines visibility ${entry.meta.id.slice(-4).toLowerCase()} private\``,
      });
    }
  }
  return problems;
}
