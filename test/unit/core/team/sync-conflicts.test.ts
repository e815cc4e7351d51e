import { describe, expect, it } from 'vitest';
import type { FileChange, Repository } from '../../../../src/core/team/repository.js';
import { keepBothVersions } from '../../../../src/core/team/sync-conflicts.js';

const OLD = 'entries/2026/11/2026-11-20-spacers-in-asthma-7f3k.md';
const NEW = 'entries/2026/11/2026-11-20-inhaler-review-7f3k.md';
const entry = (title: string, body: string, updated = '2026-11-20T10:00:00') =>
  `---\nid: 01JD3Z6K1V8QWERTYZXCVB7F3K\ntitle: ${title}\ndate: 2026-11-20\nupdated: ${updated}\n---\n\n## What happened\n\n${body}\n`;

/** A repository that knows three commits (base, ours, theirs) as maps of path to text, and records the commit made. */
function threeCommits(files: Record<'base' | 'ours' | 'theirs', Record<string, string>>) {
  const made: { overrides: { path: string; text: string | undefined }[] }[] = [];
  const diff = (from: Record<string, string>, to: Record<string, string>): FileChange[] => [
    ...Object.keys(to).filter((p) => !(p in from)).map((path) => ({ path, change: 'added' as const })),
    ...Object.keys(to).filter((p) => p in from && from[p] !== to[p]).map((path) => ({ path, change: 'modified' as const })),
    ...Object.keys(from).filter((p) => !(p in to)).map((path) => ({ path, change: 'deleted' as const })),
  ];
  const repo = {
    diff: async (from: string, to: 'ours' | 'theirs') => diff(files.base, files[to]),
    show: async (ref: 'base' | 'ours' | 'theirs', path: string) => files[ref][path],
    lastAuthor: async () => 'Alice Smith',
    ignoreLocally: async () => undefined,
    commitOnTopOf: async (_onto: string, _base: string, _message: string, overrides: { path: string; text: string | undefined }[] = []) => {
      made.push({ overrides });
      return 'squashed';
    },
  } as unknown as Repository;
  const created: Record<string, string> = {};
  const deps = { repo, createFile: async (path: string, text: string) => void (created[path] = text), removeFile: async () => undefined };
  return { deps, made, created };
}

describe('sync follows an entry by its id when both sides changed it (issue 14)', () => {
  it('merges their rename with our edit into one file under the new name, and removes the old one', async () => {
    const base = entry('Spacers in asthma', 'A child.');
    const ours = entry('Spacers in asthma', 'A child, aged four.', '2026-11-22T09:00:00');
    const theirs = entry('Inhaler review', 'A child.', '2026-11-21T09:00:00');
    const { deps, made, created } = threeCommits({ base: { [OLD]: base }, ours: { [OLD]: ours }, theirs: { [NEW]: theirs } });
    const result = await keepBothVersions(deps, 'ours', 'theirs', 'base', new Set());
    expect(result).toEqual({ conflicts: [], merged: [{ path: NEW, renamedFrom: [OLD], author: 'Alice Smith' }] });
    expect(made).toEqual([{ overrides: [{ path: OLD, text: undefined }, { path: NEW, text: entry('Inhaler review', 'A child, aged four.', '2026-11-22T09:00:00') }] }]);
    expect(created).toEqual({});
  });

  it('keeps ours in place and theirs as a copy when both changed the body differently, leaving one file for the id', async () => {
    const base = entry('Spacers in asthma', 'A child.');
    const ours = entry('Spacers in asthma', 'A toddler.');
    const theirs = entry('Inhaler review', 'An infant.');
    const { deps, made, created } = threeCommits({ base: { [OLD]: base }, ours: { [OLD]: ours }, theirs: { [NEW]: theirs } });
    const result = await keepBothVersions(deps, 'ours', 'theirs', 'base', new Set());
    const copy = OLD.replace('.md', '.conflict-alice-smith.md');
    expect(result.conflicts).toEqual([{ path: OLD, copy, author: 'Alice Smith', ours: 'changed', theirs: 'changed' }]);
    expect(created).toEqual({ [copy]: theirs });
    expect(made[0]!.overrides).toEqual([{ path: NEW, text: undefined }]);
  });

  it('keeps our removal and their renamed version as a copy when we removed what they renamed', async () => {
    const base = entry('Spacers in asthma', 'A child.');
    const theirs = entry('Inhaler review', 'A child.');
    const { deps, made, created } = threeCommits({ base: { [OLD]: base }, ours: {}, theirs: { [NEW]: theirs } });
    const result = await keepBothVersions(deps, 'ours', 'theirs', 'base', new Set());
    const copy = NEW.replace('.md', '.conflict-alice-smith.md');
    expect(result.conflicts).toEqual([{ path: NEW, copy, author: 'Alice Smith', ours: 'removed', theirs: 'changed' }]);
    expect(created).toEqual({ [copy]: theirs });
    expect(made[0]!.overrides.map((o) => o.path).sort()).toEqual([NEW, OLD].sort());
  });
});
