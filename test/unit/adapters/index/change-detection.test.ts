import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJournal } from '../../../../scripts/generate-journal.mjs';
import { FsEntryStore } from '../../../../src/adapters/fs-entry-store.js';
import { findChangedFiles, lookAtEveryFile } from '../../../../src/adapters/index/changed-files.js';
import { listEntryFiles, probeChanges, type ChangedSince } from '../../../../src/adapters/index/entry-listing.js';
import { LowdbEntryIndex } from '../../../../src/adapters/index/lowdb-entry-index.js';
import { Journal } from '../../../../src/core/entries/journal.js';
import type { EntryFileInfo, HeldListing } from '../../../../src/core/ports.js';
import { tempDir } from '../../../helpers/isolated-env.js';

function journalAt(root: string, changedSince?: ChangedSince) {
  return new Journal({
    root,
    mode: 'team',
    store: new FsEntryStore(root, { changedSince }),
    clock: { now: () => new Date('2026-11-27T12:00:00Z') },
    ids: { next: () => '01JD0000000000000000000000' },
    index: new LowdbEntryIndex(root, { mindlines: '0.1.0' }),
  });
}

const hitsOf = async (root: string, word: string, changedSince?: ChangedSince) =>
  (await journalAt(root, changedSince).search(word)).hits.map((h) => h.entry.path).sort();

/** Replaces a word with another of the same length inside the file, writing into the same inode (like nano or `>`). */
function editInPlace(file: string, from: string, to: string, keepTimes = false) {
  const before = statSync(file);
  const text = readFileSync(file, 'utf8');
  expect(to.length).toBe(from.length);
  writeFileSync(file, text.replace(from, to));
  if (keepTimes) utimesSync(file, before.atime, before.mtime);
  const after = statSync(file);
  expect(after.ino).toBe(before.ino);
  expect(after.size).toBe(before.size);
}

describe.each([
  ['find (Linux)', undefined],
  ['a look at every file', lookAtEveryFile],
] as const)('the next search sees every kind of change, found by %s', (_name, changedSince) => {
  const setup = () => {
    const root = path.join(tempDir('mindlines-changes-'), 'journal');
    const entries = generateJournal(root, 40, { years: 2, plant: { quokka: [3, 20] } });
    return { root, entries };
  };

  it('an edit in place of the same size, even one that puts the old modification time back', async () => {
    const { root, entries } = setup();
    expect(await hitsOf(root, 'quokka', changedSince)).toEqual([entries[3]!.path, entries[20]!.path].sort());
    editInPlace(path.join(root, entries[3]!.path), 'quokka', 'wombat');
    expect(await hitsOf(root, 'quokka', changedSince)).toEqual([entries[20]!.path]);
    expect(await hitsOf(root, 'wombat', changedSince)).toEqual([entries[3]!.path]);
    editInPlace(path.join(root, entries[20]!.path), 'quokka', 'numbat', true);
    expect(await hitsOf(root, 'quokka', changedSince)).toEqual([]);
    expect(await hitsOf(root, 'numbat', changedSince)).toEqual([entries[20]!.path]);
  });

  it('an added file, a rename within a folder and into a new one, and a delete', async () => {
    const { root, entries } = setup();
    await hitsOf(root, 'quokka', changedSince);
    const added = 'entries/2026/11/2026-11-27-added-0zzz.md';
    const copy = readFileSync(path.join(root, entries[3]!.path), 'utf8').replace(/^id: .*$/m, 'id: 01JD0000000000000000000ZZZ');
    writeFileSync(path.join(root, added), copy);
    expect(await hitsOf(root, 'quokka', changedSince)).toEqual([entries[3]!.path, added, entries[20]!.path].sort());

    const renamed = entries[20]!.path.replace(/\.md$/, '-renamed.md');
    renameSync(path.join(root, entries[20]!.path), path.join(root, renamed));
    expect(await hitsOf(root, 'quokka', changedSince)).toEqual([entries[3]!.path, added, renamed].sort());

    mkdirSync(path.join(root, 'entries/2027/01'), { recursive: true });
    const moved = 'entries/2027/01/moved-0zzz.md';
    renameSync(path.join(root, added), path.join(root, moved));
    expect(await hitsOf(root, 'quokka', changedSince)).toEqual([entries[3]!.path, moved, renamed].sort());

    rmSync(path.join(root, entries[3]!.path));
    expect(await hitsOf(root, 'quokka', changedSince)).toEqual([moved, renamed].sort());
    expect((await journalAt(root, changedSince).query()).entries).toHaveLength(40);
  });
});

/** What an index would hold for the files as they are now, as of a listing at `at`. */
function heldNow(root: string, at: number, hashes: Map<string, string> = new Map()): HeldListing {
  const listing = listEntryFiles(root, at);
  const files = listing.files.map((f): EntryFileInfo => ({ ...f, hash: hashes.get(f.path) ?? 'fingerprint' }));
  return {
    stamp: listing.stamp,
    file: (p) => files.find((f) => f.path === p),
    namesIn: (folder) => files.filter((f) => path.posix.dirname(f.path) === folder).map((f) => path.posix.basename(f.path)),
    files: () => files,
  };
}

describe('the cheap check before every read', () => {
  const root = path.join(tempDir('mindlines-probe-'), 'journal');
  const entries = generateJournal(root, 12, { years: 1 });
  const longAgo = Date.now() + 60_000; // a listing "after" every file's times: nothing is racy

  it('looks at no file itself when the operating system lists none changed: only the folders', async () => {
    const held = heldNow(root, longAgo);
    const file = path.join(root, entries[4]!.path);
    writeFileSync(file, readFileSync(file, 'utf8').replace('## What happened', '## What  happened'));
    // The OS says nothing changed (as it would for a file untouched since): the edit is not looked for here…
    expect(await probeChanges(root, held, async () => [])).toEqual({ changed: false });
    // …whereas listing it, or looking at every file, finds it.
    expect((await probeChanges(root, held, async () => [entries[4]!.path])).changed).toBe(true);
    expect((await probeChanges(root, held, lookAtEveryFile)).changed).toBe(true);
  });

  it('re-reads the names of a folder whose times are racy, even when its times did not move', async () => {
    writeFileSync(path.join(root, entries[0]!.path.replace(/[^/]+$/, 'sneaked-in-0abc.md')), '---\nid: 01JD00000000000000000000AB\ntitle: x\ndate: 2026-01-01\n---\n');
    // A listing taken just now, of the folder as it is: its times are within the racy window of the listing.
    const listing = heldNow(root, Date.now());
    const missing = listing.files().filter((f) => !f.path.includes('sneaked-in'));
    const held: HeldListing = { ...listing, file: (p) => missing.find((f) => f.path === p), namesIn: (folder) => listing.namesIn(folder).filter((n) => !n.includes('sneaked-in')), files: () => missing };
    expect((await probeChanges(root, held, async () => [])).changed).toBe(true);
    // The same folder, long settled (the listing well after its times), is trusted by its times alone.
    const settled = heldNow(root, longAgo);
    const settledMissing: HeldListing = { ...settled, namesIn: (folder) => settled.namesIn(folder).filter((n) => !n.includes('sneaked-in')) };
    expect((await probeChanges(root, settledMissing, async () => [])).changed).toBe(false);
  });

  it('compares the bytes of a recently written file whose size and time are what the index holds', async () => {
    const file = path.join(root, entries[5]!.path);
    writeFileSync(file, readFileSync(file));
    const held = heldNow(root, Date.now());
    const probe = await probeChanges(root, held, async () => [entries[5]!.path]);
    // The fingerprint held ("fingerprint") is not the file's: it was written in the clock tick it was read in.
    expect(probe).toMatchObject({ changed: true });
    expect(probe.changed && probe.hashes.get(entries[5]!.path)).toMatch(/^[A-Za-z0-9_-]{27}$/);
  });

  it('leaves evidence attached to private entries alone: private/attachments/ holds files, not entries', async () => {
    const attached = path.join(root, 'private/attachments/01JD0000000000000000000001');
    mkdirSync(attached, { recursive: true });
    writeFileSync(path.join(attached, 'certificate.md'), '# not an entry\n');
    const held = heldNow(root, longAgo);
    expect(held.files().some((f) => f.path.startsWith('private/attachments/'))).toBe(false);
    // A new attachment changes its folder's times, not the names of any folder of entries.
    writeFileSync(path.join(attached, 'slides.md'), '# not an entry either\n');
    expect(await probeChanges(root, held, async () => [])).toEqual({ changed: false });
    if (process.platform === 'linux') expect(await findChangedFiles(root, ['private'], Date.now() - 60_000)).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('asks find for the files whose inode changed after a time', async () => {
    // File times come from a coarse clock, a few milliseconds behind Date.now(): ask from a second before.
    const before = Date.now() - 1000;
    const file = path.join(root, entries[7]!.path);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect(await findChangedFiles(root, ['entries'], before)).toContain(entries[7]!.path);
    expect(await findChangedFiles(root, ['entries'], Date.now() + 60_000)).toEqual([]);
    expect(await findChangedFiles(root, ['no-such-folder'], before)).toBeUndefined();
  });
});
