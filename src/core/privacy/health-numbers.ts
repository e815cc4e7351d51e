import { hasChiDate, isValidChiMod10, isValidLuhn, isValidMedicare, isValidNhsNumber } from './checksums.js';
import { after, before, matchesOf, type Candidate, type Detector } from './context.js';
import type { Confidence, FindingReason, IdentifierKind } from './kinds.js';

export { detectNiNumber, detectSsn } from './national-numbers.js';

// A separator between digit groups: a space, hyphen or dot, or a line break (a number wrapped in a hard-wrapped
// paragraph: "NHS number 999\n302 4678").
const SEP = '(?:[ .-]?|[ \\t]*\\r?\\n[ \\t]*)';
// Ten digits, plain or grouped 3-3-4, 6-4 (CHI written as date + serial) or 4-5-1 (Medicare), optionally an
// eleventh digit (Medicare issue number). Not part of a longer number, a decimal, or a +44 phone.
const TEN_DIGITS = new RegExp(
  `(?<![\\w+.,-])(?:(\\d{3})(${SEP})(\\d{3})(${SEP})(\\d{4})|(\\d{6})[ -](\\d{4})|([2-6]\\d{3})([ -])(\\d{5})\\9(\\d)(?:[ -]?(\\d))?)(?![\\w-]|[.,]\\d)`,
  'g',
);

const NHS_CONTEXT = /\bnhs\b/;
const CHI_CONTEXT = /\bchi\b|community health index/;
const HC_CONTEXT = /\bh\s?&\s?c\b|\bh and c\b|health (?:and|&) care (?:number|no)|\bhcn\b/;
const MEDICARE_CONTEXT = /\bmedicare\b/;
const IHI_CONTEXT = /\bihi\b|individual health identifier/;
const OHIP_CONTEXT = /\bohip\b|health card|\bhcn\b|\bontario health/;
// An explicit local-number label means the hospital-number detector owns it.
const HOSPITAL_CONTEXT = /\b(?:hospital|hosp|unit|mrn|m\.r\.n|case ?notes?|medical records?|urn?|chart)\b/;
// A book, a paper, a parcel, a ticket: ten digits there are a reference, not a person (issue 13).
const REFERENCE_CONTEXT =
  /\b(?:isbn(?:-1[03])?|issn|doi|pmid|pmcid|arxiv|waybill|tracking|consignment|parcel|courier|dhl|fedex|ups|order|invoice|serial|lot|batch|barcode|ticket|booking|confirmation|reference|ref|case|job|po|courier)\b/;

type Scheme = 'nhs' | 'chi' | 'hc' | 'medicare' | 'ihi' | 'ohip' | 'hospital' | 'reference';
const CONTEXTS: [RegExp, Scheme][] = [
  [NHS_CONTEXT, 'nhs'],
  [CHI_CONTEXT, 'chi'],
  [HC_CONTEXT, 'hc'],
  [MEDICARE_CONTEXT, 'medicare'],
  [IHI_CONTEXT, 'ihi'],
  [OHIP_CONTEXT, 'ohip'],
  [HOSPITAL_CONTEXT, 'hospital'],
  [REFERENCE_CONTEXT, 'reference'],
].map(([regex, which]) => [new RegExp((regex as RegExp).source, 'g'), which as Scheme]);

/** The nearest context keyword wins (a line may name an NHS number and a hospital number). */
function nearestContext(window: string, fromEnd: boolean): Scheme | undefined {
  let best: { at: number; which: Scheme } | undefined;
  for (const [regex, which] of CONTEXTS) {
    for (const match of matchesOf(regex, window)) {
      if (!best || (fromEnd ? match.index > best.at : match.index < best.at)) best = { at: match.index, which };
    }
  }
  return best?.which;
}

interface Classified {
  kind: IdentifierKind;
  confidence: Confidence;
  reason: FindingReason;
}

const found = (kind: IdentifierKind, valid: boolean): Classified =>
  valid ? { kind, confidence: 'high', reason: 'check-digit' } : { kind, confidence: 'medium', reason: 'label-bad-check-digit' };

function classify(digits: string, shape: 'ten' | 'chi' | 'medicare', contextBefore: string, contextAfter: string): Classified | undefined {
  const context = nearestContext(contextBefore, true) ?? nearestContext(contextAfter.slice(0, 20), false);
  const ten = digits.slice(0, 10);
  const mod11 = digits.length === 10 && isValidNhsNumber(ten);
  const chiDate = digits.length === 10 && hasChiDate(ten);
  const chiValid = chiDate && (mod11 || isValidChiMod10(ten));
  const medicare = isValidMedicare(digits);
  switch (context) {
    case 'hospital':
    case 'reference':
      return undefined;
    case 'chi':
      return found('chi-number', chiValid);
    case 'hc':
      return found('hc-number', mod11);
    case 'medicare':
      return found('medicare', medicare);
    case 'ihi':
      return found('ihi', mod11);
    case 'ohip':
      return found('ohip', isValidLuhn(ten));
    case 'nhs':
      // A number that fails the check digit is still flagged where the text says it is an NHS number (a typo
      // still identifies), but only at low confidence (issue 13, RELIABILITY.md 5).
      return mod11 ? { kind: 'nhs-number', confidence: 'high', reason: 'check-digit' } : { kind: 'nhs-number', confidence: 'low', reason: 'label-bad-check-digit' };
    default:
      break;
  }
  if (digits.length === 11 || shape === 'medicare') {
    return medicare ? { kind: 'medicare', confidence: 'medium', reason: 'check-digit' } : undefined;
  }
  const leading = Number(ten.slice(0, 3));
  if (mod11) {
    // The leading digits tell the schemes apart (DOMAIN.md section 4): 010–311 CHI (when they make a date),
    // 320–399 Northern Ireland H&C, the rest NHS (England, Wales, Isle of Man; 999 is the test range).
    if (leading <= 311 && chiDate) return { kind: 'chi-number', confidence: 'high', reason: 'range' };
    if (leading >= 320 && leading <= 399) return { kind: 'hc-number', confidence: 'medium', reason: 'range' };
    return { kind: 'nhs-number', confidence: shape === 'ten' ? 'high' : 'medium', reason: 'check-digit' };
  }
  if (chiValid && leading <= 311) return { kind: 'chi-number', confidence: 'medium', reason: 'range' };
  // Ten digits that fail every check, with nothing saying what they are: an ISBN-10, a courier's number.
  return undefined;
}

/** The separators of a 3-3-4 number agree: both the same, or one of them a line break. */
function separatorsAgree(a: string, b: string): boolean {
  const wrapped = (s: string) => s.includes('\n');
  return a === b || wrapped(a) || wrapped(b);
}

/** NHS, CHI, H&C, Medicare and Irish IHI numbers: ten-digit shapes, told apart by context, check digits and ranges. */
export const detectHealthNumbers: Detector = (text) => {
  const out: Candidate[] = [];
  for (const match of matchesOf(TEN_DIGITS, text)) {
    let shape: 'ten' | 'chi' | 'medicare' = match[1] ? 'ten' : match[6] ? 'chi' : 'medicare';
    if (match[1] && !separatorsAgree(match[2] as string, match[4] as string)) {
      // Six digits then four ("271187 1495") is a CHI number written as date and serial.
      if (match[2] === '' && /^[ -]$/.test(match[4] as string)) shape = 'chi';
      else continue;
    }
    const digits = match[0].replace(/\D/g, '');
    const start = match.index;
    const end = start + match[0].length;
    const classified = classify(digits, shape, before(text, start, 40), after(text, end, 24));
    if (classified) out.push({ start, end, ...classified });
  }
  out.push(...detectChiInPairs(text), ...detectIhi(text), ...detectOhip(text));
  return out;
};

// A CHI number written as its date in pairs, then the serial whole or in pairs: "01 01 01 12 37", "01.01.01 1237".
const CHI_PAIRS = /(?<![\w+.,-])\d{2}([ .-])\d{2}\1\d{2}[ .-]\d{2}[ .-]?\d{2}(?![\w-]|[.,]\d)/g;

/** A CHI number in pairs: flagged after "CHI"; elsewhere only when it makes a date and passes a check digit (low). */
function detectChiInPairs(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of matchesOf(CHI_PAIRS, text)) {
    const digits = match[0].replace(/\D/g, '');
    const chiValid = hasChiDate(digits) && (isValidNhsNumber(digits) || isValidChiMod10(digits));
    const start = match.index;
    const end = start + match[0].length;
    const context = nearestContext(before(text, start, 40), true);
    if (context === 'chi') out.push({ start, end, ...found('chi-number', chiValid) });
    else if (context === undefined && chiValid) out.push({ start, end, kind: 'chi-number', confidence: 'low', reason: 'range' });
  }
  return out;
}

// The Irish IHI in full: 18 digits starting 539100 (written whole or in threes of six).
const IHI_FULL = /(?<![\w.,-])539100([ -]?)\d{6}\1\d{6}(?![\w-]|[.,]\d)/g;

function detectIhi(text: string): Candidate[] {
  return matchesOf(IHI_FULL, text).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'ihi',
    confidence: 'high',
    reason: 'format',
  }));
}

// Ontario health card: ten digits written 4-3-3 (or whole before a version code), then an optional one- or
// two-letter version code: "4392-594-273-VG", "1138 248 966 LH", "3851468177-FY".
const OHIP = /(?<![\w+.,-])(\d{4}[ -]?\d{3}[ -]?\d{3})(?:([ -])([A-Za-z]{1,2}))?(?![\w-]|[.,]\d)/g;

// A version code is one or two letters that are not a word ("LH", "VG"; not "on", "at").
const SHORT_WORD = /^(?:on|at|in|to|of|or|is|if|by|as|am|pm|an|a|i|no|so|up|we|me|he|it|my|be|do|go)$/i;

function detectOhip(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of matchesOf(OHIP, text)) {
    const number = match[1] as string;
    const grouped = /\d{4}[ -]\d{3}[ -]\d{3}/.test(number);
    const version = match[3] !== undefined && !SHORT_WORD.test(match[3]);
    if (!grouped && !version) continue;
    const digits = number.replace(/\D/g, '');
    const context = OHIP_CONTEXT.test(before(text, match.index, 40));
    const luhn = isValidLuhn(digits);
    let confidence: Confidence | undefined;
    if (context) confidence = luhn ? 'high' : 'medium';
    else if (luhn && version) confidence = 'medium';
    else if (luhn && grouped) confidence = 'low';
    if (!confidence) continue;
    const end = match.index + (version ? match[0].length : number.length);
    out.push({ start: match.index, end, kind: 'ohip', confidence, reason: context ? (luhn ? 'check-digit' : 'label-bad-check-digit') : 'check-digit' });
  }
  return out;
}
