import type { Entry } from '../entries/entry.js';
import type { Visibility } from '../entries/vocabulary.js';
import { countedSpan, type DateSpan, type Period } from './cpd-period.js';

/** Whose entries a report counts: everyone's, or one author's (by exact name, or by part of it as `--author` is). */
export type AuthorChoice = { kind: 'all' } | { kind: 'named'; name: string; exact: boolean };

export interface SelectionOptions {
  /** Today, YYYY-MM-DD: nothing after it is counted. */
  today: string;
  period: Period;
  authors: AuthorChoice;
  /** Leave private entries out altogether (a confirmer never needs some of them). */
  excludePrivate: boolean;
  /** The visibility of an entry that gives none (the journal's default). */
  defaultVisibility: Visibility;
}

/**
 * The entries of a journal sorted into what a CPD report does with them (issue 12): completed CPD in the counted
 * span is counted; completed entries after today are planned, listed and never counted; unfinished notes (status
 * draft) are named and never counted; private entries are left out when asked. Everything else is outside.
 */
export interface Selection {
  /** The period's start to its end or today, whichever comes first. */
  span: DateSpan;
  /** Complete entries of the chosen authors in the span (private ones only when not excluded). */
  candidates: Entry[];
  /** Complete entries dated after today and within the period. */
  planned: Entry[];
  /** Unfinished notes (status draft) dated within the span. */
  unfinished: Entry[];
  /** Complete private entries of the span left out by `excludePrivate`. */
  privateLeftOut: Entry[];
  /** Whether an entry is one the report may count at all (author, status, privacy), whatever its date. */
  eligible: (entry: Entry) => boolean;
}

export const isDraft = (entry: Entry) => entry.meta.status === 'draft';

export function visibilityOf(entry: Entry, fallback: Visibility): Visibility {
  return entry.meta.visibility ?? fallback;
}

function byAuthor(choice: AuthorChoice): (entry: Entry) => boolean {
  if (choice.kind === 'all') return () => true;
  const wanted = choice.name.trim().toLowerCase();
  return (entry) => {
    const author = (entry.meta.author ?? '').trim().toLowerCase();
    return choice.exact ? author === wanted : author.includes(wanted);
  };
}

export function selectEntries(entries: readonly Entry[], options: SelectionOptions): Selection {
  const span = countedSpan(options.period, options.today);
  const mine = byAuthor(options.authors);
  const isPrivate = (entry: Entry) => visibilityOf(entry, options.defaultVisibility) === 'private';
  const shown = (entry: Entry) => mine(entry) && !(options.excludePrivate && isPrivate(entry));
  const within = (entry: Entry, from: string, to: string) => entry.meta.date >= from && entry.meta.date <= to;
  const ordered = [...entries].sort((a, b) => a.meta.date.localeCompare(b.meta.date) || a.path.localeCompare(b.path));
  return {
    span,
    candidates: ordered.filter((e) => shown(e) && !isDraft(e) && within(e, span.from, span.to)),
    planned: ordered.filter((e) => shown(e) && !isDraft(e) && e.meta.date > options.today && within(e, options.period.from, options.period.to)),
    unfinished: ordered.filter((e) => shown(e) && isDraft(e) && within(e, span.from, span.to)),
    privateLeftOut: options.excludePrivate ? ordered.filter((e) => mine(e) && isPrivate(e) && !isDraft(e) && within(e, span.from, span.to)) : [],
    eligible: (entry) => shown(entry) && !isDraft(entry) && entry.meta.date <= options.today,
  };
}
