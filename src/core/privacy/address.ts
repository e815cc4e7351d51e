import { before, matchesOf, type Candidate, type Detector } from './context.js';

const SUFFIX =
  'Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Way|Walk|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Grove|Terrace|Hill|Park|Square|Sq|Row|Mews|View|Rise|Green|Parade|Gate|Gait|Wynd|Brae|Vale|Croft|Meadows?|Fields?|Boulevard|Approach|Yard|Chase|Cottages|Villas|Broadway|Circus|Embankment|Quay|Wharf|Heights|Hollow|Bank|Crossing|Passage|Loan|Causeway|Glebe|Orchard|Paddock|Copse|Spinney|Dale|Drove|Mount|Fold|Brow|Wood|Estate|Precinct|Promenade|Esplanade';
const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
// A house number (14, 14a, 14-16, Flat 3, 14), one to three capitalised words, a street word: "14 Mill Lane".
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])(?:(?:Flat|Apartment|Apt|Unit|flat|apartment)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?(?:[-–]\\d{1,4})?,?\\s+(?:St\\.?\\s+)?(?:${WORD}\\s+){1,3}(?:${SUFFIX})\\b\\.?`,
  'gu',
);
// The same written in lower case ("14 mill lane") counts only after an address word.
const LOWER_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])\\d{1,4}[a-z]?,?\\s+(?:[a-z][a-z'’]+\\s+){1,3}(?:${SUFFIX.toLowerCase()})\\b`,
  'gu',
);
const LIVES_CONTEXT = /\b(?:lives?|living|lived|address|resides?|resident|visited|visit|flat|house|home|moved|stays?|staying)\b[^.]*$/;
// A street named without a number after "lives on", "address is": "lives on Mill Lane".
const NAMED_STREET = new RegExp(
  `\\b(?:lives|living|lived|resides|address(?:\\s+is)?|moved)\\s+(?:at|on|in|to|:)?\\s*((?:${WORD}\\s+){1,3}(?:${SUFFIX}))\\b`,
  'gu',
);
// Words that make "5 Year Forward View" or "3 Day Rule" look like an address.
const NOT_STREET =
  /^(?:Year|Years|Week|Weeks|Day|Days|Month|Months|Hour|Hours|Minute|Minutes|Times?|Point|Points|Step|Steps|Stage|Grade|Level|Item|Items|Patients?|People|Doses?|Units?|Tablets?|Puffs?|Ward|Bay|Bed|Beds|Page|Chapter|Section|Minute|Mile|Miles|Star|Stars|Forward|Percent)$/;

/** Street addresses: a house number and a street name ("14 Mill Lane", "Flat 2, 9 St John's Road"). */
export const detectAddresses: Detector = (text) => {
  const out: Candidate[] = [];
  for (const match of matchesOf(ADDRESS, text)) {
    const words = match[0].match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? [];
    if (words.some((word) => NOT_STREET.test(word))) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'address', confidence: 'high' });
  }
  for (const match of matchesOf(LOWER_ADDRESS, text)) {
    if (!LIVES_CONTEXT.test(before(text, match.index, 48))) continue;
    if (/\b(?:years?|weeks?|days?|months?|hours?|times?|patients?|doses?|units?|tablets?|puffs?)\b/.test(match[0])) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'address', confidence: 'medium' });
  }
  for (const match of matchesOf(NAMED_STREET, text)) {
    const street = match[1] as string;
    if ((street.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []).some((word) => NOT_STREET.test(word))) continue;
    const start = match.index + match[0].length - street.length;
    out.push({ start, end: start + street.length, kind: 'address', confidence: 'medium' });
  }
  return out;
};
