import { addDays } from '../../codecs/dates.js';
import type { EntryMatch, Measure, Per, Profile, Requirement } from '../../codecs/profile.js';
import { participatoryHours, type Entry } from '../entries/entry.js';
import { cycleEndingAt, daysBetween, yearsWithin, type DateSpan } from './cpd-period.js';

/** An entry as a profile counts it: its activity type and category, hours, participatory hours and credits. */
export interface CountedEntry {
  entry: Entry;
  /** The profile's activity type id, when the entry's `activity` names one (by id, name or alias). */
  activityId?: string;
  /** The type's name, else what the entry wrote, else ''. */
  activityName: string;
  categoryId?: string;
  categoryName?: string;
  hours: number;
  participatory: number;
  /** Credits before any per-period cap (`credits:` in the front matter wins over the profile's rates). */
  credits: number;
}

/** Rounds away floating-point noise (0.1 + 0.2) for display and comparison. */
export const round2 = (value: number) => Math.round(value * 100) / 100;

const lower = (text: string) => text.trim().toLowerCase();

/** Finds the profile's activity type an entry's `activity:` means: its id, its name, or one of its aliases. */
export function activityTypeOf(profile: Profile, activity: string | undefined) {
  if (!activity) return undefined;
  const wanted = lower(activity);
  const dashed = wanted.replace(/\s+/g, '-');
  return profile.activityTypes.find(
    (t) => t.id === wanted || t.id === dashed || lower(t.name) === wanted || t.aliases.some((a) => lower(a) === wanted || lower(a) === dashed),
  );
}

/** How a profile counts one entry. Pure; the same entry always counts the same. */
export function countEntry(entry: Entry, profile: Profile): CountedEntry {
  const type = activityTypeOf(profile, entry.meta.activity);
  const category = type ? profile.categories.find((c) => c.activities.includes(type.id)) : undefined;
  const hours = entry.meta.hours ?? 0;
  const declared = entry.frontMatter.credits;
  let credits: number;
  if (typeof declared === 'number' && Number.isFinite(declared) && declared >= 0) {
    credits = declared;
  } else {
    const rule = type ? profile.credits.find((r) => r.activity === type.id) : undefined;
    credits = rule ? hours * rule.perHour + rule.perRecord : hours;
  }
  if (profile.increment) credits = Math.floor(round2(credits / profile.increment)) * profile.increment;
  const counted: CountedEntry = {
    entry,
    activityName: type?.name ?? entry.meta.activity ?? '',
    hours,
    participatory: participatoryHours(entry.meta),
    credits: round2(credits),
  };
  if (type) counted.activityId = type.id;
  if (category) {
    counted.categoryId = category.id;
    counted.categoryName = category.name;
  }
  return counted;
}

/** Does an entry match a profile's selector? An empty selector matches every entry. */
export function matchesSelector(counted: CountedEntry, match: EntryMatch): boolean {
  const empty = match.activities.length + match.categories.length + match.templates.length + match.tags.length === 0;
  if (empty) return true;
  const meta = counted.entry.meta;
  if (counted.activityId && match.activities.includes(counted.activityId)) return true;
  if (counted.categoryId && match.categories.includes(counted.categoryId)) return true;
  if (meta.template && match.templates.includes(lower(meta.template))) return true;
  const tags = new Set(meta.tags.map(lower));
  return match.tags.some((tag) => tags.has(lower(tag)));
}

export const inSpan = (counted: CountedEntry, span: DateSpan) => counted.entry.meta.date >= span.from && counted.entry.meta.date <= span.to;

/** Credits of a set of entries, with each activity's per-period cap applied (RCPSC: unaccredited at most 50). */
export function creditsOf(counted: readonly CountedEntry[], profile: Profile): number {
  const byActivity = new Map<string, number>();
  let total = 0;
  for (const c of counted) {
    const rule = c.activityId ? profile.credits.find((r) => r.activity === c.activityId) : undefined;
    if (rule?.max !== undefined && c.activityId) byActivity.set(c.activityId, (byActivity.get(c.activityId) ?? 0) + c.credits);
    else total += c.credits;
  }
  for (const [activity, sum] of byActivity) {
    const max = profile.credits.find((r) => r.activity === activity)?.max ?? sum;
    total += Math.min(sum, max);
  }
  return round2(total);
}

export interface Breakdown {
  id: string;
  name: string;
  entries: number;
  hours: number;
  participatoryHours: number;
  credits: number;
}

export interface CpdTotals {
  entries: number;
  hours: number;
  participatoryHours: number;
  nonParticipatoryHours: number;
  credits: number;
  /** Per activity type, in the profile's order, then activities the profile does not know (id = what was written). */
  byActivity: Breakdown[];
  /** Per category, in the profile's order; entries without a category are not in any. */
  byCategory: Breakdown[];
}

function breakdown(id: string, name: string, counted: readonly CountedEntry[], profile: Profile): Breakdown {
  return {
    id,
    name,
    entries: counted.length,
    hours: round2(counted.reduce((s, c) => s + c.hours, 0)),
    participatoryHours: round2(counted.reduce((s, c) => s + c.participatory, 0)),
    credits: creditsOf(counted, profile),
  };
}

/** Totals of a set of entries (already cut to the period) under a profile. */
export function totalsOf(counted: readonly CountedEntry[], profile: Profile): CpdTotals {
  const hours = round2(counted.reduce((s, c) => s + c.hours, 0));
  const participatory = round2(counted.reduce((s, c) => s + c.participatory, 0));
  const byActivity: Breakdown[] = [];
  for (const type of profile.activityTypes) {
    const of = counted.filter((c) => c.activityId === type.id);
    if (of.length > 0) byActivity.push(breakdown(type.id, type.name, of, profile));
  }
  const unknown = new Map<string, CountedEntry[]>();
  for (const c of counted) {
    if (c.activityId) continue;
    const key = c.entry.meta.activity ?? '';
    unknown.set(key, [...(unknown.get(key) ?? []), c]);
  }
  for (const [key, of] of [...unknown].sort(([a], [b]) => a.localeCompare(b))) byActivity.push(breakdown(key, key, of, profile));
  const byCategory = profile.categories
    .map((category) => breakdown(category.id, category.name, counted.filter((c) => c.categoryId === category.id), profile))
    .filter((b) => b.entries > 0);
  return {
    entries: counted.length,
    hours,
    participatoryHours: participatory,
    nonParticipatoryHours: round2(hours - participatory),
    credits: creditsOf(counted, profile),
    byActivity,
    byCategory,
  };
}

export interface SpanResult extends DateSpan {
  achieved: number;
  met: boolean;
}

export interface RequirementResult {
  id: string;
  name: string;
  measure: Measure;
  per: Per;
  /** `at-least` min, or `at-most` max (longest gap). */
  comparison: 'at-least' | 'at-most';
  required: number;
  /** The amount counted; for `per: year`, the lowest year's. */
  achieved: number;
  met: boolean;
  /** The span it was counted over. */
  span: DateSpan;
  /** For `per: year`: each CPD year in the period. */
  years?: SpanResult[];
  note?: string;
}

/** The amount a measure gives over a set of entries in a span. `today` bounds the gap still running at the end. */
export function measure(kind: Measure, counted: readonly CountedEntry[], profile: Profile, span: DateSpan, today: string): number {
  switch (kind) {
    case 'hours':
      return round2(counted.reduce((s, c) => s + c.hours, 0));
    case 'participatory-hours':
      return round2(counted.reduce((s, c) => s + c.participatory, 0));
    case 'credits':
      return creditsOf(counted, profile);
    case 'records':
      return counted.length;
    case 'distinct-activity-types':
      return new Set(counted.map((c) => c.activityId).filter(Boolean)).size;
    case 'distinct-categories':
      return new Set(counted.map((c) => c.categoryId).filter(Boolean)).size;
    case 'longest-gap-days': {
      const end = span.to < today ? span.to : today;
      if (end < span.from) return 0;
      const dates = [...new Set(counted.map((c) => c.entry.meta.date))].sort();
      let previous = span.from;
      let longest = 0;
      for (const date of [...dates, end]) {
        longest = Math.max(longest, daysBetween(previous, date));
        previous = date;
      }
      return longest;
    }
  }
}

/**
 * Checks each of the profile's requirements. `all` is every entry the export may count (requirements counted per
 * cycle look back beyond the period); `period` is the span the document covers.
 */
export function evaluateRequirements(all: readonly CountedEntry[], profile: Profile, period: DateSpan, yearStart: string, today: string): RequirementResult[] {
  return profile.requirements.map((requirement) => evaluateRequirement(requirement, all, profile, period, yearStart, today));
}

function evaluateRequirement(
  requirement: Requirement,
  all: readonly CountedEntry[],
  profile: Profile,
  period: DateSpan,
  yearStart: string,
  today: string,
): RequirementResult {
  const atMost = requirement.max !== undefined;
  const required = (atMost ? requirement.max : requirement.min) as number;
  const check = (achieved: number) => (atMost ? achieved <= required : achieved >= required);
  const selected = all.filter((c) => matchesSelector(c, requirement.match));
  const over = (span: DateSpan) => measure(requirement.measure, selected.filter((c) => inSpan(c, span)), profile, span, today);
  // A cap is per period (RCPSC: unaccredited learning at most 50 a cycle), so a year's credits are what the year adds
  // to the capped total since the period began, not the year capped on its own.
  const overYear = (year: DateSpan) => {
    if (requirement.measure !== 'credits' || year.from <= period.from) return over(year);
    const before = over({ from: period.from, to: addDays(year.from, -1) });
    return round2(over({ from: period.from, to: year.to }) - before);
  };
  const span = requirement.per === 'cycle' ? cycleEndingAt(period, profile.cycleYears ?? 1) : period;
  const result: RequirementResult = {
    id: requirement.id,
    name: requirement.name,
    measure: requirement.measure,
    per: requirement.per,
    comparison: atMost ? 'at-most' : 'at-least',
    required,
    achieved: 0,
    met: false,
    span,
  };
  if (requirement.note) result.note = requirement.note;
  if (requirement.per === 'year') {
    const years = yearsWithin(period, yearStart).map((year) => {
      const achieved = overYear(year);
      return { ...year, achieved, met: check(achieved) };
    });
    result.years = years;
    result.achieved = years.reduce((worst, y) => (atMost ? Math.max(worst, y.achieved) : Math.min(worst, y.achieved)), atMost ? 0 : Infinity);
    if (!Number.isFinite(result.achieved)) result.achieved = 0;
    result.met = years.length > 0 && years.every((y) => y.met);
  } else {
    result.achieved = over(span);
    result.met = check(result.achieved);
  }
  return result;
}
