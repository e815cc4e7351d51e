import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJournal } from '../../../../scripts/generate-journal.mjs';
import { FsEntryStore } from '../../../../src/adapters/fs-entry-store.js';
import { INDEX_VERSION } from '../../../../src/adapters/index/index-json.js';
import { LowdbEntryIndex } from '../../../../src/adapters/index/lowdb-entry-index.js';
import { MemoryEntryIndex } from '../../../../src/adapters/index/memory-entry-index.js';
import { Journal } from '../../../../src/core/entries/journal.js';
import { tempDir } from '../../../helpers/isolated-env.js';

/** A journal over a real folder whose store counts how many files it reads; its index on disk, or in memory. */
function journalAt(root: string, withIndex = true, mindlines = '0.1.0') {
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
  const journal = new Journal({
    root,
    mode: 'team',
    store: counting,
    clock: { now: () => new Date('2026-11-27T12:00:00Z') },
    ids: { next: () => '01JD0000000000000000000000' },
    index: withIndex ? new LowdbEntryIndex(root, { mindlines }) : new MemoryEntryIndex(),
  });
  return { journal, reads };
}

const paths = (hits: { entry: { path: string } }[]) => hits.map((h) => h.entry.path).sort();

function setup(count = 60) {
  const root = path.join(tempDir('mindlines-index-'), 'journal');
  const entries = generateJournal(root, count, { plant: { quokka: [2, 30, 41], wombat: [30] } });
  return { root, entries };
}

describe('the entry index', () => {
  it('reads every file once, then only what changed: new, edited in place, touched, deleted', async () => {
    const { root, entries } = setup();
    const first = journalAt(root);
    expect((await first.journal.query()).entries).toHaveLength(60);
    expect(first.reads).toHaveLength(60);
    expect(existsSync(path.join(root, '.mindlines/index.json'))).toBe(true);

    const again = journalAt(root);
    expect((await again.journal.query()).entries).toHaveLength(60);
    expect(again.reads).toHaveLength(0);

    // Edit one entry in place (its folder's mtime does not change), delete another, add a copy of a third.
    const edited = path.join(root, entries[5]!.path);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('## What happened\n\n', '## What happened\n\nA quokka appeared. '));
    rmSync(path.join(root, entries[30]!.path));
    const copy = readFileSync(path.join(root, entries[7]!.path), 'utf8').replace(/^id: .*$/m, 'id: 01JD0000000000000000000ZZZ');
    mkdirSync(path.join(root, 'entries/2026/11'), { recursive: true });
    writeFileSync(path.join(root, 'entries/2026/11/2026-11-27-new-entry-0zzz.md'), copy);
    const after = journalAt(root);
    const { hits } = await after.journal.search('quokka');
    expect(paths(hits)).toEqual([entries[2]!.path, entries[41]!.path, entries[5]!.path].sort());
    expect((await after.journal.search('wombat')).hits).toEqual([]);
    expect(after.reads.filter((p) => !p.includes(entries[5]!.path) && !p.includes('new-entry')).length).toBeLessThanOrEqual(3); // snippets only
    expect(new Set(after.reads)).toContain(entries[5]!.path);
    expect((await after.journal.query()).entries).toHaveLength(60);

    // A touch alone (same size, new mtime) is noticed too.
    const touched = path.join(root, entries[9]!.path);
    const later = new Date(Date.now() + 5000);
    utimesSync(touched, later, later);
    const touchedRun = journalAt(root);
    await touchedRun.journal.query();
    expect(touchedRun.reads).toEqual([entries[9]!.path]);
  });

  it('gives the same answers as an index held in memory', async () => {
    const { root } = setup(80);
    const indexed = journalAt(root).journal;
    const plain = journalAt(root, false).journal;
    for (const query of ['quokka', 'asthma review', '"works best when started early"', 'wombat quokka']) {
      const a = await indexed.search(query, { since: '2020-01-01' });
      const b = await plain.search(query, { since: '2020-01-01' });
      expect(a.hits.map((h) => [h.entry.path, h.score, h.snippet.text])).toEqual(b.hits.map((h) => [h.entry.path, h.score, h.snippet.text]));
    }
    const filter = { tags: ['asthma'], sort: 'hours' as const, limit: 7 };
    expect((await indexed.query(filter)).entries).toEqual((await plain.query(filter)).entries);
    expect((await indexed.list(filter)).entries).toEqual((await plain.list(filter)).entries);
    const scanA = await indexed.scan();
    const scanB = await plain.scan();
    expect(scanA.entries.sort((x, y) => x.path.localeCompare(y.path))).toEqual(scanB.entries.sort((x, y) => x.path.localeCompare(y.path)));
  });

  it.each([
    ['empty', (file: string) => writeFileSync(file, '')],
    ['truncated', (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
    ['not JSON', (file: string) => writeFileSync(file, 'garbage\u0000{{{')],
    ['another version', (file: string) => writeFileSync(file, JSON.stringify({ format: 'mindlines-index', version: 999, rows: [] }))],
    ['another shape', (file: string) => writeFileSync(file, JSON.stringify({ format: 'mindlines-index', version: INDEX_VERSION, mindlines: '0.1.0', nextDoc: 1, rows: ['E\tx\t1'], segments: [], heads: '', headsBytes: 0 }))],
  ])('rebuilds an index that is %s, silently, with the same answers', async (_kind, damage) => {
    const { root, entries } = setup(30);
    await journalAt(root).journal.query();
    damage(path.join(root, '.mindlines/index.json'));
    const run = journalAt(root);
    const { hits, problems } = await run.journal.search('quokka');
    expect(problems).toEqual([]);
    expect(paths(hits)).toEqual([entries[2]!.path].sort());
    expect(run.reads.length).toBeGreaterThanOrEqual(30);
    expect(JSON.parse(readFileSync(path.join(root, '.mindlines/index.json'), 'utf8')).version).toBe(INDEX_VERSION);
  });

  it('rebuilds an index another release of mindlines wrote, and stamps it with this one', async () => {
    const { root } = setup(20);
    await journalAt(root, true, '0.1.0').journal.query();
    const upgraded = journalAt(root, true, '0.2.0');
    expect((await upgraded.journal.query()).entries).toHaveLength(20);
    expect(upgraded.reads).toHaveLength(20);
    expect(JSON.parse(readFileSync(path.join(root, '.mindlines/index.json'), 'utf8'))).toMatchObject({ version: INDEX_VERSION, mindlines: '0.2.0' });
    const again = journalAt(root, true, '0.2.0');
    await again.journal.query();
    expect(again.reads).toEqual([]);
  });

  it('rebuilds when the front-matter file is missing or damaged', async () => {
    const { root, entries } = setup(30);
    await journalAt(root).journal.query();
    const dir = path.join(root, '.mindlines');
    const heads = () => readdirSync(dir).filter((n) => n.startsWith('heads-'));
    for (const name of heads()) writeFileSync(path.join(dir, name), 'junk');
    expect((await journalAt(root).journal.query({ limit: 1 })).entries[0]!.path).toBe(entries[29]!.path);
    for (const name of heads()) rmSync(path.join(dir, name));
    expect((await journalAt(root).journal.query({ limit: 1 })).entries[0]!.meta.title).toBe(entries[29]!.title);
  });

  it('rebuilds when a postings segment is missing or damaged', async () => {
    const { root, entries } = setup(30);
    await journalAt(root).journal.query();
    const dir = path.join(root, '.mindlines');
    for (const name of readdirSync(dir).filter((n) => n.startsWith('postings-'))) writeFileSync(path.join(dir, name), 'junk');
    expect(paths((await journalAt(root).journal.search('quokka')).hits)).toEqual([entries[2]!.path]);
    for (const name of readdirSync(dir).filter((n) => n.startsWith('postings-'))) rmSync(path.join(dir, name));
    expect(paths((await journalAt(root).journal.search('quokka')).hits)).toEqual([entries[2]!.path]);
    // Cut short after its header: noticed by its length, not by a failed search.
    for (const name of readdirSync(dir).filter((n) => n.startsWith('postings-'))) truncateSync(path.join(dir, name), 200);
    expect(paths((await journalAt(root).journal.search('quokka')).hits)).toEqual([entries[2]!.path]);
    for (const name of readdirSync(dir).filter((n) => n.startsWith('heads-'))) truncateSync(path.join(dir, name), 100);
    expect((await journalAt(root).journal.query({ limit: 1 })).entries[0]!.meta.title).toBe(entries[29]!.title);
  });

  it('keeps files that do not parse as problems, without reading them again, until they change', async () => {
    const { root } = setup(10);
    const broken = path.join(root, 'entries/2026/11/2026-11-27-broken-zzzz.md');
    mkdirSync(path.dirname(broken), { recursive: true });
    writeFileSync(broken, '---\ntitle: no id\ndate: 2026-11-27\n---\nquokka\n');
    const first = await journalAt(root).journal.query();
    expect(first.problems).toEqual([{ path: 'entries/2026/11/2026-11-27-broken-zzzz.md', line: 1, message: 'the front matter has no `id`' }]);
    const again = journalAt(root);
    expect((await again.journal.query()).problems).toHaveLength(1);
    expect(again.reads).toEqual([]);
    writeFileSync(broken, '---\nid: 01JD0000000000000000000ZZZ\ntitle: Fixed now\ndate: 2026-11-27\n---\nquokka\n');
    const fixed = journalAt(root);
    expect((await fixed.journal.query()).problems).toEqual([]);
    expect((await fixed.journal.search('fixed')).hits.map((h) => h.entry.meta.title)).toEqual(['Fixed now']);
  });

  it('stays right and small through many small changes (segments are merged)', async () => {
    const { root, entries } = setup(40);
    await journalAt(root).journal.query();
    for (let i = 0; i < 14; i++) {
      const file = path.join(root, entries[i]!.path);
      writeFileSync(file, readFileSync(file, 'utf8').replace('## What happened\n\n', `## What happened\n\nmarker${i} `));
      const { hits } = await journalAt(root).journal.search(`marker${i}`);
      expect(paths(hits)).toEqual([entries[i]!.path]);
    }
    const segments = readdirSync(path.join(root, '.mindlines')).filter((n) => n.startsWith('postings-'));
    const index = JSON.parse(readFileSync(path.join(root, '.mindlines/index.json'), 'utf8'));
    expect(index.segments.length).toBeLessThanOrEqual(9);
    expect(segments.length).toBeGreaterThanOrEqual(index.segments.length);
    for (let i = 0; i < 14; i++) expect(paths((await journalAt(root).journal.search(`marker${i}`)).hits)).toEqual([entries[i]!.path]);
    expect(paths((await journalAt(root).journal.search('quokka')).hits)).toEqual([entries[2]!.path, entries[30]!.path].sort());
  });
});
