import { isValidNinoPrefix, isValidSsn } from './checksums.js';
import { before, matchesOf, type Candidate, type Detector } from './context.js';
import type { Confidence } from './kinds.js';

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
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'ssn', confidence: context ? 'high' : 'medium', reason: context ? 'label' : 'format' });
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
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'ni-number', confidence, reason: context ? 'label' : 'format' });
  }
  return out;
};
