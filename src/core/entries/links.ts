import type { Entry } from './entry.js';

/** What links need of an entry: its path and front matter, not its body (so they can come from the index). */
export type LinkedEntry = Omit<Entry, 'body'>;

/** An entry named in `builds_on` that is not in the journal (deleted, or in someone's private folder). */
export interface MissingLink {
  id: string;
}

export interface EntryLinks {
  /** What this entry builds on, in the order its `builds_on` names them. */
  buildsOn: (LinkedEntry | MissingLink)[];
  /** Back-links: the entries whose `builds_on` names this one, oldest first. */
  builtOnBy: LinkedEntry[];
}

export function isMissingLink(link: LinkedEntry | MissingLink): link is MissingLink {
  return !('meta' in link);
}

/** The entries an entry builds on and those that build on it, from the `builds_on` of every entry. */
export function linksOf(entry: LinkedEntry, entries: readonly LinkedEntry[]): EntryLinks {
  const byId = new Map(entries.map((e) => [e.meta.id, e]));
  const id = entry.meta.id;
  const buildsOn = [...new Set(entry.meta.builds_on.map((ref) => ref.toUpperCase()))]
    .filter((ref) => ref !== id)
    .map((ref) => byId.get(ref) ?? { id: ref });
  const builtOnBy = entries
    .filter((other) => other.meta.id !== id && other.meta.builds_on.some((ref) => ref.toUpperCase() === id))
    .sort((a, b) => a.meta.date.localeCompare(b.meta.date) || (a.meta.created ?? '').localeCompare(b.meta.created ?? '') || a.meta.id.localeCompare(b.meta.id));
  return { buildsOn, builtOnBy };
}

/**
 * Turns what a person or script wrote in `builds_on` (full ids, starts of ids, short ids, paths) into full ids,
 * or fails naming the one that matches no entry.
 */
export async function resolveLinks(journal: { find(ref: string): Promise<Entry> }, value: unknown): Promise<string[]> {
  const refs = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((ref) => (typeof ref === 'string' || typeof ref === 'number' ? String(ref).trim() : ''))
    .filter(Boolean);
  const ids: string[] = [];
  for (const ref of refs) {
    const entry = await journal.find(ref);
    if (!ids.includes(entry.meta.id)) ids.push(entry.meta.id);
  }
  return ids;
}
