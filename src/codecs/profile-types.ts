/**
 * What a regulator profile (templates/profiles/*.yaml) holds once read: the CPD rules mindlines counts against
 * (activity types, categories, credits, requirements) and the layout of the documents it fills (log, accounts,
 * summary). profile.ts reads a file into these; core/cpd counts with them, and the interview offers the activity
 * types.
 */

/** An activity a clinician can log. The interactive interview offers exactly these `{id, name}` pairs. */
export interface ActivityType {
  id: string;
  name: string;
  /** Other words an entry's `activity:` may use for this type (matched without case). */
  aliases: string[];
}

/** A group of activity types the regulator counts together (GMC supporting-information types, AHPRA EA/RP/MO…). */
export interface ProfileCategory {
  id: string;
  name: string;
  activities: string[];
}

/** How many credits an activity earns: per hour, per record, or both; optionally capped per period. */
export interface CreditRule {
  activity: string;
  perHour: number;
  perRecord: number;
  /** The most credits this activity may contribute in one period. */
  max?: number;
}

export interface Standard {
  id: string;
  name: string;
}

export const MEASURES = [
  'hours',
  'participatory-hours',
  'credits',
  'records',
  'distinct-activity-types',
  'distinct-categories',
  'longest-gap-days',
] as const;
export type Measure = (typeof MEASURES)[number];

export const PER = ['period', 'year', 'cycle'] as const;
/** What span a requirement is counted over: the whole period, each CPD year in it, or the regulator's cycle. */
export type Per = (typeof PER)[number];

/** Which entries something applies to. An entry matches when any list matches; an empty match matches every entry. */
export interface EntryMatch {
  activities: string[];
  categories: string[];
  templates: string[];
  tags: string[];
}

export interface Requirement {
  id: string;
  name: string;
  measure: Measure;
  /** Met when the achieved amount is at least `min`… */
  min?: number;
  /** …or, for `longest-gap-days`, at most `max`. */
  max?: number;
  per: Per;
  /** Count only these entries (empty: every entry in the span). */
  match: EntryMatch;
  note?: string;
}

export const LOG_FIELDS = [
  'date',
  'title',
  'activity',
  'category',
  'hours',
  'participatory',
  'credits',
  'standards',
  'learned_with',
  'resources',
  'tags',
  'experience',
  'learning',
  'change',
  'author',
  'evidence',
] as const;
export type LogField = (typeof LOG_FIELDS)[number];

export interface LogColumn {
  field: LogField;
  name: string;
}

export const META_FIELDS = ['standards', 'actions', 'resources', 'learned_with', 'activity', 'tags', 'beliefs'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** One box of a regulator's form: its heading, and where its text comes from in an entry. */
export interface AccountField {
  heading: string;
  /** Entry section headings, or the roles experience, learning, change, relevance, benefit, plan, feelings. */
  from: string[];
  /** A front-matter value shown in this box (e.g. the Code themes the entry names). */
  meta?: MetaField;
}

/** The layout of a reflective account (or a GPhC record type): which entries use it and its boxes. */
export interface AccountLayout {
  id: string;
  name: string;
  /**
   * Whether an entry laid out on this form is one of the regulator's reflective accounts (the default), or a record
   * of another kind (the GPhC's planned, unplanned and peer-discussion records): what the summary line counts.
   */
  reflective: boolean;
  match: EntryMatch;
  fields: AccountField[];
  /** Said when the period has no entry for this layout. */
  empty?: string;
}

/** A piece of writing the profile asks for once (the HCPC summary of practice), taken from a matching entry. */
export interface SummaryLayout {
  heading: string;
  match: EntryMatch;
  empty?: string;
}

export interface ProfilePeriod {
  /** How many CPD years one period (appraisal year, revalidation cycle) covers. */
  years: number;
  /** MM-DD the CPD year starts, unless the journal's `year_start` says otherwise. */
  yearStart?: string;
  /** What the period is called: "appraisal year", "revalidation cycle". */
  label: string;
}

export interface Profile {
  id: string;
  name: string;
  regulator: string;
  description: string;
  period: ProfilePeriod;
  /** Years in the regulator's longer cycle, for requirements counted `per: cycle` (GMC revalidation: 5). */
  cycleYears?: number;
  /** What totals are counted in first: hours, credits or records. */
  unit: 'hours' | 'credits' | 'records';
  /** Credits are claimed in steps of this size, rounded down (AMA: 0.25). */
  increment?: number;
  activityTypes: ActivityType[];
  categories: ProfileCategory[];
  credits: CreditRule[];
  standards: Standard[];
  requirements: Requirement[];
  log: { title: string; columns: LogColumn[] };
  accounts: AccountLayout[];
  summary?: SummaryLayout;
  /** Where it was loaded from, for messages. */
  source: string;
}
