import type { AccountField, LogColumn, LogField, MetaField, Profile } from '../../codecs/profile.js';
import type { Entry } from '../entries/entry.js';
import type { Period } from './cpd-period.js';
import {
  countEntry,
  evaluateRequirements,
  inSpan,
  matchesSelector,
  totalsOf,
  type CountedEntry,
  type CpdTotals,
  type RequirementResult,
} from './cpd-totals.js';
import { filledSections, sectionAnswers, textForRole, type Section } from '../reflection/section-roles.js';

/** The version of the `export cpd --format json` document. Bump it when a field changes meaning or goes away. */
export const CPD_REPORT_SCHEMA = 'mindlines.cpd-report/1';

export interface LogRow {
  id: string;
  path: string;
  date: string;
  title: string;
  /** The profile's activity type id, or what the entry wrote when the profile does not know it. */
  activity: string;
  activityName: string;
  category: string;
  categoryName: string;
  hours: number;
  participatory: number;
  credits: number;
  /** Standards (e.g. NMC Code themes) by name where the profile knows them. */
  standards: string[];
  learnedWith: string[];
  resources: string[];
  tags: string[];
  experience: string;
  learning: string;
  change: string;
  author: string;
}

export interface AccountBox {
  heading: string;
  text: string;
  /** Front-matter values shown in the box (Code themes, actions), one per item. */
  items: string[];
}

export interface Account {
  layout: string;
  layoutName: string;
  id: string;
  path: string;
  date: string;
  title: string;
  activityName: string;
  fields: AccountBox[];
  /** Sections of the entry no box of the form asked for, kept so nothing written is dropped. */
  further: Section[];
}

export interface PdpAction {
  text: string;
  due: string | null;
  entryId: string;
  entryTitle: string;
  entryDate: string;
}

/** Whose evidence a document is: the running header of every printed page. */
export interface Registrant {
  name: string | null;
  registrationNumber: string | null;
  /** What the profile's regulator calls the number ("NMC PIN"); null when the profile does not say. */
  numberLabel: string | null;
}

export interface CpdReport {
  schema: typeof CPD_REPORT_SCHEMA;
  /** When the document was made (ISO timestamp). */
  generated: string;
  journal: string;
  /** Whose evidence this is: --author, else the journal's author, else null. */
  author: string | null;
  /** Authors named in the included entries (a shared journal). */
  authors: string[];
  registrant: Registrant;
  profile: { id: string; name: string; regulator: string; description: string; unit: Profile['unit'] };
  period: Period;
  totals: CpdTotals & { accounts: number };
  requirements: RequirementResult[];
  log: { title: string; columns: LogColumn[]; rows: LogRow[] };
  summary: { heading: string; text: string | null; entryId: string | null; empty: string | null } | null;
  accounts: Account[];
  /** Account layouts with nothing in the period, and what the profile says about that. */
  missingAccounts: { layout: string; name: string; message: string }[];
  /** Open actions from the period: the personal development plan. */
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
  /** From the journal's `registrant:` setting; the name falls back to `author`. */
  registrant?: { name?: string | null | undefined; registrationNumber?: string | null | undefined } | undefined;
}

const byDate = (a: CountedEntry, b: CountedEntry) =>
  a.entry.meta.date.localeCompare(b.entry.meta.date) || a.entry.meta.title.localeCompare(b.entry.meta.title) || a.entry.path.localeCompare(b.entry.path);

function standardNames(entry: Entry, profile: Profile): string[] {
  return entry.meta.standards.map((code) => profile.standards.find((s) => s.id === code.trim().toLowerCase())?.name ?? code);
}

function rowOf(counted: CountedEntry, profile: Profile): LogRow {
  const meta = counted.entry.meta;
  const sections = filledSections(counted.entry.body);
  return {
    id: meta.id,
    path: counted.entry.path,
    date: meta.date,
    title: meta.title,
    activity: counted.activityId ?? meta.activity ?? '',
    activityName: counted.activityName,
    category: counted.categoryId ?? '',
    categoryName: counted.categoryName ?? '',
    hours: counted.hours,
    participatory: counted.participatory,
    credits: counted.credits,
    standards: standardNames(counted.entry, profile),
    learnedWith: meta.learned_with,
    resources: meta.resources,
    tags: meta.tags,
    experience: textForRole(sections, 'experience'),
    learning: textForRole(sections, 'learning'),
    change: textForRole(sections, 'change'),
    author: meta.author ?? '',
  };
}

/** The text of one log cell, as a spreadsheet or table shows it. */
export function cellText(row: LogRow, field: LogField): string {
  const number = (n: number) => String(n);
  switch (field) {
    case 'date':
      return row.date;
    case 'title':
      return row.title;
    case 'activity':
      return row.activityName;
    case 'category':
      return row.categoryName;
    case 'hours':
      return number(row.hours);
    case 'participatory':
      return number(row.participatory);
    case 'credits':
      return number(row.credits);
    case 'standards':
      return row.standards.join('; ');
    case 'learned_with':
      return row.learnedWith.join('; ');
    case 'resources':
      return row.resources.join('; ');
    case 'tags':
      return row.tags.join('; ');
    case 'experience':
      return row.experience;
    case 'learning':
      return row.learning;
    case 'change':
      return row.change;
    case 'author':
      return row.author;
    case 'evidence':
      return row.path;
  }
}

function metaItems(entry: Entry, field: MetaField, profile: Profile): string[] {
  const meta = entry.meta;
  switch (field) {
    case 'standards':
      return standardNames(entry, profile);
    case 'actions':
      return meta.actions.map((a) => a.text);
    case 'resources':
      return meta.resources;
    case 'learned_with':
      return meta.learned_with;
    case 'activity':
      return meta.activity ? [meta.activity] : [];
    case 'tags':
      return meta.tags;
    case 'beliefs':
      return meta.beliefs.map((b) => (b.after ? `${b.belief} → ${b.after}` : b.belief));
  }
}

/** Lays an entry out as a form: each box takes the sections it asks for; each section is used once. */
function accountOf(counted: CountedEntry, layout: Profile['accounts'][number], profile: Profile): Account {
  const sections = filledSections(counted.entry.body);
  const used = new Set<Section>();
  const box = (field: AccountField): AccountBox => {
    const mine = sections.filter((s) => !used.has(s) && sectionAnswers(s, field.from));
    for (const s of mine) used.add(s);
    return { heading: field.heading, text: mine.map((s) => s.text).join('\n\n'), items: field.meta ? metaItems(counted.entry, field.meta, profile) : [] };
  };
  const fields = layout.fields.map(box);
  return {
    layout: layout.id,
    layoutName: layout.name,
    id: counted.entry.meta.id,
    path: counted.entry.path,
    date: counted.entry.meta.date,
    title: counted.entry.meta.title,
    activityName: counted.activityName,
    fields,
    further: sections.filter((s) => !used.has(s)),
  };
}

/**
 * Everything an appraiser or confirmer receives for a period, as data: who and when, totals against each
 * requirement, the log in the profile's columns, the reflective accounts laid out as the regulator's form, and the
 * open actions (the personal development plan). Exporters only render this; `--format json` is this object.
 *
 * `entries` are all the entries the export may count (already narrowed to one author if asked); entries outside the
 * period only count towards requirements measured over a longer cycle.
 */
export function buildCpdReport(entries: readonly Entry[], options: CpdReportOptions): CpdReport {
  const { profile, period } = options;
  const counted = entries.map((entry) => countEntry(entry, profile));
  const summaryEntries = profile.summary ? counted.filter((c) => matchesSelector(c, (profile.summary as NonNullable<Profile['summary']>).match)) : [];
  const summaryIds = new Set(summaryEntries.map((c) => c.entry));
  // A summary of practice describes the job, not a learning activity: it is laid out on its own and not counted.
  const countable = counted.filter((c) => !summaryIds.has(c.entry));
  const inPeriod = countable.filter((c) => inSpan(c, period)).sort(byDate);

  const accounts: Account[] = [];
  for (const c of inPeriod) {
    const layout = profile.accounts.find((l) => matchesSelector(c, l.match));
    if (layout) accounts.push(accountOf(c, layout, profile));
  }
  const missingAccounts = profile.accounts
    .filter((l) => l.empty && !accounts.some((a) => a.layout === l.id))
    .map((l) => ({ layout: l.id, name: l.name, message: l.empty as string }));

  let summary: CpdReport['summary'] = null;
  if (profile.summary) {
    const latest = summaryEntries.filter((c) => c.entry.meta.date <= period.to).sort(byDate).at(-1);
    summary = {
      heading: profile.summary.heading,
      text: latest ? filledSections(latest.entry.body).map((s) => s.text).join('\n\n') : null,
      entryId: latest?.entry.meta.id ?? null,
      empty: latest ? null : (profile.summary.empty ?? null),
    };
  }

  const actions: PdpAction[] = inPeriod
    .flatMap((c) =>
      c.entry.meta.actions
        .filter((a) => !a.done)
        .map((a) => ({ text: a.text, due: a.due ?? null, entryId: c.entry.meta.id, entryTitle: c.entry.meta.title, entryDate: c.entry.meta.date })),
    )
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.entryDate.localeCompare(b.entryDate));

  const authors = [...new Set(inPeriod.map((c) => c.entry.meta.author).filter((a): a is string => Boolean(a)))].sort();
  return {
    schema: CPD_REPORT_SCHEMA,
    generated: options.generated,
    journal: options.journal,
    author: options.author,
    authors,
    registrant: {
      name: options.registrant?.name || options.author || null,
      registrationNumber: options.registrant?.registrationNumber || null,
      numberLabel: profile.registration?.label ?? null,
    },
    profile: { id: profile.id, name: profile.name, regulator: profile.regulator, description: profile.description, unit: profile.unit },
    period,
    totals: { ...totalsOf(inPeriod, profile), accounts: accounts.length },
    requirements: evaluateRequirements(countable, profile, period, options.yearStart, options.today),
    log: { title: profile.log.title, columns: profile.log.columns, rows: inPeriod.map((c) => rowOf(c, profile)) },
    summary,
    accounts,
    missingAccounts,
    actions,
  };
}
