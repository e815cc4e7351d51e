import type { Measure, Per, Profile, Requirement } from '../../codecs/profile.js';
import { inSpan, matchesSelector, round2, type CountedEntry } from './cpd-count.js';
import { cycleEndingAt, daysBetween, yearsWithin, type DateSpan } from './cpd-period.js';

/** The category id of the counted entries whose activity no category of the profile lists (AHPRA's PDP). */
export const UNCATEGORISED = 'uncategorised';

export interface Breakdown {
  id: string;
  name: string;
  entries: number;
  hours: number;
  participatoryHours: number;
  credits: number;
}

/**
 * The totals of what a profile counts. Every total is the sum of its parts: of `byActivity`, and of `byCategory`
 * when the profile has categories (entries whose activity no category lists are the `uncategorised` part).
 */
export interface CpdTotals {
  entries: number;
  hours: number;
  participatoryHours: number;
  nonParticipatoryHours: number;
  credits: number;
  /** Per activity type the profile recognises, in the profile's order. */
  byActivity: Breakdown[];
  /** Per category, in the profile's order, then `uncategorised`; empty when the profile has no categories. */
  byCategory: Breakdown[];
}

const sum = (counted: readonly CountedEntry[], value: (c: CountedEntry) => number) => round2(counted.reduce((s, c) => s + value(c), 0));

function breakdown(id: string, name: string, counted: readonly CountedEntry[]): Breakdown {
  return {
    id,
    name,
    entries: counted.length,
    hours: sum(counted, (c) => c.hours),
    participatoryHours: sum(counted, (c) => c.participatory),
    credits: sum(counted, (c) => c.credits),
  };
}

/**
 * Totals of the entries a profile counts (recognised activities, credits already claimed). `uncategorisedName` names
 * the part no category lists, in the reader's words.
 */
export function totalsOf(counted: readonly CountedEntry[], profile: Profile, uncategorisedName: string): CpdTotals {
  const hours = sum(counted, (c) => c.hours);
  const participatory = sum(counted, (c) => c.participatory);
  const byActivity = profile.activityTypes
    .map((type) => breakdown(type.id, type.name, counted.filter((c) => c.activityId === type.id)))
    .filter((b) => b.entries > 0);
  const byCategory =
    profile.categories.length === 0
      ? []
      : [
          ...profile.categories.map((category) => breakdown(category.id, category.name, counted.filter((c) => c.categoryId === category.id))),
          breakdown(UNCATEGORISED, uncategorisedName, counted.filter((c) => !c.categoryId)),
        ].filter((b) => b.entries > 0);
  return {
    entries: counted.length,
    hours,
    participatoryHours: participatory,
    nonParticipatoryHours: round2(hours - participatory),
    credits: sum(counted, (c) => c.credits),
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
  /** The span it was counted over: never past today. */
  span: DateSpan;
  /** For `per: year`: each CPD year in the period, up to today. */
  years?: SpanResult[];
  note?: string;
}

/** The amount a measure gives over the counted entries of a span. */
export function measure(kind: Measure, counted: readonly CountedEntry[], span: DateSpan): number {
  switch (kind) {
    case 'hours':
      return sum(counted, (c) => c.hours);
    case 'participatory-hours':
      return sum(counted, (c) => c.participatory);
    case 'credits':
      return sum(counted, (c) => c.credits);
    case 'records':
      return counted.length;
    case 'distinct-activity-types':
      return new Set(counted.map((c) => c.activityId).filter(Boolean)).size;
    case 'distinct-categories':
      return new Set(counted.map((c) => c.categoryId).filter(Boolean)).size;
    case 'longest-gap-days': {
      if (span.to < span.from) return 0;
      const dates = [...new Set(counted.map((c) => c.entry.meta.date))].sort();
      let previous = span.from;
      let longest = 0;
      for (const date of [...dates, span.to]) {
        longest = Math.max(longest, daysBetween(previous, date));
        previous = date;
      }
      return longest;
    }
  }
}

export interface RequirementSpans {
  /** The span counted: the period's start to its end or today, whichever comes first. */
  span: DateSpan;
  /** The last day of the period (a cycle counted `per: cycle` ends with it). */
  periodEnd: string;
  /** MM-DD the CPD year starts, for `per: year`. */
  yearStart: string;
  /** The entries the profile counts over `span`, credits claimed. */
  counted: readonly CountedEntry[];
  /** The same for another span (the longer cycle), credits claimed over that span. */
  countedOver: (span: DateSpan) => readonly CountedEntry[];
}

/** Checks each of the profile's requirements over the counted span, each CPD year in it, or the longer cycle. */
export function evaluateRequirements(profile: Profile, spans: RequirementSpans): RequirementResult[] {
  return profile.requirements.map((requirement) => evaluateRequirement(requirement, profile, spans));
}

function evaluateRequirement(requirement: Requirement, profile: Profile, spans: RequirementSpans): RequirementResult {
  const atMost = requirement.max !== undefined;
  const required = (atMost ? requirement.max : requirement.min) as number;
  const check = (achieved: number) => (atMost ? achieved <= required : achieved >= required);
  const span = requirement.per === 'cycle' ? cycleEndingAt(spans.periodEnd, profile.cycleYears ?? 1, spans.span.to) : spans.span;
  const pool = requirement.per === 'cycle' ? spans.countedOver(span) : spans.counted;
  const selected = pool.filter((c) => matchesSelector(c, requirement.match));
  const over = (part: DateSpan) => measure(requirement.measure, selected.filter((c) => inSpan(c, part)), part);
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
    // Each year takes the credits its entries claimed over the whole span, so a cap is claimed once, not per year.
    const years = yearsWithin(span, spans.yearStart).map((year) => {
      const achieved = over(year);
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
