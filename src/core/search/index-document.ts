import { readEntry, type EntryMeta } from '../entries/entry.js';
import type { EntryFacets, IndexDocument } from '../ports.js';
import { termFrequencies } from './search-text.js';

/** The facets of an entry that the index keeps for filtering and sorting. */
export function facetsOf(meta: EntryMeta): EntryFacets {
  const facets: EntryFacets = { id: meta.id, title: meta.title, date: meta.date, tags: meta.tags, builds_on: meta.builds_on };
  for (const key of ['created', 'hours', 'activity', 'template', 'author', 'visibility', 'status'] as const) {
    if (meta[key] !== undefined) (facets as unknown as Record<string, unknown>)[key] = meta[key];
  }
  return facets;
}

/** What the index is given for one entry file's text: its facets, front matter and words, or why it is unreadable. */
export function indexDocumentOf(path: string, text: string): IndexDocument {
  const result = readEntry(path, text);
  if (!result.ok) return { ok: false, problem: result.problem };
  const { meta, frontMatter, body } = result.entry;
  const { terms, length } = termFrequencies({ title: meta.title, tags: meta.tags, body });
  return { ok: true, facets: facetsOf(meta), frontMatter, terms, length };
}
