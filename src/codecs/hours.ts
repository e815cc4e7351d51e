/**
 * Hours as people type them: `1.5`, `1,5` (a decimal comma), `1h30`, `1 h 30 min`, `90 min`, `45m`, `2 hours`,
 * `1:30`. The result is a number of hours rounded to hundredths, or undefined when the text is not a duration
 * (so the caller can say what it expected). Negative numbers are not durations.
 */
export function parseHours(text: string): number | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return undefined;
  const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : undefined);
  const number = (t: string) => Number(t.replace(',', '.'));
  const NUM = String.raw`(\d+(?:[.,]\d+)?|[.,]\d+)`;
  // A bare number: hours, with a decimal point or comma.
  if (new RegExp(`^${NUM}$`).test(s)) return round(number(s));
  // h:mm, as on a clock or a timesheet.
  const clock = /^(\d+):([0-5]\d)$/.exec(s);
  if (clock) return round(Number(clock[1]) + Number(clock[2]) / 60);
  const HOURS = String.raw`(?:h|hr|hrs|hour|hours)`;
  const MINUTES = String.raw`(?:m|min|mins|minute|minutes)`;
  // Hours and minutes: 1h30, 1h 30, 1 h 30 min, 1 hour 30 minutes, 1.5 hours.
  const both = new RegExp(`^${NUM} ?${HOURS}\\.?(?:,? ?(?:and )?(\\d+) ?(?:${MINUTES}\\.?)?)?$`).exec(s);
  if (both) return round(number(both[1] as string) + (both[2] ? Number(both[2]) / 60 : 0));
  // Minutes alone: 90 min, 45m, 20 minutes.
  const minutes = new RegExp(`^${NUM} ?${MINUTES}\\.?$`).exec(s);
  if (minutes) return round(number(minutes[1] as string) / 60);
  return undefined;
}
