import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { before, matchesOf, type Candidate, type Detector } from './context.js';
import type { Confidence } from './kinds.js';

// --- postcodes ------------------------------------------------------------------------------------------------

// The full UK postcode (Presidio's UkPostcodeRecognizer, DOMAIN.md section 4), any case, space optional.
const POSTCODE =
  /(?<![\p{L}\p{N}-])(GIR ?0AA|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]? ?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][0-9]{2} ?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]? ?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9]{2} ?[0-9][ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}-])/giu;
export const ADDRESS_CONTEXT = /\b(?:post ?code|postal|address|lives?|living|lived|resides?|near|home|house|flat|visit(?:ed)?|moved|street|road|lane)\b/;
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
    else if (!ORDINAL.test(inward.slice(0)) && !ORDINAL.test(inward.slice(1)) && /\s/.test(value)) confidence = 'low';
    else continue;
    out.push({ start: match.index, end: match.index + value.length, kind: 'postcode', confidence });
  }
  if (!/post ?code/i.test(text)) return out;
  for (const match of matchesOf(OUTWARD_AFTER_POSTCODE, text)) {
    const code = match[1] as string;
    const start = match.index + match[0].length - code.length;
    out.push({ start, end: start + code.length, kind: 'postcode', confidence: 'medium' });
  }
  return out;
};

// --- phone numbers ----------------------------------------------------------------------------------------------

// UK numbers: +44 / 0044 (with an optional "(0)") or a leading 0, in groups of digits separated by a space or hyphen,
// the area code possibly in brackets. Validated by length, then by libphonenumber.
const UK_PHONE =
  /(?<![\w+])(?:(?:\+ ?44|0044)[ -]?(?:\(0\)[ -]?)?\(?\d{2,5}\)?|\(0\d{2,5}\)|0\d{2,5})(?:[ -]?\d{3,8}){0,3}(?!\d)/g;
const INTERNATIONAL_PHONE = /(?<![\w+])\+(?!44)\d{1,3}(?:[ -]?\(?\d{1,5}\)?){2,5}(?!\d)/g;
const PHONE_CONTEXT = /\b(?:tel|telephone|phone|phoned|mobile|mob|ring|rang|call(?:ed)?|text(?:ed)?|number|contact|landline|whatsapp|fax)\b/;

function ukNational(raw: string): string {
  let digits = raw.replace(/\(0\)/, '').replace(/\D/g, '');
  if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  else if (raw.trimStart().startsWith('+')) digits = `0${digits.slice(2)}`;
  return digits;
}

// Validating against libphonenumber's full metadata is the costly part of a scan; the same number recurs.
const validity = new Map<string, boolean>();
function isValidUk(national: string): boolean {
  let valid = validity.get(national);
  if (valid === undefined) {
    valid = isValidPhoneNumber(national, 'GB');
    if (validity.size > 10_000) validity.clear();
    validity.set(national, valid);
  }
  return valid;
}

/** UK landlines and mobiles (+44 and 0 forms), and international numbers libphonenumber accepts. */
export const detectPhones: Detector = (text) => {
  const out: Candidate[] = [];
  for (const match of matchesOf(UK_PHONE, text)) {
    const national = ukNational(match[0]);
    if (national.length < 10 || national.length > 11) continue;
    const context = PHONE_CONTEXT.test(before(text, match.index, 40));
    let confidence: Confidence | undefined;
    if (isValidUk(national)) confidence = 'high';
    // Numbers that are the right length but unallocated (Ofcom's drama ranges, typos) still identify someone.
    else if (national.length === 11 && /^0[1237]/.test(national)) confidence = context ? 'high' : 'medium';
    else if (context) confidence = 'low';
    if (!confidence) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'phone', confidence });
  }
  for (const match of matchesOf(INTERNATIONAL_PHONE, text)) {
    const parsed = parsePhoneNumberFromString(match[0]);
    if (!parsed?.isValid()) continue;
    const context = PHONE_CONTEXT.test(before(text, match.index, 40));
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'phone', confidence: context ? 'high' : 'medium' });
  }
  return out;
};

// --- email ------------------------------------------------------------------------------------------------------

const EMAIL = /(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;
// Written out to dodge scrapers: "jane.smith at nhs dot net", "jane(at)nhs.net". Found from the "at" (cheap to
// search for), then the local part is read backwards.
const SPELLED_AT = /(?: ?\(at\) ?| ?\[at\] ?| at )([A-Za-z0-9-]+(?:(?: ?\(dot\) ?| ?\[dot\] ?| dot |\.)[A-Za-z0-9-]+)+)/gi;
const LOCAL_PART = /[\w.+-]+$/;
const TOP_LEVEL = /(?: ?\(dot\) ?| ?\[dot\] ?| dot |\.)(?:com|net|org|uk|ie|io|gov|nhs|ac|co|scot|wales|info)$/i;

/** Email addresses, including "name (at) domain (dot) net" spellings. */
export const detectEmails: Detector = (text) => {
  const out: Candidate[] = [];
  if (text.includes('@')) {
    for (const match of matchesOf(EMAIL, text)) {
      out.push({ start: match.index, end: match.index + match[0].length, kind: 'email', confidence: 'high' });
    }
  }
  for (const match of matchesOf(SPELLED_AT, text)) {
    // "at" and "dot" as words need an address-shaped right-hand side: a domain ending, not ordinary prose.
    if (!TOP_LEVEL.test(match[0])) continue;
    const local = LOCAL_PART.exec(text.slice(Math.max(0, match.index - 64), match.index));
    if (!local || text.charAt(match.index - local[0].length - 1) === '@') continue;
    const start = match.index - local[0].length;
    const end = match.index + match[0].length;
    const spelled = text.slice(start, end);
    const context = /\b(?:e-?mail(?:ed)?|address|contact)\b/.test(before(text, start, 40)) || /\(at\)|\[at\]/i.test(spelled);
    // "the guidance at nice.org.uk" is a web address, not an email: a plain " at " needs "dot" spelled out or an email word.
    if (/ at /i.test(spelled) && !/dot/i.test(spelled) && !context) continue;
    out.push({ start, end, kind: 'email', confidence: context ? 'high' : 'medium' });
  }
  return out;
};

