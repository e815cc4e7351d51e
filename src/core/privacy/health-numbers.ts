import { hasChiDate, isValidChiMod10, isValidMedicare, isValidNhsNumber, isValidNinoPrefix, isValidSsn } from './checksums.js';
import { after, before, matchesOf, type Candidate, type Detector } from './context.js';
import type { Confidence, IdentifierKind } from './kinds.js';

// Ten digits, plain or grouped 3-3-4 (one separator kind), 6-4 (CHI written as date + serial) or 4-5-1 (Medicare),
// optionally an eleventh digit (Medicare issue number). Not part of a longer number, a decimal, or a +44 phone.
const TEN_DIGITS =
  /(?<![\w+.,-])(?:(\d{3})([ -]?)(\d{3})\2(\d{4})|(\d{6})[ -](\d{4})|([2-6]\d{3}) (\d{5}) (\d)(?:[ -]?(\d))?)(?![\w-]|[.,]\d)/g;

const NHS_CONTEXT = /\bnhs\b/;
const CHI_CONTEXT = /\bchi\b|community health index/;
const HC_CONTEXT = /\bh\s?&\s?c\b|\bh and c\b|health (?:and|&) care (?:number|no)|\bhcn\b/;
const MEDICARE_CONTEXT = /\bmedicare\b/;
// An explicit local-number label means the hospital-number detector owns it.
const HOSPITAL_CONTEXT = /\b(?:hospital|hosp|unit|mrn|m\.r\.n|case ?notes?|medical records?)\b/;

interface Classified {
  kind: IdentifierKind;
  confidence: Confidence;
}

/** The nearest context keyword before the number wins (a line may name an NHS number and a hospital number). */
type Scheme = 'nhs' | 'chi' | 'hc' | 'medicare' | 'hospital';
const CONTEXTS: [RegExp, Scheme][] = [
  [NHS_CONTEXT, 'nhs'],
  [CHI_CONTEXT, 'chi'],
  [HC_CONTEXT, 'hc'],
  [MEDICARE_CONTEXT, 'medicare'],
  [HOSPITAL_CONTEXT, 'hospital'],
].map(([regex, which]) => [new RegExp((regex as RegExp).source, 'g'), which as Scheme]);

function nearestContext(window: string): Scheme | undefined {
  let best: { at: number; which: Scheme } | undefined;
  for (const [regex, which] of CONTEXTS) {
    for (const match of matchesOf(regex, window)) {
      if (!best || match.index > best.at) best = { at: match.index, which };
    }
  }
  return best?.which;
}

function classify(digits: string, shape: 'ten' | 'chi' | 'medicare', contextBefore: string, contextAfter: string): Classified | undefined {
  const context = nearestContext(contextBefore) ?? nearestContext(contextAfter.slice(0, 20));
  const ten = digits.slice(0, 10);
  const mod11 = digits.length === 10 && isValidNhsNumber(ten);
  const chiDate = digits.length === 10 && hasChiDate(ten);
  const chiValid = chiDate && (mod11 || isValidChiMod10(ten));
  const medicare = isValidMedicare(digits);
  switch (context) {
    case 'hospital':
      return undefined;
    case 'chi':
      return { kind: 'chi-number', confidence: chiValid ? 'high' : 'medium' };
    case 'hc':
      return { kind: 'hc-number', confidence: mod11 ? 'high' : 'medium' };
    case 'medicare':
      return { kind: 'medicare', confidence: medicare ? 'high' : 'medium' };
    case 'nhs':
      return { kind: 'nhs-number', confidence: mod11 ? 'high' : 'medium' };
    default:
      break;
  }
  if (digits.length === 11 || shape === 'medicare') {
    return medicare ? { kind: 'medicare', confidence: 'medium' } : undefined;
  }
  const leading = Number(ten.slice(0, 3));
  if (mod11) {
    // The leading digits tell the schemes apart (DOMAIN.md section 4): 010–311 CHI (when they make a date),
    // 320–399 Northern Ireland H&C, the rest NHS (England, Wales, Isle of Man; 999 is the test range).
    if (leading <= 311 && chiDate) return { kind: 'chi-number', confidence: 'high' };
    if (leading >= 320 && leading <= 399) return { kind: 'hc-number', confidence: 'medium' };
    return { kind: 'nhs-number', confidence: shape === 'ten' ? 'high' : 'medium' };
  }
  if (chiValid && leading <= 311) return { kind: 'chi-number', confidence: 'medium' };
  // A ten-digit number that fails every check is still most likely a mistyped identifier (RELIABILITY.md 5).
  return { kind: 'nhs-number', confidence: 'low' };
}

/** NHS, CHI, H&C and Medicare numbers: ten-digit shapes, told apart by context words, check digits and ranges. */
export const detectHealthNumbers: Detector = (text) => {
  const out: Candidate[] = [];
  for (const match of matchesOf(TEN_DIGITS, text)) {
    const shape = match[1] ? 'ten' : match[5] ? 'chi' : 'medicare';
    const digits = match[0].replace(/\D/g, '');
    const start = match.index;
    const end = start + match[0].length;
    const found = classify(digits, shape, before(text, start, 40), after(text, end, 24));
    if (found) out.push({ start, end, ...found });
  }
  return out;
};

const SSN = /(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])/g;
const SSN_CONTEXT = /\bssn\b|social security|\bsocial sec\b/;

/** US Social Security numbers: AAA-GG-SSSS with the SSA's validity rules; spaced forms only next to "SSN". */
export const detectSsn: Detector = (text) => {
  const out: Candidate[] = [];
  for (const match of matchesOf(SSN, text)) {
    const digits = match[0].replace(/\D/g, '');
    if (!isValidSsn(digits)) continue;
    const context = SSN_CONTEXT.test(before(text, match.index, 40));
    if (match[2] === ' ' && !context) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'ssn', confidence: context ? 'high' : 'medium' });
  }
  return out;
};

const NINO = /(?<![\p{L}\p{N}])([A-Za-z]{2})([ -]?)(\d{2})\2(\d{2})\2(\d{2})[ -]?([A-Da-d])(?![\p{L}\p{N}])/gu;
const NINO_CONTEXT = /\bni\b|\bnino\b|national insurance|\bn\.i\.|\bnic?\s*(?:no|number)\b/;

/** UK National Insurance numbers: two prefix letters (with HMRC's exclusions), six digits, suffix A–D. */
export const detectNiNumber: Detector = (text) => {
  const out: Candidate[] = [];
  for (const match of matchesOf(NINO, text)) {
    const prefix = match[1] as string;
    const suffix = match[6] as string;
    const upper = prefix === prefix.toUpperCase() && suffix === suffix.toUpperCase();
    const context = NINO_CONTEXT.test(before(text, match.index, 40));
    const validPrefix = isValidNinoPrefix(prefix);
    let confidence: Confidence | undefined;
    if (context) confidence = validPrefix ? 'high' : 'medium';
    else if (validPrefix && upper) confidence = 'medium';
    if (!confidence) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'ni-number', confidence });
  }
  return out;
};
