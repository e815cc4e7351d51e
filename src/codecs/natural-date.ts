import { formatLocalDate, parseIsoDate } from './dates.js';
import { parseRelativeDate } from './relative-date.js';

export type DateParser = (text: string, now: Date) => string | undefined;

/**
 * The dates that need no language library: `2026-11-27`, `today`, `yesterday`, `3 days ago`, `last Tuesday`. Returns `null` when the text needs the natural
 * parser (`loadDateParser`), `undefined` when it is not a date at all (e.g. `2024-02-30`).
 */
export function parseDateFast(text: string, now: Date): string | undefined | null {
  const trimmed = text.trim().toLowerCase();
  if (!trimmed) return undefined;
  const iso = parseIsoDate(trimmed);
  if (iso) return iso;
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)) return undefined;
  if (trimmed === 'today') return formatLocalDate(now);
  // Days, weeks and weekdays (relative-date.ts, for quick capture), then months and years (for --since).
  return parseRelativeDate(trimmed, now) ?? parseRelativeCalendarDate(trimmed, now);
}

const UNITS = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' } as const;

/**
 * The relative dates people give `--since` most (`yesterday`, `last month`, `2 weeks ago`, `this year`), computed
 * exactly as chrono-node computes them (a test compares the two), so the common case never loads chrono (~200-300 ms).
 * Anything else, and month arithmetic that would land past the 28th, is left to chrono (`null`).
 */
function parseRelativeCalendarDate(text: string, now: Date): string | null {
  const shift = (unit: 'day' | 'week' | 'month' | 'year', count: number): string | null => {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
    if (unit === 'day' || unit === 'week') d.setDate(d.getDate() - count * (unit === 'week' ? 7 : 1));
    else if (now.getDate() > 28) return null; // month ends: chrono decides how to clamp
    else if (unit === 'month') d.setMonth(d.getMonth() - count);
    else d.setFullYear(d.getFullYear() - count);
    return formatLocalDate(d);
  };
  if (text === 'yesterday') return shift('day', 1);
  if (text === 'this month') return formatLocalDate(new Date(now.getFullYear(), now.getMonth(), 1, 12));
  if (text === 'this year') return formatLocalDate(new Date(now.getFullYear(), 0, 1, 12));
  const last = /^last (week|month|year)$/.exec(text);
  if (last) return shift(UNITS[last[1] as keyof typeof UNITS], 1);
  const ago = /^(\d{1,4}|a|an|one) (days?|weeks?|months?|years?) ago$/.exec(text);
  if (ago) {
    const count = /^\d/.test(ago[1] as string) ? Number(ago[1]) : 1;
    return shift(UNITS[ago[2] as keyof typeof UNITS], count);
  }
  return null;
}

/**
 * A parser for dates as people type them: `yesterday`, `last Tuesday`, `2 weeks ago`, `27/11/2026` (day first, as
 * in the UK), as well as ISO dates. Loads chrono-node (~200 ms), so call it only when `parseDateFast` gave `null`.
 */
export async function loadDateParser(): Promise<DateParser> {
  // The English locale alone loads in a third of the time of the whole package (~100 ms instead of ~300 ms).
  const { GB } = await import('chrono-node/en');
  return (text, now) => {
    const quick = parseDateFast(text, now);
    if (quick !== null) return quick;
    const result = GB.parseDate(text, now, { forwardDate: false });
    return result ? formatLocalDate(result) : undefined;
  };
}

/** A parser that loads chrono-node only if one of `inputs` needs it. */
export async function dateParserFor(inputs: readonly (string | undefined)[], now: Date): Promise<DateParser> {
  const needsNatural = inputs.some((text) => text !== undefined && parseDateFast(text, now) === null);
  if (needsNatural) return loadDateParser();
  return (text, at) => parseDateFast(text, at) ?? undefined;
}
