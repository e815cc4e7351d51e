import type { Profile } from '../../codecs/profile.js';
import type { Entry } from '../entries/entry.js';
import { claimCredits, countEntry, round2, type CountedEntry } from './cpd-count.js';
import type { Period } from './cpd-period.js';
import { selectEntries } from './cpd-selection.js';
import { evaluateRequirements, totalsOf, type Breakdown, type RequirementResult } from './cpd-totals.js';

export interface MonthStat {
  /** YYYY-MM */
  month: string;
  entries: number;
  hours: number;
}

export interface CpdStats {
  profile: { id: string; name: string; unit: Profile['unit'] };
  period: Period;
  entries: number;
  hours: number;
  participatoryHours: number;
  credits: number;
  /** Every month of the period up to its end or today, whichever is first, including empty ones. */
  months: MonthStat[];
  activities: Breakdown[];
  categories: Breakdown[];
  /** Entries per `learned_with` value, most first. */
  learnedWith: { value: string; entries: number }[];
  requirements: RequirementResult[];
  /** Tags most written about, most first (at most 10). */
  tags: { tag: string; entries: number }[];
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > end) break;
    months.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

const byCountThenName = <T extends { entries: number }>(key: (t: T) => string) => (a: T, b: T) => b.entries - a.entries || key(a).localeCompare(key(b));

/**
 * The numbers behind `mindlines stats`: hours by month, the mix of activities and people, progress, themes. Counted
 * as `export cpd` counts (issue 12): completed entries up to today with an activity the profile recognises.
 */
export function buildStats(
  entries: readonly Entry[],
  profile: Profile,
  period: Period,
  options: { yearStart: string; today: string; uncategorisedName: string },
): CpdStats {
  const { yearStart, today } = options;
  const selection = selectEntries(entries, { today, period, authors: { kind: 'all' }, excludePrivate: false, defaultVisibility: 'private' });
  const countOver = (from: readonly Entry[]): CountedEntry[] =>
    claimCredits(
      from.map((e) => countEntry(e, profile)).filter((c) => c.activityId),
      profile,
    );
  const inPeriod = countOver(selection.candidates);
  const totals = totalsOf(inPeriod, profile, options.uncategorisedName);
  const last = selection.span.to < period.from ? period.from : selection.span.to;
  const months = monthsBetween(period.from, last).map((month) => {
    const of = inPeriod.filter((c) => c.entry.meta.date.startsWith(month));
    return { month, entries: of.length, hours: round2(of.reduce((s, c) => s + c.hours, 0)) };
  });
  const people = new Map<string, number>();
  const tags = new Map<string, { tag: string; entries: number }>();
  for (const c of inPeriod) {
    for (const who of c.entry.meta.learned_with) people.set(who, (people.get(who) ?? 0) + 1);
    for (const tag of new Set(c.entry.meta.tags.map((t) => t.trim()).filter(Boolean))) {
      const key = tag.toLowerCase();
      const seen = tags.get(key) ?? { tag, entries: 0 };
      seen.entries += 1;
      tags.set(key, seen);
    }
  }
  return {
    profile: { id: profile.id, name: profile.name, unit: profile.unit },
    period,
    entries: totals.entries,
    hours: totals.hours,
    participatoryHours: totals.participatoryHours,
    credits: totals.credits,
    months,
    activities: totals.byActivity,
    categories: totals.byCategory,
    learnedWith: [...people].map(([value, n]) => ({ value, entries: n })).sort(byCountThenName((x) => x.value)),
    requirements: evaluateRequirements(profile, {
      span: selection.span,
      periodEnd: period.to,
      yearStart,
      counted: inPeriod,
      countedOver: (span) => countOver(entries.filter((e) => selection.eligible(e) && e.meta.date >= span.from && e.meta.date <= span.to)),
    }),
    tags: [...tags.values()].sort(byCountThenName((x) => x.tag)).slice(0, 10),
  };
}
