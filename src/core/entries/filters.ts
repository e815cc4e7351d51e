import type { EntryFacets } from '../ports.js';

/** What `list` and `search` narrow entries down by. Dates are YYYY-MM-DD, inclusive. */
export interface EntryFilter {
  since?: string | undefined;
  until?: string | undefined;
  /** Every tag must be present (case-insensitive). */
  tags?: readonly string[] | undefined;
  activity?: string | undefined;
  template?: string | undefined;
  /** Part of the author's name, case-insensitive. */
  author?: string | undefined;
  visibility?: string | undefined;
  status?: string | undefined;
  /** Archived entries (`status: archived`) are left out unless this is true or `status` asks for them (issue 17). */
  archived?: boolean | undefined;
}

export const SORT_KEYS = ['date', 'hours', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Anything with a path and the facets filters look at: a full entry, or one the index describes. */
export interface Filterable {
  path: string;
  meta: EntryFacets;
}

const lower = (s: string) => s.toLowerCase();
// ISO dates, timestamps and paths sort correctly byte by byte, and far faster than localeCompare on 10,000 entries.
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Whether an entry passes every part of a filter. Text filters ignore case; `author` matches part of a name.
 * An entry with no `status` counts as complete, one with no `visibility` matches only when none is asked for.
 */
export function matchesFilter(entry: Filterable, filter: EntryFilter): boolean {
  const meta = entry.meta;
  if (filter.since && meta.date < filter.since) return false;
  if (filter.until && meta.date > filter.until) return false;
  if (filter.tags && filter.tags.length > 0) {
    const tags = new Set(meta.tags.map(lower));
    if (!filter.tags.every((tag) => tags.has(lower(tag)))) return false;
  }
  if (filter.activity && lower(meta.activity ?? '') !== lower(filter.activity)) return false;
  if (filter.template && lower(meta.template ?? '') !== lower(filter.template)) return false;
  if (filter.author && !lower(meta.author ?? '').includes(lower(filter.author))) return false;
  if (filter.visibility && (meta.visibility ?? '') !== lower(filter.visibility)) return false;
  if (filter.status && (meta.status ?? 'complete') !== lower(filter.status)) return false;
  if (!filter.status && !filter.archived && meta.status === 'archived') return false;
  return true;
}

/** Newest first by default; ties broken by creation time then path so the order is stable. */
export function sortEntries<T extends Filterable>(entries: readonly T[], key: SortKey = 'date'): T[] {
  const byDate = (a: T, b: T) =>
    byCode(b.meta.date, a.meta.date) || byCode(b.meta.created ?? '', a.meta.created ?? '') || byCode(a.path, b.path);
  const compare =
    key === 'hours'
      ? (a: T, b: T) => (b.meta.hours ?? 0) - (a.meta.hours ?? 0) || byDate(a, b)
      : key === 'title'
        ? (a: T, b: T) => a.meta.title.localeCompare(b.meta.title) || byDate(a, b)
        : byDate;
  return [...entries].sort(compare);
}
