import { describe, expect, it } from 'vitest';
import { isConflictCopy, originalOfCopy } from '../../../../src/core/team/conflict-copy.js';
import { conflictCopyPath } from '../../../../src/core/team/sync-plan.js';
import { commitMessage, countEntryChanges, isSharedEntryPath, planCommit, planConflictCopies, type PrivacyScan } from '../../../../src/core/team/sync-plan.js';

const entryText = (fields: Record<string, string> = {}) =>
  `---\nid: 01JD3Z6K1V8QWERTYZXCVBNMAS\ntitle: ${fields.title ?? 'Spacers'}\ndate: 2026-11-27\n${
    fields.visibility ? `visibility: ${fields.visibility}\n` : ''
  }---\n\n${fields.body ?? 'Learning.'}\n`;

const noFindings: PrivacyScan = () => [];
/** A stand-in scanner: flags "NHS 943 476 5919" wherever it appears. */
const nhsScan: PrivacyScan = (text, file) => {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('943 476 5919'));
  return line < 0 ? [] : [{ file, line: line + 1, column: (lines[line] as string).indexOf('943') + 1, kind: 'nhs-number', text: '943 476 5919', confidence: 'high' }];
};

describe('the commit message names what a sync shares', () => {
  it.each([
    [{ added: 2, updated: 1, removed: 0 }, 'mindlines: add 2 reflections, update 1'],
    [{ added: 1, updated: 0, removed: 0 }, 'mindlines: add 1 reflection'],
    [{ added: 0, updated: 3, removed: 0 }, 'mindlines: update 3 reflections'],
    [{ added: 0, updated: 1, removed: 2 }, 'mindlines: update 1 reflection, remove 2'],
    [{ added: 0, updated: 0, removed: 1 }, 'mindlines: remove 1 reflection'],
    [{ added: 20, updated: 0, removed: 0, setup: 3 }, 'mindlines: add 20 reflections, share the journal settings'],
  ])('%o → %s', (counts, message) => {
    expect(commitMessage(counts)).toBe(message);
  });

  it('is undefined when there is nothing to commit', () => {
    expect(commitMessage({ added: 0, updated: 0, removed: 0 })).toBeUndefined();
  });
});

describe('planCommit decides what to share', () => {
  it('stages new, changed and removed entries under entries/ only, and says so', () => {
    const plan = planCommit(
      [
        { path: 'entries/2026/11/a-aaaa.md', change: 'added', text: entryText() },
        { path: 'entries/2026/11/b-bbbb.md', change: 'modified', text: entryText() },
        { path: 'entries/2026/11/c-cccc.md', change: 'deleted' },
        { path: 'entries/2026/11/notes.txt', change: 'added', text: 'not an entry' },
        { path: 'entries/2026/11/.a-aaaa.md.1234.tmp', change: 'added', text: 'temp' },
        { path: 'entries/2026/11/b-bbbb.conflict-alice.md', change: 'added', text: entryText() },
      ],
      ['mindlines.yaml'],
      { mode: 'team', scan: noFindings },
    );
    expect(plan.stage).toEqual(['mindlines.yaml', 'entries/2026/11/a-aaaa.md', 'entries/2026/11/b-bbbb.md', 'entries/2026/11/c-cccc.md']);
    expect(plan.message).toBe('mindlines: add 1 reflection, update 1, remove 1, share the journal settings');
  });

  it('keeps private entries of a team journal on this computer', () => {
    const plan = planCommit(
      [
        { path: 'entries/2026/11/a-aaaa.md', change: 'added', text: entryText({ visibility: 'private' }) },
        { path: 'entries/2026/11/b-bbbb.md', change: 'added', text: entryText({ visibility: 'team' }) },
      ],
      [],
      { mode: 'team', scan: noFindings },
    );
    expect(plan.keptPrivate).toEqual(['entries/2026/11/a-aaaa.md']);
    expect(plan.stage).toEqual(['entries/2026/11/b-bbbb.md']);
  });

  it('in a personal journal, whose repository is the person’s own, private entries are committed', () => {
    const plan = planCommit([{ path: 'entries/2026/11/a-aaaa.md', change: 'added', text: entryText({ visibility: 'private' }) }], [], {
      mode: 'personal',
      scan: noFindings,
    });
    expect(plan.stage).toEqual(['entries/2026/11/a-aaaa.md']);
  });

  it('stops everything when an entry about to be shared holds an identifier', () => {
    const plan = planCommit(
      [
        { path: 'entries/2026/11/a-aaaa.md', change: 'added', text: entryText({ body: 'Clean.' }) },
        { path: 'entries/2026/11/b-bbbb.md', change: 'modified', text: entryText({ body: 'Patient NHS 943 476 5919 seen.' }) },
      ],
      ['mindlines.yaml'],
      { mode: 'team', scan: nhsScan },
    );
    expect(plan.findings).toEqual([
      { file: 'entries/2026/11/b-bbbb.md', line: 7, column: 13, kind: 'nhs-number', text: '943 476 5919', confidence: 'high' },
    ]);
    expect(plan.stage).toEqual([]);
    expect(plan.message).toBeUndefined();
  });

  it('does not scan private entries it keeps back, nor removed ones', () => {
    const plan = planCommit(
      [
        { path: 'entries/2026/11/a-aaaa.md', change: 'added', text: entryText({ visibility: 'private', body: 'NHS 943 476 5919' }) },
        { path: 'entries/2026/11/b-bbbb.md', change: 'deleted' },
      ],
      [],
      { mode: 'team', scan: nhsScan },
    );
    expect(plan.findings).toEqual([]);
    expect(plan.stage).toEqual(['entries/2026/11/b-bbbb.md']);
  });

  it('stops on an entry that does not parse (e.g. conflict markers), naming file and line', () => {
    const broken = '---\nid: 01JD3Z6K1V8QWERTYZXCVBNMAS\ntitle: T\ndate: 2026-11-27\n---\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> x\n';
    const plan = planCommit([{ path: 'entries/2026/11/a-aaaa.md', change: 'modified', text: broken }], [], { mode: 'team', scan: noFindings });
    expect(plan.problems).toEqual([{ path: 'entries/2026/11/a-aaaa.md', line: 6, message: expect.stringContaining('conflict markers') }]);
    expect(plan.stage).toEqual([]);
  });
});

describe('conflict copies', () => {
  it('are named <name>.conflict-<author>.<ext> beside the original, never over an existing file', () => {
    const entry = 'entries/2026/11/2026-11-27-sepsis-six-7f3k.md';
    expect(conflictCopyPath(entry, 'Alice Smith')).toBe('entries/2026/11/2026-11-27-sepsis-six-7f3k.conflict-alice-smith.md');
    const taken = new Set(['entries/2026/11/2026-11-27-sepsis-six-7f3k.conflict-alice-smith.md']);
    expect(conflictCopyPath(entry, 'Alice Smith', (p) => taken.has(p))).toBe('entries/2026/11/2026-11-27-sepsis-six-7f3k.conflict-alice-smith-2.md');
    expect(conflictCopyPath('mindlines.yaml', 'Dr Ĳsbrand ../../etc')).toBe('mindlines.conflict-dr-ijsbrand-etc.yaml');
    expect(conflictCopyPath(entry, '')).toMatch(/\.conflict-entry\.md$/);
  });

  it('are recognised, with the file they stand beside', () => {
    expect(isConflictCopy('entries/2026/11/x-7f3k.conflict-alice-smith.md')).toBe(true);
    expect(isConflictCopy('entries/2026/11/x-7f3k.conflict-1764201234567.md')).toBe(true);
    expect(isConflictCopy('entries/2026/11/2026-11-27-conflict-resolution-7f3k.md')).toBe(false);
    expect(originalOfCopy('entries/2026/11/x-7f3k.conflict-alice-smith-2.md')).toBe('entries/2026/11/x-7f3k.md');
    expect(originalOfCopy('mindlines.conflict-bob.yaml')).toBe('mindlines.yaml');
    expect(originalOfCopy('entries/2026/11/x-7f3k.md')).toBeUndefined();
    expect(isSharedEntryPath('entries/2026/11/x-7f3k.conflict-alice.md')).toBe(false);
  });

  it('are planned for every file both sides changed differently, and for none they changed alike', () => {
    const copies = planConflictCopies(
      [
        { path: 'entries/a.md', ours: 'mine', theirs: 'theirs', author: 'Alice Smith' },
        { path: 'entries/b.md', ours: 'same', theirs: 'same', author: 'Alice Smith' },
        { path: 'entries/c.md', ours: 'mine', theirs: undefined, author: 'Alice Smith' },
        { path: 'entries/d.md', ours: undefined, theirs: 'theirs', author: undefined },
      ],
      () => false,
    );
    expect(copies).toEqual([
      { path: 'entries/a.md', copy: 'entries/a.conflict-alice-smith.md', author: 'Alice Smith', ours: 'changed', theirs: 'changed' },
      { path: 'entries/c.md', copy: undefined, author: 'Alice Smith', ours: 'changed', theirs: 'removed' },
      { path: 'entries/d.md', copy: 'entries/d.conflict-other.md', author: 'the other side', ours: 'removed', theirs: 'changed' },
    ]);
  });

  it('counts what the team changed, entries only', () => {
    expect(
      countEntryChanges([
        { path: 'entries/a.md', change: 'added' },
        { path: 'entries/b.md', change: 'added' },
        { path: 'entries/c.md', change: 'modified' },
        { path: 'mindlines.yaml', change: 'modified' },
      ]),
    ).toEqual({ added: 2, modified: 1, deleted: 0 });
  });
});
