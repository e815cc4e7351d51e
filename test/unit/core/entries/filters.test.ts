import { describe, expect, it } from 'vitest';
import { matchesFilter, sortEntries, type Filterable } from '../../../../src/core/entries/filters.js';

const entry = (path: string, meta: Partial<Filterable['meta']>): Filterable => ({
  path,
  meta: { id: path.toUpperCase().padEnd(26, '0'), title: path, date: '2026-01-01', tags: [], ...meta },
});

const a = entry('a', { date: '2026-03-01', tags: ['Asthma', 'paediatrics'], activity: 'clinical-case', template: 'gibbs', author: 'Sam Patel', visibility: 'team', hours: 2 });
const b = entry('b', { date: '2026-05-01', tags: ['asthma'], activity: 'reading', template: 'kolb', author: 'Jo Okafor', visibility: 'private', status: 'draft', hours: 0.5, title: 'Zeta' });
const c = entry('c', { date: '2026-05-01', created: '2026-05-01T09:00:00Z', title: 'Alpha', hours: 1 });

describe('filters', () => {
  const pick = (filter: Parameters<typeof matchesFilter>[1]) => [a, b, c].filter((e) => matchesFilter(e, filter)).map((e) => e.path);

  it('keeps dates inclusive at both ends', () => {
    expect(pick({ since: '2026-03-01' })).toEqual(['a', 'b', 'c']);
    expect(pick({ since: '2026-03-02', until: '2026-05-01' })).toEqual(['b', 'c']);
    expect(pick({ until: '2026-03-01' })).toEqual(['a']);
  });

  it('needs every tag, ignoring case', () => {
    expect(pick({ tags: ['asthma'] })).toEqual(['a', 'b']);
    expect(pick({ tags: ['ASTHMA', 'paediatrics'] })).toEqual(['a']);
  });

  it('matches activity, template, visibility and status exactly, and part of an author', () => {
    expect(pick({ activity: 'Reading' })).toEqual(['b']);
    expect(pick({ template: 'gibbs' })).toEqual(['a']);
    expect(pick({ author: 'patel' })).toEqual(['a']);
    expect(pick({ visibility: 'private' })).toEqual(['b']);
    expect(pick({ status: 'draft' })).toEqual(['b']);
    expect(pick({ status: 'complete' })).toEqual(['a', 'c']);
  });

  it('sorts newest first (then by creation time), by hours or by title', () => {
    expect(sortEntries([a, b, c]).map((e) => e.path)).toEqual(['c', 'b', 'a']);
    expect(sortEntries([a, b, c], 'hours').map((e) => e.path)).toEqual(['a', 'c', 'b']);
    expect(sortEntries([a, b, c], 'title').map((e) => e.path)).toEqual(['a', 'c', 'b']);
  });
});
