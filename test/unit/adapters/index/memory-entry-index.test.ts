import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJournal } from '../../../../scripts/generate-journal.mjs';
import { FsEntryStore } from '../../../../src/adapters/fs-entry-store.js';
import { LowdbEntryIndex } from '../../../../src/adapters/index/lowdb-entry-index.js';
import { MemoryEntryIndex } from '../../../../src/adapters/index/memory-entry-index.js';
import { openEntryIndex } from '../../../../src/adapters/index/open-entry-index.js';
import { Journal } from '../../../../src/core/entries/journal.js';
import type { EntryIndex } from '../../../../src/core/ports.js';
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

  it('is what a journal whose folder cannot be written reads through; a writable one gets the file index', () => {
    const root = path.join(tempDir('mindlines-open-index-'), 'journal');
    mkdirSync(root, { recursive: true });
    expect(openEntryIndex(root, { mindlines: '0.1.0' })).toBeInstanceOf(LowdbEntryIndex);
    expect(openEntryIndex(path.join(root, 'missing'), { mindlines: '0.1.0' })).toBeInstanceOf(MemoryEntryIndex);
  });

  it.skipIf(process.getuid?.() === 0)('falls back to memory for a read-only journal folder (root ignores permissions)', () => {
    const root = path.join(tempDir('mindlines-readonly-index-'), 'journal');
    mkdirSync(path.join(root, '.mindlines'), { recursive: true });
    chmodSync(path.join(root, '.mindlines'), 0o500);
    try {
      expect(openEntryIndex(root, { mindlines: '0.1.0' })).toBeInstanceOf(MemoryEntryIndex);
    } finally {
      chmodSync(path.join(root, '.mindlines'), 0o700);
    }
  });
});
