import { describe, expect, it } from 'vitest';
import { checkEntryText, conflictMarkerLines, duplicateIdProblems, privateEntryProblems } from '../../../../src/core/entries/journal-check.js';

const entry = (id: string, title = 'T') => `---\nid: ${id}\ntitle: ${title}\ndate: 2026-11-27\n---\n\n## What happened\n\nx\n`;
const ID = '01JD3ABCDEFGHJKMNPQRSTVWXY';

describe('journal checks', () => {
  it('finds conflict markers and names the line of the first', () => {
    expect(conflictMarkerLines('a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> main\n')).toEqual([2, 4, 6]);
    expect(conflictMarkerLines('a === b\n======== not a marker\n')).toEqual([]);
    expect(checkEntryText('e.md', `${entry(ID)}<<<<<<< HEAD\n`).problems).toEqual([
      { file: 'e.md', line: 10, kind: 'conflict-markers', message: expect.stringMatching(/conflict markers/) },
    ]);
  });

  it('reports front matter that does not parse, with its line', () => {
    expect(checkEntryText('e.md', '---\nid: x\ntitle: [a\n---\n').problems[0]).toMatchObject({ file: 'e.md', kind: 'unparsable' });
    expect(checkEntryText('e.md', entry(ID)).entry?.meta.id).toBe(ID);
  });

  it('reports every file of a group sharing an id', () => {
    const a = checkEntryText('a.md', entry(ID)).entry!;
    const b = checkEntryText('b.md', entry(ID)).entry!;
    const c = checkEntryText('c.md', entry('01JD3ABCDEFGHJKMNPQRSTVWXZ')).entry!;
    expect(duplicateIdProblems([a, b, c]).map((p) => [p.file, p.kind])).toEqual([
      ['a.md', 'duplicate-id'],
      ['b.md', 'duplicate-id'],
    ]);
  });

  it('reports tracked private files and private entries outside private/', () => {
    const shared = checkEntryText('entries/2026/11/a.md', entry(ID).replace('date:', 'visibility: private\ndate:')).entry!;
    expect(privateEntryProblems([shared], ['private/2026/11/b.md']).map((p) => p.file)).toEqual(['private/2026/11/b.md', 'entries/2026/11/a.md']);
  });
});
