/**
 * Hours as clinicians write them: `1.5`, `1,5` (a decimal comma), `1h30`, `1 h 30 min`, `2h`, `90 min`, `45m`,
 * `1:30`, `1.5 hours`. One parser for answers files, the interview and entry files edited by hand, so an entry
 * written any of these ways counts the same (issue 12: a hand-edited `hours: 1h30` used to drop the entry from the
 * export). Hours are stored as numbers, to the hundredth.
 */

/** The most hours one entry may claim: a guard against a typo (`150` for `1.50`), not a regulator's rule. */
export const MAX_HOURS = 1000;

const HOUR_WORDS = '(?:h|hr|hrs|hour|hours)';
const MINUTE_WORDS = '(?:m|min|mins|minute|minutes)';
const NUMBER = '(\\d+(?:[.,]\\d+)?|[.,]\\d+)';

const DECIMAL_HOURS = new RegExp(`^${NUMBER}\\s*${HOUR_WORDS}?$`);
const MINUTES = new RegExp(`^${NUMBER}\\s*${MINUTE_WORDS}$`);
const HOURS_AND_MINUTES = new RegExp(`^(\\d+)\\s*${HOUR_WORDS}\\s*(\\d{1,2})\\s*${MINUTE_WORDS}?$`);
const CLOCK = /^(\d+):([0-5]\d)$/;

const round2 = (n: number) => Math.round(n * 100) / 100;
const decimal = (text: string) => Number(text.replace(',', '.'));

export type HoursResult = { ok: true; hours: number } | { ok: false };

/**
 * Reads an amount of time as hours. A number is taken as it is; text may use any of the forms above. Anything
 * negative, over MAX_HOURS, or not a duration is refused (`{ ok: false }`): the caller names the file or question.
 */
export function parseHours(value: unknown): HoursResult {
  let hours: number | undefined;
  if (typeof value === 'number') hours = value;
  else if (typeof value === 'string') hours = hoursFromText(value);
  if (hours === undefined || !Number.isFinite(hours) || hours < 0 || hours > MAX_HOURS) return { ok: false };
  return { ok: true, hours: round2(hours) };
}

function hoursFromText(raw: string): number | undefined {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return undefined;
  let m = DECIMAL_HOURS.exec(text);
  if (m) return decimal(m[1] as string);
  m = MINUTES.exec(text);
  if (m) return decimal(m[1] as string) / 60;
  m = HOURS_AND_MINUTES.exec(text);
  if (m && Number(m[2]) < 60) return Number(m[1]) + Number(m[2]) / 60;
  m = CLOCK.exec(text);
  if (m) return Number(m[1]) + Number(m[2]) / 60;
  return undefined;
}

/**
 * Participatory hours (NMC): `true` means all of `hours`, `false` none, otherwise an amount of time as parseHours
 * reads it. `hours` is what the entry claims in all (0 when it gives none).
 */
export function parseParticipatory(value: unknown, hours: number): HoursResult {
  if (value === true) return { ok: true, hours };
  if (value === false) return { ok: true, hours: 0 };
  if (typeof value === 'string' && /^(true|yes|all)$/i.test(value.trim())) return { ok: true, hours };
  return parseHours(value);
}
