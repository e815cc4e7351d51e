import { describe, expect, it } from 'vitest';
import { diffIndex, isUnchanged } from '../../../../src/core/search/index-diff.js';

const file = (path: string, size = 100, mtimeMs = 1000) => ({ path, size, mtimeMs });

describe('what changed since the index was written', () => {
  const held = [file('entries/a.md'), file('entries/b.md'), file('entries/c.md')];

  it('finds nothing when every file has the path, size and mtime the index holds', () => {
    const diff = diffIndex(held, held.map((f) => ({ ...f })));
    expect(diff).toEqual({ added: [], changed: [], deleted: [] });
    expect(isUnchanged(diff)).toBe(true);
    expect(isUnchanged(diffIndex([], []))).toBe(true);
  });

  it('sees a file edited in place (new size) and one only touched (same size, new mtime)', () => {
    const files = [file('entries/a.md', 120), file('entries/b.md'), file('entries/c.md', 100, 2000)];
    expect(diffIndex(held, files)).toEqual({ added: [], changed: [files[0], files[2]], deleted: [] });
  });

  it('sees new files and deleted ones, in any order', () => {
    const files = [file('entries/d.md'), file('entries/a.md'), file('entries/c.md', 90)];
    const diff = diffIndex(held, files);
    expect(diff).toEqual({ added: [files[0]], changed: [files[2]], deleted: ['entries/b.md'] });
    expect(isUnchanged(diff)).toBe(false);
  });

  it('sees a file renamed (one deleted, one added) even when the count stays the same', () => {
    const files = [file('entries/a.md'), file('entries/b2.md'), file('entries/c.md')];
    expect(diffIndex(held, files)).toEqual({ added: [files[1]], changed: [], deleted: ['entries/b.md'] });
  });

  it('reads everything as new for an empty index, and everything as deleted for an empty folder', () => {
    expect(diffIndex([], held)).toEqual({ added: held, changed: [], deleted: [] });
    expect(diffIndex(held, [])).toEqual({ added: [], changed: [], deleted: held.map((f) => f.path) });
  });
});
