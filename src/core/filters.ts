import type { Entry } from './entry.js';

/** What `list` and `search` narrow entries down by. Dates are YYYY-MM-DD, inclusive. */
export interface EntryFilter {
  since?: string | undefined;
  until?: string | undefined;
  /** Every tag must be present (case-insensitive). */
  tags?: readonly string[] | undefined;
  activity?: string | undefined;
  template?: string | undefined;
  author?: string | undefined;
  visibility?: string | undefined;
  status?: string | undefined;
}

export type SortKey = 'date' | 'hours' | 'title';

const lower = (s: string) => s.toLowerCase();

export function matchesFilter(entry: Entry, filter: EntryFilter): boolean {
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
  if (filter.status && (meta.status ?? '') !== lower(filter.status)) return false;
  return true;
}

/** Newest first by default; ties broken by creation time then path so the order is stable. */
export function sortEntries(entries: Entry[], key: SortKey = 'date'): Entry[] {
  const byDate = (a: Entry, b: Entry) =>
    b.meta.date.localeCompare(a.meta.date) ||
    (b.meta.created ?? '').localeCompare(a.meta.created ?? '') ||
    a.path.localeCompare(b.path);
  const compare =
    key === 'hours'
      ? (a: Entry, b: Entry) => (b.meta.hours ?? 0) - (a.meta.hours ?? 0) || byDate(a, b)
      : key === 'title'
        ? (a: Entry, b: Entry) => a.meta.title.localeCompare(b.meta.title) || byDate(a, b)
        : byDate;
  return [...entries].sort(compare);
}
