import type { Confidence, FindingReason, IdentifierKind } from './kinds.js';

/** A detector's raw result: offsets into the scanned text (end exclusive). */
export interface Candidate {
  start: number;
  end: number;
  kind: IdentifierKind;
  confidence: Confidence;
  reason: FindingReason;
}

/** A detector: pure, given the whole text (front matter already masked where it must not be scanned). */
export type Detector = (text: string) => Candidate[];

/**
 * The text just before `index`, lower case, at most `max` characters and never across a blank line (a new
 * paragraph is a new context).
 */
export function before(text: string, index: number, max = 48): string {
  const slice = text.slice(Math.max(0, index - max), index);
  const paragraph = slice.lastIndexOf('\n\n');
  return (paragraph >= 0 ? slice.slice(paragraph + 2) : slice).toLowerCase();
}

/** The text just after `end`, lower case, at most `max` characters and never across a blank line. */
export function after(text: string, end: number, max = 32): string {
  const slice = text.slice(end, end + max);
  const paragraph = slice.indexOf('\n\n');
  return (paragraph >= 0 ? slice.slice(0, paragraph) : slice).toLowerCase();
}

/** The previous and next word-ish token around a span, for "is this a dose / a score" style checks. */
export function raise(confidence: Confidence): Confidence {
  return confidence === 'low' ? 'medium' : 'high';
}

/** Every match of a global regex, as an array (RegExp#exec loop without the boilerplate). */
export function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    out.push(match);
    if (match[0].length === 0) regex.lastIndex++;
  }
  return out;
}
