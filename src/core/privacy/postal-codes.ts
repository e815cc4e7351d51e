import { before, matchesOf, type Candidate, type Detector } from './context.js';
import type { Confidence } from './kinds.js';

// The full UK postcode (Presidio's UkPostcodeRecognizer, DOMAIN.md section 4), any case, space optional.
const POSTCODE =
  /(?<![\p{L}\p{N}-])(GIR ?0AA|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]? ?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][0-9]{2} ?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]? ?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9]{2} ?[0-9][ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}-])/giu;
export const ADDRESS_CONTEXT =
  /\b(?:post ?code|postal|eircode|address|addr|lives?|living|lived|resides?|near|home|house|flat|apt|visit(?:ed)?|moved|street|road|lane|went|sent|went to|found)\b/;
const ORDINAL = /^(?:1st|2nd|3rd|[04-9]th)$/i;
// An outward code on its own ("lives in LS6") is only flagged straight after the word postcode.
const OUTWARD_AFTER_POSTCODE = /\bpost ?code(?:\s+(?:is|was|of|area))?\s*:?\s+([A-Z]{1,2}[0-9][A-Z0-9]?)(?![\p{L}\p{N}])/giu;

/** UK postcodes. Upper case is flagged on sight; lower case ("ls6 2rd") needs an address word nearby. */
export const detectPostcodes: Detector = (text) => {
  const out: Candidate[] = [];
  for (const match of matchesOf(POSTCODE, text)) {
    const value = match[0];
    const inward = value.replace(/\s/g, '').slice(-3);
    const context = ADDRESS_CONTEXT.test(before(text, match.index, 40));
    const upper = value === value.toUpperCase();
    let confidence: Confidence;
    if (upper) confidence = context ? 'high' : 'medium';
    else if (context) confidence = 'medium';
    else if (!ORDINAL.test(inward.slice(0)) && !ORDINAL.test(inward.slice(1)) && (/\s/.test(value) || /^[a-z]{2}\d/i.test(value))) confidence = 'low';
    else continue;
    out.push({ start: match.index, end: match.index + value.length, kind: 'postcode', confidence, reason: context ? 'label' : 'format' });
  }
  out.push(...detectEircodes(text), ...detectCanadianPostalCodes(text));
  if (!/post ?code/i.test(text)) return out;
  for (const match of matchesOf(OUTWARD_AFTER_POSTCODE, text)) {
    const code = match[1] as string;
    const start = match.index + match[0].length - code.length;
    out.push({ start, end: start + code.length, kind: 'postcode', confidence: 'medium', reason: 'label' });
  }
  return out;
};

// Eircode (DOMAIN.md, more identifier formats): a routing key (a letter and two digits, or D6W) and a four-character
// unique identifier from Eircode's alphabet, with or without the space, in any case: "D02 X285", "a65pe3a".
const EIRCODE = /(?<![\p{L}\p{N}-])((?:[AC-FHKNPRTV-Y]\d{2}|D6W)) ?([0-9AC-FHKNPRTV-Y]{4})(?![\p{L}\p{N}-])/giu;
const EIRCODE_CONTEXT = /\beircode\b|\baddress\b|\baddr\b|\blives?\b|\bhome\b|\bhouse\b|\bireland\b|\bco\.? [a-z]+\b|\bdublin\b/;

function detectEircodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of matchesOf(EIRCODE, text)) {
    const value = match[0];
    const unique = match[2] as string;
    // The unique part mixes letters and digits or is all letters; four digits alone ("A65 2024") is a code or a year.
    if (/^\d{4}$/.test(unique)) continue;
    const context = EIRCODE_CONTEXT.test(before(text, match.index, 48));
    const upper = value === value.toUpperCase();
    let confidence: Confidence | undefined;
    if (context) confidence = 'high';
    else if (upper) confidence = 'medium';
    // In lower case a word can take the shape ("d12 then"); only a digit in the unique part is telling.
    else if (/\d/.test(unique)) confidence = 'low';
    if (!confidence) continue;
    out.push({ start: match.index, end: match.index + value.length, kind: 'eircode', confidence, reason: context ? 'label' : 'format' });
  }
  return out;
}

// Canadian postal code: letter digit letter, digit letter digit; D F I O Q U never used, W and Z never first.
const CA_POSTAL = /(?<![\p{L}\p{N}-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}-])/giu;

function detectCanadianPostalCodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of matchesOf(CA_POSTAL, text)) {
    const value = match[0];
    const context = ADDRESS_CONTEXT.test(before(text, match.index, 48)) || /\b(?:qc|on|bc|ab|mb|sk|ns|nb|nl|pe)\b[ ,]*$/i.test(before(text, match.index, 8));
    const upper = value === value.toUpperCase();
    const confidence: Confidence = context ? 'high' : upper ? 'medium' : 'low';
    out.push({ start: match.index, end: match.index + value.length, kind: 'ca-postcode', confidence, reason: context ? 'label' : 'format' });
  }
  return out;
}
