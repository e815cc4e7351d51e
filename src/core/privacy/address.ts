import { before, matchesOf, type Candidate, type Detector } from './context.js';
import { notAPersonSpans } from './not-a-person.js';

const SUFFIX =
  'Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Walk|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Grove|Terrace|Tce|Hill|Park|Square|Sq|Row|Mews|View|Rise|Green|Parade|Pde|Gate|Gait|Wynd|Brae|Vale|Croft|Meadows?|Fields?|Boulevard|Bvd|Approach|Yard|Chase|Cottages|Villas|Broadway|Circus|Circuit|Cct|Embankment|Quay|Wharf|Heights|Hollow|Bank|Crossing|Passage|Loan|Causeway|Glebe|Orchard|Paddock|Copse|Spinney|Dale|Drove|Mount|Fold|Brow|Wood|Estate|Precinct|Promenade|Esplanade|Highway|Hwy|Grange';
const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
// What goes before the street: a flat ("Flat 3, ", "Unit 11/", "U11 ", Edinburgh's "4F1, ") and a house number, which
// may carry a flat after a slash ("140/3", Australia's "11/164") or a range ("14-16").
const HOUSE =
  '(?:(?:Flat|Apartment|Apt|Unit|flat|apartment|apt|unit)[ \\t]*\\d{1,4}[A-Za-z]?,?[ \\t]+|U\\d{1,4}[ \\t]+|\\d{1,2}F\\d{1,2},?[ \\t]+)?(?:(?:Unit|unit)[ \\t]+)?\\d{1,4}[A-Za-z]?(?:/\\d{1,4}[A-Za-z]?)?(?:[-–]\\d{1,4})?';
// A house number, one to three capitalised words, a street word: "14 Mill Lane", "Unit 11/164 Wattle Avenue".
const ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}.,/-])${HOUSE},?[ \\t]+((?:St\\.?[ \\t]+)?(?:${WORD}[ \\t]+){1,3}(?:${SUFFIX}))\\b\\.?`, 'gu');
// The same written in lower case ("14 mill lane") counts only after an address word.
const LOWER_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])\\d{1,4}[a-z]?(?:/\\d{1,4})?,?[ \\t]+(?:[a-z][a-z'’]+[ \\t]+){1,3}(?:${SUFFIX.toLowerCase()})\\b`,
  'gu',
);
// Streets named with the street word first: Welsh, Irish and French ("14 Heol y Felin", "12 Bóthar na Trá",
// "2494 chemin du Lac-Noir", "2583 boul. des Laurentides"), in any case.
const STREET_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])${HOUSE},?[ \\t]+(?:heol|ffordd|stryd|maes|lôn|bóthar|bothar|sráid|sraid|páirc|pairc|ard|cnoc|radharc|cois|bóithrín|rue|chemin|boul\\.|boulevard|av\\.|rang|montée|côte|allée)(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)(?:(?!(?:with|by|after|before|instead|and|the|for|to|from|on|in|at)\\b)\\p{L}[\\p{L}'’-]*\\.?(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*|(?=[,.;:)]|$))){1,3}`,
  'giu',
);
const LIVES_CONTEXT =
  /\b(?:lives?|living|lived|address|addr|resides?|resident|visited|visit|flat|house|home|moved|stays?|staying|letter|found|send|sent|floor)\b[^.]*$/;
// After "lives", "home visit to", "send the letter to", "found him at": a house number and the words of its street,
// whatever they are ("Lives 19 Cnoc Breac", "visit to 2/5 Dumbarton Road").
const ADDRESS_CUE =
  /\b(?:lives|living|lived|resides|home visit(?:[ \t]+to)?|visit to|address(?:[ \t]+is)?|addr|letter to|moved to|(?:found|ambos found)(?:[ \t]+(?:him|her|them))?(?:[ \t]+on the floor)?[ \t]+at)[ \t]*(?:at|on|in|:)?[ \t]*$/i;
const CUED_HOUSE = new RegExp(
  `^${HOUSE},?[ \\t]+((?:(?!(?:with|by|after|before|instead|and|the|for|to|from|on|in|at|was|is|who|which|but)\\b)\\p{L}[\\p{L}'’-]*\\.?(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*|(?=[,.;:)]|$))){1,4})`,
  'iu',
);
// Words that make "5 Year Forward View" or "3 Day Rule" look like an address.
const NOT_STREET =
  /^(?:Year|Years|Week|Weeks|Day|Days|Month|Months|Hour|Hours|Minute|Minutes|Times?|Point|Points|Step|Steps|Stage|Grade|Level|Item|Items|Patients?|People|Doses?|Units?|Tablets?|Puffs?|Ward|Bay|Bed|Beds|Page|Chapter|Section|Minute|Mile|Miles|Star|Stars|Forward|Percent|Mg|Ml|Mmol|Kg|Litres?|Sachets?|Pairs?|Hourly|Nights?|Shifts?|Calls?|Visits?|Cases?|Referrals?)$/i;
// A town, and an Australian or Canadian state and postcode, after a street: ", Dubbo NSW 2830", ", Laval QC".
const TOWN_AFTER = /^,?[ \t]+(?:\p{Lu}[\p{Ll}'’-]+[ \t]*){1,3}(?:,?[ \t]*(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT|QC|ON|BC|AB|MB|SK|NS|NB|NL|PE)\b)?(?:[ \t]+\d{4}\b)?/u;

const streetWords = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];

/** Extends an address over the town and state that follow it, when a state or a postcode shows they belong to it. */
function withTown(text: string, end: number): number {
  const town = TOWN_AFTER.exec(text.slice(end, end + 60));
  if (!town || !/(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT|QC|ON|BC|AB|MB|SK|NS|NB|NL|PE)\b|\d{4}$/.test(town[0])) return end;
  return end + town[0].length;
}

/** Street addresses: a house number and a street name ("14 Mill Lane", "Flat 2, 9 St John's Road"), or an address cue and a numbered street. */
export const detectAddresses: Detector = (text) => {
  const out: Candidate[] = [];
  for (const match of matchesOf(ADDRESS, text)) {
    // Only the street's own words: the flat before the number ("Unit 11/164 Wattle Avenue") is not "5 Units".
    const words = (match[1] as string).match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? [];
    if (words.some((word) => NOT_STREET.test(word))) continue;
    out.push({ start: match.index, end: withTown(text, match.index + match[0].length), kind: 'address', confidence: 'high', reason: 'street' });
  }
  for (const match of matchesOf(LOWER_ADDRESS, text)) {
    if (!LIVES_CONTEXT.test(before(text, match.index, 48))) continue;
    if (streetWords(match[0]).some((word) => NOT_STREET.test(word))) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'address', confidence: 'medium', reason: 'address-cue' });
  }
  for (const match of matchesOf(STREET_FIRST, text)) {
    const value = match[0].replace(/[\s.]+$/u, '');
    out.push({ start: match.index, end: withTown(text, match.index + value.length), kind: 'address', confidence: 'high', reason: 'street' });
  }
  for (const cue of matchesOf(/\b(?:lives|living|lived|resides|visit|address|addr|letter|moved|found)\b/gi, text)) {
    const from = cue.index + cue[0].length;
    const window = text.slice(from, from + 40);
    const lead = /^(?:[ \t]+(?:to|at|on|in|him|her|them|is|on the floor))*[ \t]*:?[ \t]*/i.exec(window)?.[0] ?? '';
    if (!ADDRESS_CUE.test(text.slice(Math.max(0, cue.index - 8), from + lead.length))) continue;
    const house = CUED_HOUSE.exec(text.slice(from + lead.length, from + lead.length + 80));
    if (!house) continue;
    const street = (house[1] as string).trim();
    if (streetWords(street).some((word) => NOT_STREET.test(word))) continue;
    const start = from + lead.length;
    const end = start + house[0].replace(/[\s.]+$/u, '').length;
    out.push({ start, end, kind: 'address', confidence: 'medium', reason: 'address-cue' });
  }
  const named = new RegExp(
    `\\b(?:lives|living|lived|resides|address(?:[ \\t]+is)?|moved)[ \\t]+(?:at|on|in|to|:)?[ \\t]*((?:${WORD}[ \\t]+){1,3}(?:${SUFFIX}))\\b`,
    'gu',
  );
  // A street named without a number after "lives on", "address is": "lives on Mill Lane".
  for (const match of matchesOf(named, text)) {
    const street = match[1] as string;
    if ((street.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []).some((word) => NOT_STREET.test(word))) continue;
    // "lives in Harold Wood" names a town, not a street (issue 13's precision list).
    if (notAPersonSpans(street).some(([from, to]) => from === 0 && to === street.length)) continue;
    const start = match.index + match[0].length - street.length;
    out.push({ start, end: start + street.length, kind: 'address', confidence: 'medium', reason: 'address-cue' });
  }
  return out;
};
