/**
 * Quick capture: one line typed between patients. A leading date ("yesterday: …", "last Tuesday - …",
 * "2026-11-20 …") sets the entry's date; `#words` become tags; the first words become the title.
 */

export interface QuickNote {
  /** The date text found at the start, not yet resolved ("yesterday"); undefined means today. */
  dateText?: string | undefined;
  /** The note without its leading date. */
  text: string;
  title: string;
  tags: string[];
}

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * Date phrases accepted at the start of a note without a separator. Deliberately narrow: "may need to…",
 * "Monday clinic…" or "Sepsis 6: …" must not become dates. With a colon or dash after it, any phrase the date parser reads wholly is
 * accepted.
 */
const LEADING_DATE = new RegExp(
  '^(' +
    [
      'today',
      'yesterday',
      'this (?:morning|afternoon|evening)',
      'last (?:night|week|month)',
      `(?:last|on) ${WEEKDAY}`,
      '\\d+ (?:days?|weeks?) ago',
      'a (?:day|week) ago',
      '\\d{4}-\\d{2}-\\d{2}',
      '\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?',
      `\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?: \\d{4})?`,
    ].join('|') +
    ')(?=$|[\\s,.:;–—-])',
  'i',
);

const SEPARATED = /^([^:\n]{1,32}?)\s*(?::|\s[–—-])\s+/;

const DATE_WORDS = new RegExp(
  `^(?:\\d+(?:st|nd|rd|th)?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|${WEEKDAY}|${MONTH}|today|yesterday|tonight|` +
    'last|this|next|on|the|of|at|in|a|an|one|two|three|four|five|six|seven|ago|days?|weeks?|months?|years?|morning|afternoon|evening|night|am|pm|noon)$',
  'i',
);

/** Whether every word of a phrase is a date word, so "Sepsis 6" or "NICE NG136" can never be read as a date. */
export function isDatePhrase(phrase: string): boolean {
  const words = phrase.trim().split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((w) => DATE_WORDS.test(w));
}

/** Splits a leading date from the note. `isDate` says whether a phrase is wholly a date. */
export function splitLeadingDate(input: string, isDate: (phrase: string) => boolean): { dateText?: string; rest: string } {
  const text = input.trim();
  const separated = SEPARATED.exec(text);
  if (separated?.[1] && isDatePhrase(separated[1]) && isDate(separated[1].trim())) {
    return { dateText: separated[1].trim(), rest: text.slice(separated[0].length).trim() };
  }
  const leading = LEADING_DATE.exec(text);
  if (leading?.[1] && isDate(leading[1])) {
    const rest = text.slice(leading[1].length).replace(/^[\s,.:;–—-]+/, '').trim();
    if (rest) return { dateText: leading[1], rest };
  }
  return { rest: text };
}

/** Whether the start of a note might be a date phrase worth loading the natural-language parser for. */
export function mayStartWithDate(input: string): boolean {
  return leadingDateCandidates(input).length > 0;
}

/** The phrases at the start of a note that may be its date, for deciding which date parser to load. */
export function leadingDateCandidates(input: string): string[] {
  const text = input.trim();
  const candidates: string[] = [];
  const separated = SEPARATED.exec(text);
  if (separated?.[1] && isDatePhrase(separated[1])) candidates.push(separated[1].trim());
  const leading = LEADING_DATE.exec(text)?.[1];
  if (leading) candidates.push(leading);
  return candidates;
}

/** A title from the note's first sentence, cut at a word boundary to at most `max` characters. */
export function titleFrom(text: string, max = 60): string {
  const firstLine = text.split('\n').find((l) => l.trim()) ?? '';
  const sentence = (/^(.+?[.!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine)
    // Tags at the end are for finding the note, not part of its title; a tag inside a sentence keeps its word.
    .replace(/(\s+#[\p{L}\p{N}][\p{L}\p{N}_-]*)+\s*$/u, '')
    .replace(/#(?=[\p{L}\p{N}])/gu, '')
    .trim();
  const cleaned = sentence.replace(/[.!?]+$/, '').trim();
  if (cleaned.length <= max) return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
  const cut = cleaned.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const short = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '');
  return `${short.charAt(0).toUpperCase()}${short.slice(1)}…`;
}

/** `#asthma`, `#end-of-life` in the text become tags (lower case, without the #). */
export function hashtagsOf(text: string): string[] {
  const tags = [...text.matchAll(/(?:^|\s)#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu)].map((m) => (m[1] as string).toLowerCase());
  return [...new Set(tags)];
}

export function parseQuickNote(input: string, isDate: (phrase: string) => boolean): QuickNote {
  const { dateText, rest } = splitLeadingDate(input, isDate);
  return { dateText, text: rest, title: titleFrom(rest), tags: hashtagsOf(rest) };
}
