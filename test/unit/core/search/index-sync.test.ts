import { describe, expect, it } from 'vitest';
import type { EntryFileInfo, EntryIndex, IndexChanges, IndexDocument, IndexSnapshot } from '../../../../src/core/ports.js';
import { syncIndex } from '../../../../src/core/search/index-sync.js';

const file = (path: string, size = 100) => ({ path, size, mtimeMs: 1000 });
const snapshot: IndexSnapshot = { entries: [], problems: [], postings: () => [] };
const doc = (f: EntryFileInfo): IndexDocument => ({ ok: false, problem: { path: f.path, line: 1, message: `read ${f.path}` } });

/** An index that holds `stored` when read without the lock and `held` under it, and records what it was asked to store. */
function fakeIndex(stored: EntryFileInfo[] | undefined, held: EntryFileInfo[] = stored ?? []) {
  const stores: { held: readonly EntryFileInfo[]; changes: IndexChanges; rebuild: boolean }[] = [];
  const index: EntryIndex = {
    read: async () => (stored ? { files: stored, snapshot: () => snapshot } : undefined),
    update: async (plan, options = {}) => {
      const given = options.rebuild ? [] : held;
      stores.push({ held: given, changes: await plan(given), rebuild: options.rebuild ?? false });
      return snapshot;
    },
  };
  return { index, stores };
}

function reader() {
  const reads: string[] = [];
  return { reads, read: async (f: EntryFileInfo) => (reads.push(f.path), doc(f)) };
}

describe('keeping the index in line with the files', () => {
  const files = [file('entries/a.md'), file('entries/b.md'), file('entries/c.md')];

  it('reads no file and takes no lock when nothing changed', async () => {
    const { index, stores } = fakeIndex(files);
    const { reads, read } = reader();
    expect(await syncIndex(index, files, read)).toBe(snapshot);
    expect(stores).toEqual([]);
    expect(reads).toEqual([]);
  });

  it('reads only the new and changed files, in the listing order, and drops the deleted ones', async () => {
    const { index, stores } = fakeIndex([files[0]!, file('entries/b.md', 50), file('entries/gone.md')]);
    const { reads, read } = reader();
    const progress: string[] = [];
    await syncIndex(index, files, read, { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(reads).toEqual(['entries/b.md', 'entries/c.md']);
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    expect(stores[0]!.changes).toEqual({ put: [files[1], files[2]].map((f) => ({ file: f, doc: doc(f!) })), removed: ['entries/gone.md'] });
  });

  it('works the difference out again under the lock: another process may have caught up meanwhile', async () => {
    const { index, stores } = fakeIndex([files[0]!], files);
    const { reads, read } = reader();
    await syncIndex(index, files, read);
    expect(reads).toEqual([]);
    expect(stores[0]!.changes).toEqual({ put: [], removed: [] });
  });

  it('reads every file for a missing index, and for a rebuild even when nothing changed', async () => {
    for (const [stored, rebuild] of [[undefined, false], [files, true]] as const) {
      const { index, stores } = fakeIndex(stored && [...stored]);
      const { reads, read } = reader();
      await syncIndex(index, files, read, { rebuild });
      expect(reads).toEqual(files.map((f) => f.path));
      expect(stores[0]!.rebuild).toBe(rebuild);
    }
  });
});
