import type { LogColumn, Profile } from '../../codecs/profile.js';
import type { Entry } from '../entries/entry.js';
import { shortId } from '../entries/short-id.js';
import type { Visibility } from '../entries/vocabulary.js';
import { filledSections } from '../reflection/section-roles.js';
import { accountOf, layoutFor, type Account, type TemplatesById } from './cpd-accounts.js';
import { byDate, claimCredits, countEntry, matchesSelector, round2, type CountedEntry } from './cpd-count.js';
import type { DateSpan, Period } from './cpd-period.js';
import { selectEntries, visibilityOf, type AuthorChoice } from './cpd-selection.js';
import { rowOf, type LogRow } from './cpd-log.js';
import { evaluateRequirements, totalsOf, type CpdTotals, type RequirementResult } from './cpd-totals.js';

export type { Account, AccountBox } from './cpd-accounts.js';
export { cellText, type LogRow } from './cpd-log.js';

/**
 * The version of the `export cpd --format json` document, described by schemas/cpd-report.schema.json. Fields are
 * only ever added under one version; a change of meaning or a removal gets a new one.
 */
export const CPD_REPORT_SCHEMA = 'mindlines.cpd-report/1';

/** An entry in the period that the profile does not count: its activity is one the profile does not recognise. */
export interface NotCountedRow {
  id: string;
  path: string;
  date: string;
  title: string;
  /** What the entry wrote, or null when it names no activity. */
  activity: string | null;
  hours: number;
}

/** A completed entry dated after today within the period: planned CPD, shown and never counted. */
export interface PlannedRow {
  id: string;
  shortId: string;
  path: string;
  date: string;
  title: string;
  activity: string | null;
  hours: number;
}

/** An unfinished note (status draft): named by its short id; its title and text only with `includeDrafts`. */
export interface UnfinishedNote {
  id: string;
  shortId: string;
  date: string;
  title?: string;
  text?: string;
}

export interface PdpAction {
  text: string;
  due: string | null;
  entryId: string;
  entryTitle: string;
  entryDate: string;
}

/** A file in the journal that could not be read as an entry, skipped with --skip-invalid. */
export interface SkippedFile {
  path: string;
  line: number;
  message: string;
}

export interface CpdReport {
  schema: typeof CPD_REPORT_SCHEMA;
  /** When the document was made (ISO timestamp). */
  generated: string;
  journal: string;
  /** Whose evidence this is: --author, else the current author of a team journal, else the journal's; null for a team total. */
  author: string | null;
  /** Authors of the counted entries. */
  authors: string[];
  /** What was asked for: every author's entries, private entries left out, unfinished notes listed. */
  selection: { allAuthors: boolean; excludePrivate: boolean; includeDrafts: boolean };
  profile: { id: string; name: string; regulator: string; description: string; unit: Profile['unit'] };
  /** The period; `countedThrough` is its last day or today, whichever comes first: nothing later is counted. */
  period: Period & { countedThrough: string };
  /** `accounts` counts reflective accounts as the regulator does; `laidOut` every entry laid out on a form. */
  totals: CpdTotals & { accounts: number; laidOut: number };
  requirements: RequirementResult[];
  log: { title: string; columns: LogColumn[]; rows: LogRow[] };
  notCounted: { entries: number; hours: number; rows: NotCountedRow[] };
  planned: PlannedRow[];
  unfinished: { count: number; listed: boolean; notes: UnfinishedNote[] };
  /** Private entries counted (`excluded: false`) or left out of every figure (`excluded: true`). */
  private: { excluded: boolean; entries: number; total: number };
  skipped: SkippedFile[];
  summary: { heading: string; text: string | null; entryId: string | null; empty: string | null } | null;
  accounts: Account[];
  /** Account layouts with nothing in the period, and what the profile says about that. */
  missingAccounts: { layout: string; name: string; message: string }[];
  /** Open actions from the period's entries: the personal development plan. */
  actions: PdpAction[];
}

export interface CpdReportOptions {
  profile: Profile;
  period: Period;
  /** MM-DD the CPD year starts (for requirements counted per year). */
  yearStart: string;
  today: string;
  generated: string;
  journal: string;
  author: string | null;
  authors: AuthorChoice;
  excludePrivate: boolean;
  includeDrafts: boolean;
  /** The visibility of an entry that gives none (the journal's default). */
  defaultVisibility: Visibility;
  /** The templates, so each section lands in the form box its template declares. */
  templates: TemplatesById;
  /** Files skipped with --skip-invalid, listed in the report. */
  skipped: SkippedFile[];
  /** The name of the part of the totals no category lists, in the reader's words. */
  uncategorisedName: string;
}

/** A total in the profile's unit: hours, credits, or records. */
function totalIn(unit: Profile['unit'], counted: readonly CountedEntry[]): number {
  if (unit === 'records') return counted.length;
  return round2(counted.reduce((s, c) => s + (unit === 'credits' ? c.credits : c.hours), 0));
}

const activityOrNull = (entry: Entry) => entry.meta.activity ?? null;

/**
 * Everything an appraiser or confirmer receives for a period, as data: who and when, totals against each
 * requirement, the log in the profile's columns, the reflective accounts laid out as the regulator's form, the open
 * actions (the personal development plan), and what was not counted and why (issue 12): activities the profile does
 * not recognise, planned CPD after today, unfinished notes, private entries left out, files that could not be read.
 * Exporters only render this; `--format json` is this object.
 *
 * `entries` are every readable entry of the journal; the options say whose, and which, count.
 */
export function buildCpdReport(entries: readonly Entry[], options: CpdReportOptions): CpdReport {
  const { profile, period } = options;
  const selection = selectEntries(entries, {
    today: options.today,
    period,
    authors: options.authors,
    excludePrivate: options.excludePrivate,
    defaultVisibility: options.defaultVisibility,
  });
  const { span } = selection;
  // What the profile counts over a span: eligible entries with a recognised activity, credits claimed over the span.
  // A summary of practice (HCPC) is laid out on its own; like any entry, it counts only with an activity the profile
  // recognises (a summary usually has none, and is listed as not counted).
  const countOver = (from: readonly Entry[]) => {
    const all = from.map((entry) => countEntry(entry, profile));
    return { counted: claimCredits(all.filter((c) => c.activityId), profile), notCounted: all.filter((c) => !c.activityId) };
  };
  const { counted, notCounted } = countOver(selection.candidates);
  const countedOver = (other: DateSpan) =>
    countOver(entries.filter((e) => selection.eligible(e) && e.meta.date >= other.from && e.meta.date <= other.to)).counted;

  const accounts: Account[] = [];
  for (const c of counted) {
    const layout = layoutFor(c, profile);
    if (layout) accounts.push(accountOf(c, layout, profile, options.templates));
  }
  const missingAccounts = profile.accounts
    .filter((l) => l.empty && !accounts.some((a) => a.layout === l.id))
    .map((l) => ({ layout: l.id, name: l.name, message: l.empty as string }));

  let summary: CpdReport['summary'] = null;
  if (profile.summary) {
    const match = profile.summary.match;
    const summaries = selection.candidates.map((e) => countEntry(e, profile)).filter((c) => matchesSelector(c, match));
    const latest = summaries.sort(byDate).at(-1);
    summary = {
      heading: profile.summary.heading,
      text: latest ? filledSections(latest.entry.body).map((s) => s.text).join('\n\n') : null,
      entryId: latest?.entry.meta.id ?? null,
      empty: latest ? null : (profile.summary.empty ?? null),
    };
  }

  const included = [...counted, ...notCounted].sort(byDate);
  const actions: PdpAction[] = included
    .flatMap((c) =>
      c.entry.meta.actions
        .filter((a) => !a.done)
        .map((a) => ({ text: a.text, due: a.due ?? null, entryId: c.entry.meta.id, entryTitle: c.entry.meta.title, entryDate: c.entry.meta.date })),
    )
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.entryDate.localeCompare(b.entryDate));

  const isPrivate = (entry: Entry) => visibilityOf(entry, options.defaultVisibility) === 'private';
  const privateCounted = options.excludePrivate
    ? countOver(selection.privateLeftOut).counted
    : counted.filter((c) => isPrivate(c.entry));
  const authors = [...new Set(counted.map((c) => c.entry.meta.author).filter((a): a is string => Boolean(a)))].sort();
  return {
    schema: CPD_REPORT_SCHEMA,
    generated: options.generated,
    journal: options.journal,
    author: options.author,
    authors,
    selection: { allAuthors: options.authors.kind === 'all', excludePrivate: options.excludePrivate, includeDrafts: options.includeDrafts },
    profile: { id: profile.id, name: profile.name, regulator: profile.regulator, description: profile.description, unit: profile.unit },
    period: { ...period, countedThrough: span.to },
    totals: {
      ...totalsOf(counted, profile, options.uncategorisedName),
      accounts: accounts.filter((a) => a.reflective).length,
      laidOut: accounts.length,
    },
    requirements: evaluateRequirements(profile, { span, periodEnd: period.to, yearStart: options.yearStart, counted, countedOver }),
    log: { title: profile.log.title, columns: profile.log.columns, rows: counted.map((c) => rowOf(c, profile, options)) },
    notCounted: {
      entries: notCounted.length,
      hours: round2(notCounted.reduce((s, c) => s + c.hours, 0)),
      rows: notCounted.sort(byDate).map((c) => ({
        id: c.entry.meta.id,
        path: c.entry.path,
        date: c.entry.meta.date,
        title: c.entry.meta.title,
        activity: activityOrNull(c.entry),
        hours: c.hours,
      })),
    },
    planned: selection.planned.map((e) => ({
      id: e.meta.id,
      shortId: shortId(e.meta.id),
      path: e.path,
      date: e.meta.date,
      title: e.meta.title,
      activity: activityOrNull(e),
      hours: e.meta.hours ?? 0,
    })),
    unfinished: {
      count: selection.unfinished.length,
      listed: options.includeDrafts,
      notes: selection.unfinished.map((e) => {
        const note: UnfinishedNote = { id: e.meta.id, shortId: shortId(e.meta.id), date: e.meta.date };
        if (options.includeDrafts) {
          note.title = e.meta.title;
          note.text = filledSections(e.body).map((s) => s.text).join('\n\n');
        }
        return note;
      }),
    },
    private: { excluded: options.excludePrivate, entries: privateCounted.length, total: totalIn(profile.unit, privateCounted) },
    skipped: options.skipped,
    summary,
    accounts,
    missingAccounts,
    actions,
  };
}

/** Entries of a report whose text the document holds: the privacy gate scans exactly these. */
export function includedEntryIds(report: CpdReport): Set<string> {
  return new Set([
    ...report.log.rows.map((r) => r.id),
    ...report.notCounted.rows.map((r) => r.id),
    ...report.planned.map((r) => r.id),
    ...(report.unfinished.listed ? report.unfinished.notes.map((n) => n.id) : []),
    ...(report.summary?.entryId ? [report.summary.entryId] : []),
  ]);
}
