import { dateParserFor } from '../codecs/natural-date.js';
import { formatLocalDate } from '../codecs/dates.js';
import type { Profile } from '../codecs/profile.js';
import type { JournalConfig } from '../config/journal-config.js';
import { currentPeriod, cycleEndingAt, type Period } from '../core/cpd/cpd-period.js';
import { UsageError } from '../errors.js';
import { labels } from '../exporters/labels.js';
import { messages } from '../ui/messages.js';

/** The CPD year start a profile counts with: the journal's `year_start` when it sets one, else the profile's. */
export function yearStartFor(profile: Profile, config: JournalConfig): string {
  if (config.raw.year_start !== undefined) return config.yearStart;
  return profile.period.yearStart ?? config.yearStart;
}

export interface PeriodOptions {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The period an export or `stats` covers: `--from`/`--to` (ISO or natural dates) when given, else the profile's
 * current period (its cycle or year, counted from the journal's `cycle_start` when set).
 */
export async function resolvePeriod(opts: PeriodOptions, profile: Profile, config: JournalConfig, now: Date): Promise<Period> {
  const today = formatLocalDate(now);
  const current = currentPeriod({
    today,
    yearStart: yearStartFor(profile, config),
    years: profile.period.years,
    label: profile.period.label,
    cycleStart: config.cycleStart,
  });
  if (opts.from === undefined && opts.to === undefined) return current;
  const parse = await dateParserFor([opts.from, opts.to], now);
  const one = (option: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const date = parse(value, now);
    if (!date) throw new UsageError(messages.badDate(option, value));
    return date;
  };
  const to = one('--to', opts.to);
  const from = one('--from', opts.from);
  const period: Period = {
    from: from ?? (to ? currentPeriod({ today: to, yearStart: yearStartFor(profile, config), years: profile.period.years, label: '', cycleStart: config.cycleStart }).from : current.from),
    to: to ?? (from && from > today ? from : today),
    label: labels.chosenPeriod,
    source: 'options',
  };
  if (period.from > period.to) throw new UsageError(messages.periodBackwards(period.from, period.to));
  return period;
}

/**
 * The entries a CPD summary or `stats` for a period can count: those dated within the period, or within the
 * cycle a `per: cycle` requirement looks back over (which may begin before the period). Nothing dated after the
 * period counts; an export or `stats` reads no other entry.
 */
export function readSpan(profile: Pick<Profile, 'requirements' | 'cycleYears'>, period: Pick<Period, 'from' | 'to'>): { since: string; until: string } {
  let since = period.from;
  if (profile.requirements.some((r) => r.per === 'cycle')) {
    const cycle = cycleEndingAt(period.to, profile.cycleYears ?? 1, period.to);
    if (cycle.from < since) since = cycle.from;
  }
  return { since, until: period.to };
}
