import { daysBetween } from '../../codecs/dates.js';

/** A stretch with no CPD activity, long enough that the HCPC asks for it to be explained. */
export interface CpdGap {
  /** The last activity before it, or the start of the period. */
  from: string;
  /** The next activity, or the last day counted (today, or the end of the period). */
  to: string;
  days: number;
  /** Whole calendar months it spans (3 for 2026-01-10 to 2026-04-10). */
  months: number;
  kind: 'before-first' | 'between' | 'since-last';
}

/** Whole calendar months from one date to a later one: 2026-01-31 to 2026-04-30 is 2 (30 April is before 31 April). */
export function wholeMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  return td >= fd ? months : months - 1;
}

/**
 * The gaps of `months` calendar months or more in a record of CPD, measured as the longest-gap requirement
 * measures them: from the start of the span to the first activity, between activities, and from the last one to
 * the end of the span (today, while the span is still running). HCPC registrants explain each in their profile.
 */
export function cpdGaps(activityDates: readonly string[], span: { from: string; to: string }, months = 3): CpdGap[] {
  if (span.to < span.from) return [];
  const dates = [...new Set(activityDates.filter((d) => d >= span.from && d <= span.to))].sort();
  const stops = [span.from, ...dates, span.to];
  const gaps: CpdGap[] = [];
  for (let i = 1; i < stops.length; i++) {
    const from = stops[i - 1] as string;
    const to = stops[i] as string;
    const length = wholeMonths(from, to);
    if (length < months) continue;
    const kind = i === 1 && dates.length > 0 ? 'before-first' : i === stops.length - 1 ? 'since-last' : 'between';
    gaps.push({ from, to, days: daysBetween(from, to), months: length, kind: dates.length === 0 ? 'since-last' : kind });
  }
  return gaps;
}
