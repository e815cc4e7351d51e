import { after, before, matchesOf, type Candidate, type Detector } from './context.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = "(?:1[89]\\d{2}|20\\d{2}|'\\d{2})";

// Full dates in the usual written forms. Each alternative records which parts it has, for the plausibility check.
const DATE = new RegExp(
  [
    // 03/03/1956, 3.3.56, 3-3-1956
    '(?<![\\w/.-])(?<d1>\\d{1,2})(?<s1>[/.-])(?<m1>\\d{1,2})\\k<s1>(?<y1>\\d{4}|\\d{2})(?![\\w/-]|\\.\\d)',
    // 1956-03-03, 1956/03/03
    '(?<![\\w/.-])(?<y2>1[89]\\d{2}|20\\d{2})(?<s2>[/.-])(?<m2>\\d{1,2})\\k<s2>(?<d2>\\d{1,2})(?![\\w/-]|\\.\\d)',
    // 3rd March 1956, 3 Mar '56, 3rd of March, 1956
    `(?<![\\w])(?<d3>\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?(?<m3>${MONTH})\\.?,?[ \\t]+(?<y3>${YEAR})(?![\\w])`,
    // March 3rd, 1956
    `(?<![\\w])(?<m4>${MONTH})\\.?[ \\t]+(?<d4>\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(?<y4>${YEAR})(?![\\w])`,
    // 3-Dec-47, 07-NOV-1974 (how wristbands and lab systems print it)
    `(?<![\\w/.-])(?<d5>\\d{1,2})-(?<m5>${MONTH})-(?<y5>\\d{4}|\\d{2})(?![\\w/-]|\\.\\d)`,
  ].join('|'),
  'gi',
);
// Month and year only ("born in March 1948"): flagged only straight after a birth word.
const MONTH_YEAR = new RegExp(`(?<![\\w])(?<m>${MONTH})\\.?,?[ \\t]+(?<y>${YEAR})(?![\\w])`, 'gi');

// Day and month without a year ("her birthday is 3 March"), only straight after a birth word.
const DAY_MONTH = new RegExp(`(?<![\\w])(?<d>\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?(?<m>${MONTH})\\b(?!\\.?,?[ \\t]+(?:1[89]|20)\\d{2})|(?<![\\w])(?<m2>${MONTH})[ \\t]+(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?[ \\t]+(?:1[89]|20)\\d{2})`, 'gi');

const BIRTH_CONTEXT = /\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|birthday|born)|(?:^|[\s(])b\.\s*$/;
const BIRTH_AFTER = /^\s*[,;]?\s*\(?\s*(?:d\.?o\.?b\b|date of birth|born)/;
// A date in brackets straight after a titled name or a patient: "Saw Mrs Ali (13/3/64)", "pt JS (3-Dec-47)".
const AFTER_NAME = /(?:\b(?:mr|mrs|ms|miss|mx|mme|mlle|mstr|master|pt|patient)\.?\s+(?:\S+\s+){0,3}\S+)\s*\(\s*$/iu;
// A national event, not a person's birthday: "the NHS began on 5 July 1948".
const HISTORY = /\b(?:began|founded|established|launched|opened|created|introduced|inaugurated|set up|came into (?:being|force)|was born as|anniversary|since)\b[^.\n]{0,24}$/;

function plausible(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Dates of birth: a full date next to "DOB", "D.O.B.", "born", "date of birth" (high), a full date in a year that
 * can only be a birth year in a reflection (before 2005, low), and month + year straight after "born" (medium).
 */
export const detectDatesOfBirth: Detector = (text) => {
  const out: Candidate[] = [];
  for (const match of matchesOf(DATE, text)) {
    const g = match.groups ?? {};
    const day = Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4 ?? g.d5);
    const monthText = g.m1 ?? g.m2 ?? g.m3 ?? g.m4 ?? g.m5 ?? '';
    const numericMonth = /^\d+$/.test(monthText);
    const month = numericMonth ? Number(monthText) : 1;
    // Numeric dates may be day-first or month-first.
    if (numericMonth && !plausible(day, month) && !plausible(month, day)) continue;
    if (!numericMonth && (day < 1 || day > 31)) continue;
    const yearText = g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5 ?? '';
    const start = match.index;
    const end = start + match[0].length;
    const context = BIRTH_CONTEXT.test(before(text, start, 40)) || BIRTH_AFTER.test(after(text, end, 24));
    let found: Pick<Candidate, 'confidence' | 'reason'> | undefined;
    if (context) found = { confidence: 'high', reason: 'birth-context' };
    else if (AFTER_NAME.test(text.slice(Math.max(0, start - 48), start))) found = { confidence: 'medium', reason: 'after-name' };
    else if (/^\d{4}$/.test(yearText) && Number(yearText) < 2005 && !HISTORY.test(before(text, start, 48))) found = { confidence: 'low', reason: 'birth-year' };
    if (!found) continue;
    out.push({ start, end, kind: 'dob', ...found });
  }
  for (const match of matchesOf(DAY_MONTH, text)) {
    const g = match.groups ?? {};
    const day = Number(g.d ?? g.d2);
    if (day < 1 || day > 31) continue;
    if (!/\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|birthday|born(?:\s+on)?)\s*(?:is|was|:)?\s*(?:on\s+)?(?:the\s+)?$/.test(before(text, match.index, 24))) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'dob', confidence: 'medium', reason: 'birth-context' });
  }
  for (const match of matchesOf(MONTH_YEAR, text)) {
    if (!/\bborn(?:\s+(?:in|on))?\s*$/.test(before(text, match.index, 16))) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'dob', confidence: 'medium', reason: 'birth-context' });
  }
  return out;
};
