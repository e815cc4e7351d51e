import { addDays } from '../../codecs/dates.js';
import { cpdYear } from './cpd-year.js';

/** An inclusive span of calendar dates, YYYY-MM-DD. */
export interface DateSpan {
  from: string;
  to: string;
}

/** A CPD period: the profile's current year or cycle, or the span chosen with --from/--to. */
export interface Period extends DateSpan {
  /** What the span is called in the document ("revalidation cycle", "appraisal year", "chosen period"). */
  label: string;
  /** How it was chosen: the profile's current period, the journal's cycle_start, or --from/--to. */
  source: 'profile' | 'cycle-start' | 'options';
}

/** The same day `years` years later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = y + years;
  const last = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface PeriodSettings {
  /** Today, YYYY-MM-DD. */
  today: string;
  /** MM-DD the CPD year starts. */
  yearStart: string;
  /** CPD years in one period (1 for an appraisal year, 3 for NMC revalidation). */
  years: number;
  label: string;
  /** YYYY-MM-DD a cycle began (e.g. the last revalidation), so cycles are counted from it. */
  cycleStart?: string | undefined;
}

/**
 * The period containing today. With a cycle start, cycles of `years` years are counted from it (forwards or
 * backwards). Without one, the period is the current CPD year and the `years - 1` before it.
 */
export function currentPeriod(settings: PeriodSettings): Period {
  const { today, years, label } = settings;
  if (settings.cycleStart) {
    let from = settings.cycleStart;
    while (from > today) from = addYears(from, -years);
    while (addYears(from, years) <= today) from = addYears(from, years);
    return { from, to: addDays(addYears(from, years), -1), label, source: 'cycle-start' };
  }
  const year = cpdYear(today, settings.yearStart);
  return { from: addYears(year.from, -(years - 1)), to: year.to, label, source: 'profile' };
}

/** The CPD years a span touches, each cut to the span: what a requirement counted "per year" is checked over. */
export function yearsWithin(span: DateSpan, yearStart: string): DateSpan[] {
  const spans: DateSpan[] = [];
  let year = cpdYear(span.from, yearStart);
  for (let guard = 0; guard < 200 && year.from <= span.to; guard++) {
    spans.push({ from: year.from < span.from ? span.from : year.from, to: year.to > span.to ? span.to : year.to });
    year = cpdYear(addDays(year.to, 1), yearStart);
  }
  return spans;
}

/**
 * The `years`-long cycle that ends with the period (GMC: the five-year revalidation cycle ending with this appraisal
 * year), counted up to `countedThrough` (today, when the period has not ended): what "per cycle" is checked over.
 */
export function cycleEndingAt(periodEnd: string, years: number, countedThrough: string): DateSpan {
  return { from: addYears(addDays(periodEnd, 1), -years), to: countedThrough < periodEnd ? countedThrough : periodEnd };
}

/** The part of a period that can hold completed CPD: its start to its end or today, whichever comes first. */
export function countedSpan(period: DateSpan, today: string): DateSpan {
  return { from: period.from, to: period.to < today ? period.to : today };
}

export { daysBetween } from '../../codecs/dates.js';
