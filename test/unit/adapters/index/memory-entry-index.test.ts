import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJournal } from '../../../../scripts/generate-journal.mjs';
import { FsEntryStore } from '../../../../src/adapters/fs-entry-store.js';
import { MemoryEntryIndex } from '../../../../src/adapters/index/memory-entry-index.js';
import { DiskTolerantEntryIndex, openEntryIndex } from '../../../../src/adapters/index/open-entry-index.js';
import { Journal } from '../../../../src/core/entries/journal.js';
import type { EntryIndex, JournalNotice } from '../../../../src/core/ports.js';
import { tempDir } from '../../../helpers/isolated-env.js';

function journalOver(root: string, index: EntryIndex) {
  const store = new FsEntryStore(root);
  const reads: string[] = [];
  const counting = Object.create(store) as FsEntryStore;
  counting.read = async (p: string) => {
    reads.push(p);
    return store.read(p);
  };
  // The index reads a file with its fingerprint in one go: that is a read too.
  counting.readWithHash = async (p: string) => {
    reads.push(p);
    return store.readWithHash(p);
  };
  const journal = new Journal({ root, mode: 'personal', store: counting, clock: { now: () => new Date('2026-11-27T12:00:00Z') }, ids: { next: () => '01JD0000000000000000000000' }, index });
  return { journal, reads };
}

describe('an index held in memory (a script over a journal it cannot write)', () => {
  it('reads every file at the first read, then only what changed while the journal stays open', async () => {
    const root = path.join(tempDir('mindlines-memory-index-'), 'journal');
    const entries = generateJournal(root, 12, { plant: { quokka: [3] } });
    const { journal, reads } = journalOver(root, new MemoryEntryIndex());
    expect((await journal.search('quokka')).hits.map((h) => h.entry.path)).toEqual([entries[3]!.path]);
    expect(reads.filter((p) => p !== entries[3]!.path)).toHaveLength(11);
    reads.length = 0;

    const edited = path.join(root, entries[5]!.path);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('## What happened\n\n', '## What happened\n\nA quokka too. '));
    rmSync(path.join(root, entries[3]!.path));
    expect((await journal.search('quokka')).hits.map((h) => h.entry.path)).toEqual([entries[5]!.path]);
    expect(reads).toEqual([entries[5]!.path, entries[5]!.path]); // indexed, then its snippet
    expect((await journal.query()).entries).toHaveLength(11);
  });

  it('is what a journal whose folder cannot be written reads through, with a note; a writable one gets the file index', async () => {
    const root = path.join(tempDir('mindlines-open-index-'), 'journal');
    generateJournal(root, 3);
    const notices: JournalNotice[] = [];
    await journalOver(root, openEntryIndex(root, { mindlines: '0.1.0', notify: (n) => notices.push(n) })).journal.query();
    expect(existsSync(path.join(root, '.mindlines/index.json'))).toBe(true);
    expect(notices).toEqual([]);

    const missing = path.join(root, 'missing');
    const index = openEntryIndex(missing, { mindlines: '0.1.0', notify: (n) => notices.push(n) });
    expect((await index.update(async () => ({ put: [], removed: [], read: async () => Promise.reject(new Error('nothing to read')), stamp: { at: 0, folders: [] } }))).entries).toEqual([]);
    expect(notices).toEqual([{ kind: 'index-in-memory', folder: path.join(missing, '.mindlines'), code: 'ENOENT' }]);
  });

  it('answers from the files, with one note, when the disk fills up while the index is written (bug: "something went wrong")', async () => {
    const root = path.join(tempDir('mindlines-full-index-'), 'journal');
    const entries = generateJournal(root, 4);
    const full: EntryIndex = {
      read: async () => undefined,
      update: async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
    };
    const notices: JournalNotice[] = [];
    const { journal } = journalOver(root, new DiskTolerantEntryIndex(full, path.join(root, '.mindlines'), (n) => notices.push(n)));
    expect((await journal.query()).entries.map((e) => e.path).sort()).toEqual(entries.map((e) => e.path).sort());
    expect((await journal.query()).entries).toHaveLength(4);
    expect(notices).toEqual([{ kind: 'index-in-memory', folder: path.join(root, '.mindlines'), code: 'ENOSPC' }]);
  });

  it('does not hide an error that is not the disk refusing', async () => {
    const broken: EntryIndex = { read: async () => undefined, update: async () => Promise.reject(new TypeError('a bug')) };
    await expect(new DiskTolerantEntryIndex(broken, '/x', () => undefined).update(async () => ({ put: [], removed: [], read: async () => Promise.reject(new Error('nothing to read')), stamp: { at: 0, folders: [] } }))).rejects.toThrow('a bug');
  });

  it.skipIf(process.getuid?.() === 0)('falls back to memory for a read-only journal folder (root ignores permissions)', async () => {
    const root = path.join(tempDir('mindlines-readonly-index-'), 'journal');
    generateJournal(root, 2);
    mkdirSync(path.join(root, '.mindlines'), { recursive: true });
    chmodSync(path.join(root, '.mindlines'), 0o500);
    const notices: JournalNotice[] = [];
    try {
      expect((await journalOver(root, openEntryIndex(root, { mindlines: '0.1.0', notify: (n) => notices.push(n) })).journal.query()).entries).toHaveLength(2);
      expect(notices.map((n) => n.kind)).toEqual(['index-in-memory']);
    } finally {
      chmodSync(path.join(root, '.mindlines'), 0o700);
    }
  });
});
