import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { before, matchesOf, type Candidate, type Detector } from './context.js';
import type { Confidence } from './kinds.js';
import { isRoleMailbox } from './role-mailbox.js';

// --- phone numbers ----------------------------------------------------------------------------------------------

// UK numbers: +44 / 0044 (with an optional "(0)") or a leading 0, in groups of digits separated by a space or hyphen,
// the area code possibly in brackets. Validated by length, then by libphonenumber.
const UK_PHONE =
  /(?<![\w+])(?:(?:\+ ?44|0044)[ -]?(?:\(0\)[ -]?)?\(?\d{2,5}\)?|\(0\d{2,5}\)|0\d{2,5})(?:(?:[ -]?|[ \t]*\r?\n[ \t]*)\d{3,8}){0,3}(?!\d)/g;
const INTERNATIONAL_PHONE = /(?<![\w+])\+(?!44)\d{1,3}(?:[ -]?\(?\d{1,5}\)?){2,5}(?!\d)/g;
const PHONE_CONTEXT =
  /\b(?:tel|telephone|phone|phoned|mobile|mob|ring|rang|call(?:ed)?|text(?:ed)?|number|contact|landline|whatsapp|fax|message|voicemail)\b/;
/** A phone word shortly before, or "on" straight before ("ring him on …", "son on …"). */
const phoneContext = (text: string, index: number) => PHONE_CONTEXT.test(before(text, index, 40)) || /\bon\s*:?\s*$/.test(before(text, index, 6));
// Australian landlines ((02) 5550 3133, 08 7010 4046) and mobiles (0491 572 983); a line break may split one.
const AU_PHONE = /(?<![\w+(])(?:\(0[2378]\)|0[2378])(?:[ \t]*\r?\n[ \t]*| ?)\d{4}[ ]?\d{4}(?!\d)|(?<![\w+])04\d{2}[ ]?\d{3}[ ]?\d{3}(?!\d)/g;
// North American numbers: (403) 555-0116, 604.555.0117, 807-555-0147 (area code and exchange never start 0 or 1).
const NANP_PHONE = /(?<![\w+.-])(?:\+?1[ .-]?)?(?:\(([2-9]\d{2})\)[ ]?|([2-9]\d{2})([.-]))([2-9]\d{2})[.-](\d{4})(?![\w-]|\.\d)/g;
// Where ten digits are a health number, they are not a phone number.
const HEALTH_NUMBER_CONTEXT = /\b(?:nhs|chi|ihi|h&c|hcn|ohip|medicare|mrn)\b/;

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
    const context = phoneContext(text, match.index);
    let confidence: Confidence | undefined;
    if (isValidUk(national)) confidence = 'high';
    // Numbers that are the right length but unallocated (Ofcom's drama ranges, typos) still identify someone.
    else if (national.length === 11 && /^0[1237]/.test(national)) confidence = context ? 'high' : 'medium';
    else if (context) confidence = 'low';
    if (!confidence) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'phone', confidence, reason: isValidUk(national) ? 'format' : 'label' });
  }
  for (const match of matchesOf(INTERNATIONAL_PHONE, text)) {
    const parsed = parsePhoneNumberFromString(match[0]);
    const context = phoneContext(text, match.index);
    // Drama and test ranges (+61 491 570…, +1 … 555-01xx) are not valid numbers, but still someone's number in a note.
    if (!parsed?.isValid() && !(context && match[0].replace(/\D/g, '').length >= 10)) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'phone', confidence: context ? 'high' : 'medium', reason: context ? 'label' : 'format' });
  }
  for (const match of matchesOf(AU_PHONE, text)) {
    const context = phoneContext(text, match.index);
    const bracketed = match[0].startsWith('(');
    if (!context && !bracketed && !match[0].startsWith('04')) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'phone', confidence: context ? 'high' : 'medium', reason: context ? 'label' : 'format' });
  }
  for (const match of matchesOf(NANP_PHONE, text)) {
    if (HEALTH_NUMBER_CONTEXT.test(before(text, match.index, 32))) continue;
    const context = phoneContext(text, match.index);
    // A bracketed area code or dots is how North American numbers are written; hyphens alone need a phone word.
    const shaped = match[1] !== undefined || match[3] === '.';
    if (!context && !shaped) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'phone', confidence: context ? 'high' : shaped && match[1] ? 'medium' : 'low', reason: context ? 'label' : 'format' });
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
export function detectEmails(text: string, isName: (word: string) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('@')) {
    for (const match of matchesOf(EMAIL, text)) {
      // A department's mailbox (dermatology.referrals@nhs.net) names no one (issue 13).
      if (isRoleMailbox(match[0], isName)) continue;
      out.push({ start: match.index, end: match.index + match[0].length, kind: 'email', confidence: 'high', reason: 'format' });
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
    out.push({ start, end, kind: 'email', confidence: context ? 'high' : 'medium', reason: context ? 'label' : 'format' });
  }
  return out;
}

