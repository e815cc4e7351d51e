import { describe, expect, it } from 'vitest';
import { serializeEntryText } from '../../../../src/codecs/entry-file.js';
import type { IndexedEntry, IndexSnapshot } from '../../../../src/core/ports.js';
import { searchEntries } from '../../../../src/core/search/entry-search.js';
import { indexDocumentOf } from '../../../../src/core/search/index-document.js';
import { parseQuery } from '../../../../src/core/search/search-text.js';

/** A snapshot of entries written inline, and their bodies by path, as the index would hold them. */
function snapshotOf(entries: { title: string; date: string; tags?: string[]; body: string }[]) {
  const bodies = new Map<string, string>();
  const indexed: IndexedEntry[] = [];
  const postings = new Map<string, { entry: number; tf: number }[]>();
  entries.forEach(({ title, date, tags = [], body }, i) => {
    const path = `entries/${date}-${i}.md`;
    const doc = indexDocumentOf(path, serializeEntryText({ id: `01JD${String(i).padStart(22, '0')}`, title, date, tags }, `\n${body}\n`));
    if (!doc.ok) throw new Error(doc.problem.message);
    bodies.set(path, body);
    indexed.push({ path, size: 0, mtimeMs: 0, meta: doc.facets, frontMatter: doc.frontMatter, length: doc.length });
    for (const [term, tf] of doc.terms) postings.set(term, [...(postings.get(term) ?? []), { entry: indexed.length - 1, tf }]);
  });
  const snapshot: IndexSnapshot = { entries: indexed, problems: [], postings: (term) => postings.get(term) ?? [] };
  const bodyOf = async (e: IndexedEntry) => bodies.get(e.path) ?? '';
  const search = async (query: string, options = {}) =>
    (await searchEntries(snapshot, parseQuery(query), options, bodyOf)).map((hit) => ({ title: hit.entry.meta.title, score: hit.score, snippet: hit.snippet.text }));
  return { search };
}

describe('searching the index', () => {
  const { search } = snapshotOf([
    { title: 'Spacer technique', date: '2026-03-01', tags: ['asthma'], body: 'Showed a parent the spacer and a good mask seal.' },
    { title: 'Night shift', date: '2026-04-01', body: 'A child with asthma; the spacer was missing, so we borrowed one.' },
    { title: 'Audit of inhalers', date: '2025-01-10', body: 'Counted inhaler prescriptions; no mention of a spacer anywhere.' },
  ]);

  it('ranks an entry whose title holds the word above one whose body does, with a snippet around the match', async () => {
    const hits = await search('spacer');
    expect(hits.map((h) => h.title)).toEqual(['Spacer technique', 'Night shift', 'Audit of inhalers']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.snippet).toContain('the spacer was missing');
  });

  it('needs every word, and a quoted phrase word for word', async () => {
    expect((await search('spacer asthma')).map((h) => h.title)).toEqual(['Spacer technique', 'Night shift']);
    expect((await search('"mask seal"')).map((h) => h.title)).toEqual(['Spacer technique']);
    expect(await search('"seal mask"')).toEqual([]);
    expect(await search('spacer wombat')).toEqual([]);
  });

  it('filters, sorts by date when asked, and limits', async () => {
    expect((await search('spacer', { since: '2026-01-01' })).map((h) => h.title)).toEqual(['Spacer technique', 'Night shift']);
    expect((await search('spacer', { sort: 'date', limit: 2 })).map((h) => h.title)).toEqual(['Night shift', 'Spacer technique']);
  });
});
