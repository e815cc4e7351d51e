import type { EntrySummary } from '../entries/journal.js';
import type { CommitAuthor } from './repository.js';
import { LEARNED_WITH } from '../entries/vocabulary.js';

/**
 * The team digest: what a practice learned in a period, for its learning meeting (DESIGN.md, the learning practice).
 * It surfaces what otherwise has few routes to spread: significant and learning events, collective and
 * organisational learning, double- and triple-loop learning, and the shared actions still open. Private entries are
 * never counted or shown. Pure: entries in, a typed digest out; exporters render it.
 */

/** Shown as the author of entries that name none. */
export const NO_AUTHOR = '(no author)';

export interface DigestEntry {
  id: string;
  title: string;
  date: string;
  author: string;
  path: string;
  activity?: string | undefined;
  loop?: string | undefined;
  level?: string | undefined;
}

export interface DigestAction {
  text: string;
  due: string | undefined;
  owner: string;
  overdue: boolean;
  entry: DigestEntry;
}

export interface Count {
  value: string;
  entries: number;
}

export interface TeamDigest {
  period: { since: string; until: string };
  totals: { entries: number; authors: number; hours: number };
  /** Entries and hours per author, most entries first. */
  authors: { author: string; entries: number; hours: number }[];
  /** The most frequent tags. */
  themes: Count[];
  significantEvents: DigestEntry[];
  learningEvents: DigestEntry[];
  /** Entries whose learning is collective or organisational. */
  collective: DigestEntry[];
  /** Double- and triple-loop learning. */
  deeperLoops: DigestEntry[];
  /** Open actions from the period's entries, and older open actions now due. Soonest due first. */
  openActions: DigestAction[];
  /** Who people learned with, and the resources they used. */
  resources: { learnedWith: Count[]; used: Count[] };
}

export interface DigestOptions {
  since: string;
  until: string;
  /** Today (YYYY-MM-DD), to tell which actions are overdue. */
  today: string;
  /** How many themes and resources to list (default 10). */
  top?: number;
}

/** An entry the team may see: not private, not in the private folder. */
export function isShared(entry: EntrySummary): boolean {
  return entry.meta.visibility !== 'private' && !entry.path.startsWith('private/');
}

const authorOf = (entry: EntrySummary) => entry.meta.author?.trim() || NO_AUTHOR;

const norm = (text: string) => text.trim().toLowerCase().replace(/[\s_]+/g, '-');

const SIGNIFICANT = new Set(['sea', 'significant-event', 'significant-event-analysis', 'significant-events']);
const LEARNING_EVENT = new Set(['lea', 'learning-event', 'learning-event-analysis', 'learning-events']);

function markedAs(entry: EntrySummary, words: Set<string>): boolean {
  const m = entry.meta;
  return [m.template, m.activity, ...m.tags].some((value) => value !== undefined && words.has(norm(value)));
}

function digestEntry(entry: EntrySummary): DigestEntry {
  const m = entry.meta;
  return { id: m.id, title: m.title, date: m.date, author: authorOf(entry), path: entry.path, activity: m.activity, loop: m.loop, level: m.level };
}

function topCounts(counts: Map<string, { label: string; entries: number }>, top: number): Count[] {
  return [...counts.values()]
    .sort((a, b) => b.entries - a.entries || a.label.localeCompare(b.label))
    .slice(0, top)
    .map((c) => ({ value: c.label, entries: c.entries }));
}

/** Counts each value once per entry, case-insensitively, keeping the first spelling seen. */
function countValues(entries: readonly EntrySummary[], values: (entry: EntrySummary) => readonly string[]): Map<string, { label: string; entries: number }> {
  const counts = new Map<string, { label: string; entries: number }>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const value of values(entry)) {
      const key = value.trim().toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const known = counts.get(key);
      if (known) known.entries++;
      else counts.set(key, { label: value.trim(), entries: 1 });
    }
  }
  return counts;
}

/** An action's owner: its own `owner:` when it names one, else the entry's author. */
function ownerOf(entry: EntrySummary, index: number): string {
  const raw = entry.frontMatter.actions;
  const item = Array.isArray(raw) ? (raw[index] as unknown) : undefined;
  const owner = item && typeof item === 'object' ? (item as Record<string, unknown>).owner : undefined;
  return typeof owner === 'string' && owner.trim() ? owner.trim() : authorOf(entry);
}

const byDateThenTitle = (a: DigestEntry, b: DigestEntry) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title);

/** Builds the digest of the shared entries dated within the period (inclusive). */
export function buildTeamDigest(all: readonly EntrySummary[], options: DigestOptions): TeamDigest {
  const top = options.top ?? 10;
  const shared = all.filter(isShared);
  const inPeriod = shared.filter((e) => e.meta.date >= options.since && e.meta.date <= options.until);

  const perAuthor = new Map<string, { author: string; entries: number; hours: number }>();
  for (const entry of inPeriod) {
    const author = authorOf(entry);
    const row = perAuthor.get(author) ?? { author, entries: 0, hours: 0 };
    row.entries++;
    row.hours += entry.meta.hours ?? 0;
    perAuthor.set(author, row);
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const authors = [...perAuthor.values()]
    .map((row) => ({ ...row, hours: round(row.hours) }))
    .sort((a, b) => b.entries - a.entries || a.author.localeCompare(b.author));

  const openActions: DigestAction[] = [];
  for (const entry of shared) {
    const inThePeriod = entry.meta.date >= options.since && entry.meta.date <= options.until;
    if (!inThePeriod && entry.meta.date > options.until) continue;
    entry.meta.actions.forEach((action, index) => {
      if (action.done || action.dropped) return;
      const nowDue = action.due !== undefined && action.due <= options.until;
      if (!inThePeriod && !nowDue) return;
      openActions.push({
        text: action.text,
        due: action.due,
        owner: ownerOf(entry, index),
        overdue: action.due !== undefined && action.due < options.today,
        entry: digestEntry(entry),
      });
    });
  }
  openActions.sort(
    (a, b) =>
      (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') || b.entry.date.localeCompare(a.entry.date) || a.text.localeCompare(b.text),
  );

  const learnedWithLabel = new Map<string, string>(LEARNED_WITH.map((t) => [t.value, t.label]));
  const learnedWith = countValues(inPeriod, (e) => e.meta.learned_with.map((v) => learnedWithLabel.get(v) ?? v));

  return {
    period: { since: options.since, until: options.until },
    totals: { entries: inPeriod.length, authors: authors.length, hours: round(authors.reduce((sum, a) => sum + a.hours, 0)) },
    authors,
    themes: topCounts(
      countValues(inPeriod, (e) => e.meta.tags),
      top,
    ),
    significantEvents: inPeriod.filter((e) => markedAs(e, SIGNIFICANT)).map(digestEntry).sort(byDateThenTitle),
    learningEvents: inPeriod.filter((e) => markedAs(e, LEARNING_EVENT)).map(digestEntry).sort(byDateThenTitle),
    collective: inPeriod
      .filter((e) => e.meta.level === 'collective' || e.meta.level === 'organisational')
      .map(digestEntry)
      .sort(byDateThenTitle),
    deeperLoops: inPeriod
      .filter((e) => e.meta.loop === 'double' || e.meta.loop === 'triple')
      .map(digestEntry)
      .sort(byDateThenTitle),
    openActions,
    resources: {
      learnedWith: topCounts(learnedWith, LEARNED_WITH.length),
      used: topCounts(
        countValues(inPeriod, (e) => e.meta.resources),
        top,
      ),
    },
  };
}

export interface TeamMember {
  name: string;
  /** Shared entries naming this person as author. */
  entries: number;
  firstEntry: string | undefined;
  lastEntry: string | undefined;
  /** From git: the address and time of their latest commit to the entries, when they committed any. */
  email: string | undefined;
  lastCommit: string | undefined;
  commits: number;
}

/**
 * Who has written in the repository and when last: authors of shared entries, joined by name with the people who
 * committed entries. Most recent entry first; people who only committed come after, latest commit first.
 */
export function teamMembers(all: readonly EntrySummary[], committers: readonly CommitAuthor[]): TeamMember[] {
  const members = new Map<string, TeamMember>();
  const member = (name: string) => {
    const key = name.toLowerCase();
    let found = members.get(key);
    if (!found) {
      found = { name, entries: 0, firstEntry: undefined, lastEntry: undefined, email: undefined, lastCommit: undefined, commits: 0 };
      members.set(key, found);
    }
    return found;
  };
  for (const entry of all.filter(isShared)) {
    const m = member(authorOf(entry));
    m.entries++;
    if (!m.firstEntry || entry.meta.date < m.firstEntry) m.firstEntry = entry.meta.date;
    if (!m.lastEntry || entry.meta.date > m.lastEntry) m.lastEntry = entry.meta.date;
  }
  for (const committer of committers) {
    const m = member(committer.name.trim() || NO_AUTHOR);
    m.commits += committer.commits;
    if (!m.lastCommit || committer.last > m.lastCommit) {
      m.lastCommit = committer.last;
      m.email = committer.email || undefined;
    }
  }
  return [...members.values()].sort(
    (a, b) =>
      (b.lastEntry ?? '').localeCompare(a.lastEntry ?? '') ||
      (b.lastCommit ?? '').localeCompare(a.lastCommit ?? '') ||
      a.name.localeCompare(b.name),
  );
}
