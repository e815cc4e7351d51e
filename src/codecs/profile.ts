import type { Document, LineCounter } from 'yaml';
import { FileFormatError } from '../errors.js';
import { MONTH_DAY } from './dates.js';
import { parseSafeYaml } from './safe-yaml.js';

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

const ID = /^[a-z0-9][a-z0-9-]*$/;

type Where = (string | number)[];

function lineFinder(doc: Document, lineCounter: LineCounter) {
  return (where: Where): number => {
    for (let n = where.length; n > 0; n--) {
      const node = doc.getIn(where.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

const fieldName = (where: Where) =>
  where.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');

/**
 * Reads a regulator profile (templates/profiles/*.yaml). Every problem is a FileFormatError naming the file, the
 * line, the field (`requirements[2].measure`) and what was expected; references between parts (an activity named in
 * a category or a requirement) are checked too, so a typo in a profile never silently counts nothing.
 */
export function parseProfile(text: string, file: string): Profile {
  const parsed = parseSafeYaml(text);
  if (!parsed.ok) throw new FileFormatError(file, parsed.problem.line, parsed.problem.message);
  const lineOf = lineFinder(parsed.doc, parsed.lineCounter);
  const fail = (where: Where, problem: string): never => {
    throw new FileFormatError(file, lineOf(where), `${fieldName(where)}: ${problem}`);
  };
  const root = parsed.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new FileFormatError(file, 1, 'a profile should be a map with id, name, period, activity_types and requirements');
  }

  const map = (value: unknown, where: Where, keys: readonly string[]): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(where, 'should be a map');
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) if (!keys.includes(key)) fail([...where, key], `unknown key; expected ${keys.join(', ')}`);
    return obj;
  };
  const text_ = (obj: Record<string, unknown>, where: Where, key: string, required: boolean): string | undefined => {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (required) fail([...where, key], 'is required');
      return undefined;
    }
    if (typeof value !== 'string' || !value.trim()) return fail([...where, key], 'should be non-empty text');
    return value.trim();
  };
  const id_ = (obj: Record<string, unknown>, where: Where, key = 'id'): string => {
    const value = text_(obj, where, key, true) as string;
    if (!ID.test(value)) fail([...where, key], 'should be lower-case letters, digits and dashes');
    return value;
  };
  const number_ = (obj: Record<string, unknown>, where: Where, key: string, options: { integer?: boolean; positive?: boolean } = {}) => {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (options.positive && value === 0)) {
      return fail([...where, key], `should be a number${options.positive ? ' greater than 0' : ', 0 or more'}`);
    }
    if (options.integer && !Number.isInteger(value)) fail([...where, key], 'should be a whole number');
    return value;
  };
  const list = (value: unknown, where: Where): unknown[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return fail(where, 'should be a list');
    return value;
  };
  const textList = (value: unknown, where: Where): string[] =>
    list(value, where).map((item, i) => {
      if (typeof item !== 'string' || !item.trim()) return fail([...where, i], 'should be non-empty text');
      return item.trim();
    });

  const data = map(root, [], [
    'id', 'name', 'regulator', 'description', 'period', 'cycle_years', 'unit', 'increment', 'activity_types',
    'categories', 'credits', 'standards', 'requirements', 'log', 'accounts', 'summary',
  ]);
  const id = id_(data, []);

  const periodData = map(data.period ?? fail(['period'], 'is required'), ['period'], ['years', 'year_start', 'label']);
  const years = number_(periodData, ['period'], 'years', { integer: true, positive: true }) ?? fail(['period', 'years'], 'is required');
  const period: ProfilePeriod = { years, label: text_(periodData, ['period'], 'label', false) ?? (years === 1 ? 'CPD year' : `${years}-year cycle`) };
  if (periodData.year_start !== undefined) {
    const start = String(periodData.year_start);
    if (!MONTH_DAY.test(start)) fail(['period', 'year_start'], 'should be a month and day written MM-DD, e.g. "04-01" (quoted)');
    period.yearStart = start;
  }

  const unit = text_(data, [], 'unit', false) ?? 'hours';
  if (unit !== 'hours' && unit !== 'credits' && unit !== 'records') fail(['unit'], 'should be hours, credits or records');

  const activityTypes = list(data.activity_types, ['activity_types']).map((item, i): ActivityType => {
    const where = ['activity_types', i];
    const obj = map(item, where, ['id', 'name', 'aliases']);
    return { id: id_(obj, where), name: text_(obj, where, 'name', true) as string, aliases: textList(obj.aliases, [...where, 'aliases']) };
  });
  if (activityTypes.length === 0) fail(['activity_types'], 'a profile needs at least one activity type');
  const activityIds = new Set<string>();
  activityTypes.forEach((type, i) => {
    if (activityIds.has(type.id)) fail(['activity_types', i, 'id'], `"${type.id}" is used twice`);
    activityIds.add(type.id);
  });
  const knownActivities = (values: string[], where: Where) => {
    values.forEach((value, i) => {
      if (!activityIds.has(value)) fail([...where, i], `"${value}" is not one of this profile's activity_types`);
    });
    return values;
  };

  const categories = list(data.categories, ['categories']).map((item, i): ProfileCategory => {
    const where = ['categories', i];
    const obj = map(item, where, ['id', 'name', 'activities']);
    return {
      id: id_(obj, where),
      name: text_(obj, where, 'name', true) as string,
      activities: knownActivities(textList(obj.activities, [...where, 'activities']), [...where, 'activities']),
    };
  });
  const categoryIds = new Set(categories.map((c) => c.id));
  const inCategory = new Map<string, string>();
  categories.forEach((category, i) => {
    category.activities.forEach((activity, j) => {
      const other = inCategory.get(activity);
      if (other) fail(['categories', i, 'activities', j], `"${activity}" is already in category "${other}"`);
      inCategory.set(activity, category.id);
    });
  });
  const knownCategories = (values: string[], where: Where) => {
    values.forEach((value, i) => {
      if (!categoryIds.has(value)) fail([...where, i], `"${value}" is not one of this profile's categories`);
    });
    return values;
  };

  const credits = list(data.credits, ['credits']).map((item, i): CreditRule => {
    const where = ['credits', i];
    const obj = map(item, where, ['activity', 'per_hour', 'per_record', 'max']);
    const activity = id_(obj, where, 'activity');
    knownActivities([activity], [...where, 'activity']);
    const rule: CreditRule = {
      activity,
      perHour: number_(obj, where, 'per_hour') ?? 0,
      perRecord: number_(obj, where, 'per_record') ?? 0,
    };
    if (obj.per_hour === undefined && obj.per_record === undefined) fail(where, 'give per_hour, per_record or both');
    const max = number_(obj, where, 'max', { positive: true });
    if (max !== undefined) rule.max = max;
    return rule;
  });

  const standards = list(data.standards, ['standards']).map((item, i): Standard => {
    const where = ['standards', i];
    const obj = map(item, where, ['id', 'name']);
    return { id: id_(obj, where), name: text_(obj, where, 'name', true) as string };
  });

  const matchOf = (value: unknown, where: Where): EntryMatch => {
    if (value === undefined || value === null) return { activities: [], categories: [], templates: [], tags: [] };
    const obj = map(value, where, ['activities', 'categories', 'templates', 'tags']);
    return {
      activities: knownActivities(textList(obj.activities, [...where, 'activities']), [...where, 'activities']),
      categories: knownCategories(textList(obj.categories, [...where, 'categories']), [...where, 'categories']),
      templates: textList(obj.templates, [...where, 'templates']),
      tags: textList(obj.tags, [...where, 'tags']),
    };
  };

  const cycleYears = number_(data, [], 'cycle_years', { integer: true, positive: true });
  const requirementIds = new Set<string>();
  const requirements = list(data.requirements, ['requirements']).map((item, i): Requirement => {
    const where = ['requirements', i];
    const obj = map(item, where, ['id', 'name', 'measure', 'min', 'max', 'per', 'match', 'note']);
    const rid = id_(obj, where);
    if (requirementIds.has(rid)) fail([...where, 'id'], `"${rid}" is used twice`);
    requirementIds.add(rid);
    const measure = text_(obj, where, 'measure', true) as Measure;
    if (!MEASURES.includes(measure)) fail([...where, 'measure'], `should be one of ${MEASURES.join(', ')}`);
    const per = (text_(obj, where, 'per', false) ?? 'period') as Per;
    if (!PER.includes(per)) fail([...where, 'per'], `should be one of ${PER.join(', ')}`);
    if (per === 'cycle' && cycleYears === undefined) fail([...where, 'per'], 'a requirement counted per cycle needs the profile’s cycle_years');
    const requirement: Requirement = { id: rid, name: text_(obj, where, 'name', true) as string, measure, per, match: matchOf(obj.match, [...where, 'match']) };
    const min = number_(obj, where, 'min');
    const max = number_(obj, where, 'max');
    if (measure === 'longest-gap-days') {
      if (max === undefined || min !== undefined) fail(where, 'longest-gap-days takes a `max` (days), not a `min`');
    } else if (min === undefined || max !== undefined) {
      fail(where, 'give the `min` amount that meets this requirement');
    }
    if (min !== undefined) requirement.min = min;
    if (max !== undefined) requirement.max = max;
    const note = text_(obj, where, 'note', false);
    if (note) requirement.note = note;
    return requirement;
  });

  const logData = map(data.log ?? fail(['log'], 'is required'), ['log'], ['title', 'columns']);
  const columns = list(logData.columns, ['log', 'columns']).map((item, i): LogColumn => {
    const where = ['log', 'columns', i];
    const obj = map(item, where, ['field', 'name']);
    const field = text_(obj, where, 'field', true) as LogField;
    if (!LOG_FIELDS.includes(field)) fail([...where, 'field'], `should be one of ${LOG_FIELDS.join(', ')}`);
    return { field, name: text_(obj, where, 'name', true) as string };
  });
  if (columns.length === 0) fail(['log', 'columns'], 'the log needs at least one column');

  const layoutIds = new Set<string>();
  const accounts = list(data.accounts, ['accounts']).map((item, i): AccountLayout => {
    const where = ['accounts', i];
    const obj = map(item, where, ['id', 'name', 'match', 'fields', 'empty']);
    const lid = id_(obj, where);
    if (layoutIds.has(lid)) fail([...where, 'id'], `"${lid}" is used twice`);
    layoutIds.add(lid);
    const fields = list(obj.fields, [...where, 'fields']).map((f, j): AccountField => {
      const fwhere = [...where, 'fields', j];
      const fobj = map(f, fwhere, ['heading', 'from', 'meta']);
      const field: AccountField = { heading: text_(fobj, fwhere, 'heading', true) as string, from: textList(fobj.from, [...fwhere, 'from']) };
      const meta = text_(fobj, fwhere, 'meta', false);
      if (meta !== undefined) {
        if (!META_FIELDS.includes(meta as MetaField)) fail([...fwhere, 'meta'], `should be one of ${META_FIELDS.join(', ')}`);
        field.meta = meta as MetaField;
      }
      if (field.from.length === 0 && !field.meta) fail(fwhere, 'say where the text comes from: `from` (section headings or roles) or `meta`');
      return field;
    });
    if (fields.length === 0) fail([...where, 'fields'], 'a layout needs at least one field');
    const layout: AccountLayout = { id: lid, name: text_(obj, where, 'name', true) as string, match: matchOf(obj.match, [...where, 'match']), fields };
    const empty = text_(obj, where, 'empty', false);
    if (empty) layout.empty = empty;
    return layout;
  });

  const profile: Profile = {
    id,
    name: text_(data, [], 'name', true) as string,
    regulator: text_(data, [], 'regulator', true) as string,
    description: text_(data, [], 'description', true) as string,
    period,
    unit: unit as Profile['unit'],
    activityTypes,
    categories,
    credits,
    standards,
    requirements,
    log: { title: text_(logData, ['log'], 'title', false) ?? 'CPD log', columns },
    accounts,
    source: file,
  };
  if (cycleYears !== undefined) profile.cycleYears = cycleYears;
  const increment = number_(data, [], 'increment', { positive: true });
  if (increment !== undefined) profile.increment = increment;
  if (data.summary !== undefined && data.summary !== null) {
    const obj = map(data.summary, ['summary'], ['heading', 'match', 'empty']);
    const summary: SummaryLayout = { heading: text_(obj, ['summary'], 'heading', true) as string, match: matchOf(obj.match, ['summary', 'match']) };
    const empty = text_(obj, ['summary'], 'empty', false);
    if (empty) summary.empty = empty;
    profile.summary = summary;
  }
  return profile;
}
