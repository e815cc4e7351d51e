import { addDays, formatLocalDate, parseIsoDate } from './dates.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SMALL_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

function weekdayIndex(word: string): number {
  const w = word.toLowerCase();
  return WEEKDAYS.findIndex((d) => d === w || (w.length >= 3 && d.startsWith(w) && /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/.test(w)));
}

/**
 * The relative dates people type most, computed without loading a language library (quick capture must start in
 * well under a second): today, yesterday, tonight, this morning, last night, N days/weeks ago, last <weekday>
 * (the most recent one before today, as chrono-node reads it), and a bare or "on" weekday, read as the most
 * recent such day up to today (a journal records what happened, so "Tuesday" is never next week), and
 * day-first dates with a year (20/11/2026).
 * Returns undefined for anything else, and the caller asks the full parser.
 */
export function parseRelativeDate(text: string, now: Date): string | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const today = formatLocalDate(now);
  // Day first, as written in the UK: 20/11/2026, 20.11.2026, 20-11-2026.
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return parseIsoDate(`${dmy[3]}-${(dmy[2] as string).padStart(2, '0')}-${(dmy[1] as string).padStart(2, '0')}`);
  if (t === 'today' || t === 'tonight' || /^this (morning|afternoon|evening)$/.test(t)) return today;
  if (t === 'yesterday' || t === 'last night') return addDays(today, -1);
  const ago = /^(\d{1,3}|a|an|one|two|three|four|five|six|seven) (day|week)s? ago$/.exec(t);
  if (ago) {
    const n = SMALL_NUMBERS[ago[1] as string] ?? Number(ago[1]);
    return addDays(today, -n * (ago[2] === 'week' ? 7 : 1));
  }
  const weekday = /^(last |on )?([a-z]+)$/.exec(t);
  if (weekday) {
    const target = weekdayIndex(weekday[2] as string);
    if (target < 0) return undefined;
    const back = (now.getDay() - target + 7) % 7;
    if (weekday[1] === 'last ') return addDays(today, -(back === 0 ? 7 : back));
    return addDays(today, -back);
  }
  return undefined;
}
