import { matchesOf, type Candidate, type Detector } from './context.js';

// An age and sex as handover lists write them: "82F", "29M,", "M/80", "f/87", "71f, ?uti". Upper case on sight; a
// lower-case m or f only where a list item starts with it (elsewhere "5m" is five metres or minutes).
const AGE_SEX = /(?<![\p{L}\p{N}/.£$€-])(\d{1,3})[ ]?([MF])(?![\p{L}\p{N}/])/gu;
const LOWER_AGE_SEX = /^[ \t]*(?:[-*•+][ \t]+)?(\d{1,3})([mf])(?=[ \t]*[,;)])/gmu;
const SEX_AGE = /(?<![\p{L}\p{N}/.-])([MFmf])\/(\d{1,3})(?![\p{L}\p{N}/])/gu;
// A catheter, a tube or a cannula sized in French gauge ("14F Foley", "Ch 16F") is not a person.
const GAUGE_NEAR = /\b(?:fr|french|ch|charriere|catheter|foley|ng|nj|tube|sheath|cannula|drain|suction|gauge|g)\b/i;

/** Age and sex together (a quasi-identifier; with initials or a bed, they single a patient out): low confidence. */
export const detectAgeSex: Detector = (text) => {
  const out: Candidate[] = [];
  const plausible = (age: string) => Number(age) <= 110;
  const add = (start: number, end: number) => out.push({ start, end, kind: 'age-sex', confidence: 'low', reason: 'age-sex' });
  for (const match of [...matchesOf(AGE_SEX, text), ...matchesOf(LOWER_AGE_SEX, text)]) {
    if (!plausible(match[1] as string)) continue;
    const start = match.index + match[0].indexOf(match[1] as string);
    const end = match.index + match[0].length;
    const around = text.slice(Math.max(0, start - 16), Math.min(text.length, end + 16));
    if (GAUGE_NEAR.test(around)) continue;
    add(start, end);
  }
  for (const match of matchesOf(SEX_AGE, text)) {
    if (!plausible(match[2] as string)) continue;
    add(match.index, match.index + match[0].length);
  }
  return out;
};
