import { parseIsoDate } from '../../codecs/dates.js';

/** A calendar date (YYYY-MM-DD) and, when the text gave one, a time of day (HH:MM). */
export interface LooseDate {
  date: string;
  time?: string | undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number | string) => String(n).padStart(2, '0');

/** A real date from its parts (2024-02-30 is not one), or undefined. */
function dateOf(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += year < 70 ? 2000 : 1900;
  return parseIsoDate(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
}

/** `9:30`, `09:30:00`, `9:30 PM` at the start of `rest`, as HH:MM. */
function timeOf(rest: string): string | undefined {
  const match = /^(?:\s*(?:at|,|T)?\s*)(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(am|pm)?/i.exec(rest);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}

const monthOf = (word: string) => {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
};

/**
 * Reads the dates that notes and spreadsheets hold, strictly (never rolling 30 February over into March): ISO
 * (`2024-03-01`, `2024-03-01T09:30`, `2024-03-01 09:30`), day first as written in the UK (`01/03/2024`, `1.3.24`),
 * and with the month in words (`1 March 2024`, `March 1, 2024 at 9:30 AM`, Day One's `1 Mar 2024 at 09:30:00 GMT`).
 * A range (`01/03/2024 - 03/03/2024`) gives its first day. Anything else is undefined.
 */
export function parseLooseDate(input: string): LooseDate | undefined {
  const text = input.trim().replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/i, '');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/.exec(text);
  if (match) {
    const date = dateOf(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? { date, time: timeOf(match[4] as string) } : undefined;
  }
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?!\d)(.*)$/.exec(text);
  if (match) {
    const date = dateOf(Number(match[3]), Number(match[2]), Number(match[1]));
    return date ? { date, time: timeOf(match[4] as string) } : undefined;
  }
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?!\d)(.*)$/i.exec(text);
  if (match && monthOf(match[2] as string)) {
    const date = dateOf(Number(match[3]), monthOf(match[2] as string) as number, Number(match[1]));
    return date ? { date, time: timeOf(match[4] as string) } : undefined;
  }
  match = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$/i.exec(text);
  if (match && monthOf(match[1] as string)) {
    const date = dateOf(Number(match[3]), monthOf(match[1] as string) as number, Number(match[2]));
    return date ? { date, time: timeOf(match[4] as string) } : undefined;
  }
  return undefined;
}

/**
 * The date in a note's file name: ISO anywhere in it (Obsidian's daily `2024-03-01.md`, zk's
 * `2024-03-01-spacers.md`), or the compact timestamp nb and zk name notes with (`20240301093000.md`,
 * `202403010930 spacers.md`), with its time when it has one.
 */
export function dateInFileName(name: string): LooseDate | undefined {
  const stem = name.replace(/\.[^.]+$/, '');
  const iso = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[T _-](\d{2})[-:.]?(\d{2}))?(?!\d)/.exec(stem);
  if (iso) {
    const date = dateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return { date, time: iso[4] && Number(iso[4]) < 24 && Number(iso[5]) < 60 ? `${iso[4]}:${iso[5]}` : undefined };
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(?!\d)/.exec(stem);
  if (compact) {
    const date = dateOf(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (date && Number(compact[1]) >= 1970) {
      const time = compact[4] && Number(compact[4]) < 24 && Number(compact[5]) < 60 ? `${compact[4]}:${compact[5]}` : undefined;
      return { date, time };
    }
  }
  return undefined;
}
