import { describe, expect, it } from 'vitest';
import type { EntryFileInfo, EntryIndex, EntryListing, EntryStore, HeldListing, IndexChanges, IndexDocument, IndexSnapshot } from '../../../../src/core/ports.js';
import { syncIndex } from '../../../../src/core/search/index-sync.js';

const file = (path: string, size = 100) => ({ path, size, mtimeMs: 1000 });
const snapshot: IndexSnapshot = { entries: [], problems: [], postings: () => [] };
const doc = (f: EntryFileInfo): IndexDocument => ({ ok: false, problem: { path: f.path, line: 1, message: `read ${f.path}` } });
const stamp = { at: 1000, folders: [] };

function heldOf(files: EntryFileInfo[]): HeldListing {
  return { stamp, file: (p) => files.find((f) => f.path === p), namesIn: () => [], files: () => files };
}

/** An index that holds `stored` when read without the lock and `held` under it, and records what it was asked to store. */
function fakeIndex(stored: EntryFileInfo[] | undefined, held: EntryFileInfo[] = stored ?? []) {
  const stores: { held: readonly EntryFileInfo[]; changes: IndexChanges; rebuild: boolean; read: string[] }[] = [];
  const index: EntryIndex = {
    read: async () => (stored ? { held: heldOf(stored), snapshot: () => snapshot } : undefined),
    update: async (plan, options = {}) => {
      const given = options.rebuild ? [] : held;
      const changes = await plan(given);
      const read: string[] = [];
      for (const f of changes.put) read.push((await changes.read(f)).ok ? '' : f.path);
      stores.push({ held: given, changes, rebuild: options.rebuild ?? false, read });
      return snapshot;
    },
  };
  return { index, stores };
}

/** A store whose cheap check answers `probe`, and whose full listing is `files`; it records what it was asked. */
function fakeStore(files: EntryFileInfo[], probe: 'unchanged' | 'changed' = 'changed') {
  const asked: (HeldListing | undefined)[] = [];
  const store: Pick<EntryStore, 'refresh'> = {
    refresh: async (held) => {
      asked.push(held);
      return held && probe === 'unchanged' ? 'unchanged' : ({ files, stamp } satisfies EntryListing);
    },
  };
  return { store, asked };
}

function reader() {
  const reads: string[] = [];
  return { reads, read: async (f: EntryFileInfo) => (reads.push(f.path), doc(f)) };
}

describe('keeping the index in line with the files', () => {
  const files = [file('entries/a.md'), file('entries/b.md'), file('entries/c.md')];

  it('reads no file and takes no lock when the store finds nothing changed', async () => {
    const { index, stores } = fakeIndex(files);
    const { store, asked } = fakeStore(files, 'unchanged');
    const { reads, read } = reader();
    expect(await syncIndex(index, store, read)).toBe(snapshot);
    expect(asked[0]?.files()).toEqual(files);
    expect(stores).toEqual([]);
    expect(reads).toEqual([]);
  });

  it('reads only the new and changed files, in the listing order, and drops the deleted ones', async () => {
    const { index, stores } = fakeIndex([files[0]!, file('entries/b.md', 50), file('entries/gone.md')]);
    const { store } = fakeStore(files);
    const { reads, read } = reader();
    const progress: string[] = [];
    await syncIndex(index, store, read, { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(stores[0]!.changes.put).toEqual([files[1], files[2]]);
    expect(stores[0]!.changes.removed).toEqual(['entries/gone.md']);
    expect(stores[0]!.changes.stamp).toBe(stamp);
    expect(reads).toEqual(['entries/b.md', 'entries/c.md']);
    stores[0]!.changes.onStored?.(1, 2);
    stores[0]!.changes.onStored?.(2, 2);
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
  });

  it('works the difference out again under the lock: another process may have caught up meanwhile', async () => {
    const { index, stores } = fakeIndex([files[0]!], files);
    const { store } = fakeStore(files);
    const { reads, read } = reader();
    await syncIndex(index, store, read);
    expect(reads).toEqual([]);
    expect(stores[0]!.changes.put).toEqual([]);
    expect(stores[0]!.changes.removed).toEqual([]);
  });

  it('tells a same-size edit in the same clock tick by the fingerprints the store took', async () => {
    const held = files.map((f) => ({ ...f, hash: 'old' }));
    const { index, stores } = fakeIndex(held);
    const { store } = fakeStore([files[0]!, { ...files[1]!, hash: 'new' }, files[2]!]);
    const { read } = reader();
    await syncIndex(index, store, read);
    expect(stores[0]!.changes.put.map((f) => f.path)).toEqual(['entries/b.md']);
  });

  it('reads every file for a missing index, and for a rebuild even when nothing changed', async () => {
    for (const [stored, rebuild] of [[undefined, false], [files, true]] as const) {
      const { index, stores } = fakeIndex(stored && [...stored]);
      const { store, asked } = fakeStore(files, 'unchanged');
      const { reads, read } = reader();
      await syncIndex(index, store, read, { rebuild });
      expect(asked).toEqual([undefined]);
      expect(reads).toEqual(files.map((f) => f.path));
      expect(stores[0]!.rebuild).toBe(rebuild);
    }
  });
});
