/**
 * The identifier scanner: finds patient- and person-identifying text (NHS/CHI/H&C numbers, NI numbers, postcodes,
 * phone numbers, emails, dates of birth, hospital numbers, SSNs, Medicare numbers, street addresses and names) in a
 * reflection before it is committed, exported or shared. Pure: text in, findings out.
 *
 * Each detector (one file per family in this folder) proposes spans with a confidence; overlapping spans are merged
 * keeping the most confident; reviewed false positives are removed by `<!-- mindlines:allow kind "text" -->` in the
 * text or by `privacy.allow` in mindlines.yaml.
 */
import { frontMatterValueRanges } from '../../codecs/front-matter-ranges.js';
import { TYPED_ENTRY_KEYS, TYPED_RECORD_KEYS } from '../entries/entry-fields.js';
import { detectAddresses } from './address.js';
import { caseView } from './case-view.js';
import { ALLOW_COMMENT, applyAllowances, inlineAllowances, parseAllowList } from './allow.js';
import { detectAgeSex } from './age-sex.js';
import { detectEmails, detectPhones } from './contact.js';
import type { Candidate } from './context.js';
import { detectDatesOfBirth } from './dob.js';
import { detectHealthNumbers, detectNiNumber, detectSsn } from './health-numbers.js';
import { detectHospitalNumbers } from './hospital-number.js';
import { detectPersonNames } from './person-name.js';
import { detectPostcodes } from './postal-codes.js';
import type { PrivacyScanner } from './scanner.js';

export { FINDING_REASONS, IDENTIFIER_KINDS, type Confidence, type Finding, type FindingReason, type IdentifierKind, type ScanOptions } from './kinds.js';
import type { Confidence, Finding, ScanOptions } from './kinds.js';

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

function detectAll(text: string, options: ScanOptions): Candidate[] {
  return [
    ...detectHealthNumbers(text),
    ...detectSsn(text),
    ...detectNiNumber(text),
    ...detectEmails(text, (word) => options.lexicon.isFirstName(word) || options.lexicon.isSurname(word)),
    ...detectPhones(text),
    ...detectPostcodes(text),
    ...detectDatesOfBirth(text),
    ...detectHospitalNumbers(text),
    ...detectAddresses(caseView(text, options.lexicon, 'title')),
    ...detectAgeSex(text),
    ...detectPersonNames(text, options.lexicon, options.names ?? []),
  ];
}

/**
 * Where spans overlap, the most confident wins (then the longest); each stretch of text is reported once. A span
 * that lies inside a longer one of medium or high confidence gives way to it first: "+44 115 496 0005" is one phone
 * number, not a phone number around a ten-digit NHS-shaped number.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const inside = (a: Candidate, b: Candidate) => a !== b && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  const outer = candidates.filter((c) => !candidates.some((o) => o.confidence !== 'low' && inside(c, o)));
  const ranked = [...outer].sort(
    (a, b) => CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Offsets of the start of each line, for turning an offset into line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

/** Blanks a span with spaces, keeping line breaks so offsets, lines and columns stay put. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/**
 * Scans `scanned` (the original text with some stretches blanked out) and reports findings with text, lines and
 * columns taken from `original`.
 */
function scanMasked(original: string, scanned: string, file: string, options: ScanOptions): Finding[] {
  let masked = scanned;
  // The allow comments themselves quote the text they allow; they are not findings.
  ALLOW_COMMENT.lastIndex = 0;
  for (let match = ALLOW_COMMENT.exec(original); match; match = ALLOW_COMMENT.exec(original)) {
    masked = blank(masked, match.index, match.index + match[0].length);
  }
  const starts = lineStarts(original);
  const findings = resolveOverlaps(detectAll(masked, options)).map((candidate): Finding => {
    const { line, column } = position(starts, candidate.start);
    return {
      file,
      line,
      column,
      kind: candidate.kind,
      text: original.slice(candidate.start, candidate.end),
      confidence: candidate.confidence,
      reason: candidate.reason,
    };
  });
  const allowances = [...inlineAllowances(original), ...parseAllowList(options.allow ?? [])];
  return applyAllowances(findings, allowances);
}

/**
 * Finds identifiers in any text (a Markdown file, an answer typed in the interview, an export). Lines and columns
 * are 1-based in `text`. Honours `<!-- mindlines:allow kind "text" -->` comments in the text.
 */
export function scanText(text: string, file: string, options: ScanOptions): Finding[] {
  return scanMasked(text, text, file, options);
}

// Front-matter keys whose values are typed (ids, dates, numbers, controlled words, the writer's identity): never
// scanned. Every other key, including ones mindlines does not know, is free text and scanned (entry-fields.ts).
const STRUCTURAL_KEYS = TYPED_ENTRY_KEYS;
const STRUCTURAL_NESTED_KEYS = TYPED_RECORD_KEYS;

interface FrontMatterSplit {
  yamlStart: number;
  yamlEnd: number;
}

function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(start));
  if (!open) return undefined;
  const yamlStart = start + open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(text.slice(yamlStart));
  if (!close) return undefined;
  return { yamlStart, yamlEnd: yamlStart + close.index };
}

/**
 * Finds identifiers in an entry file: the values of its front matter (every free-text field: title, activity,
 * standards, tags, resources, beliefs, actions, what a review recorded, and any key mindlines does not know; not
 * ids, dates, numbers, controlled words or the author), its body, HTML comments, link targets and
 * image alt text. Lines and columns are relative to the whole file. A file whose front matter does not parse is
 * scanned whole, so a broken file never hides an identifier.
 */
export function scanEntryFile(fileText: string, file: string, options: ScanOptions): Finding[] {
  return withFileName(scanEntryText(fileText, file, options), file, options);
}

/**
 * Identifiers in an entry's file name (its slug came from the title when the entry was made, and stays when the
 * title is edited later), reported at 1:1 unless the same text was already found inside the file.
 */
function withFileName(findings: Finding[], file: string, options: ScanOptions): Finding[] {
  const base = file.split('/').pop() ?? file;
  const words = base
    .replace(/\.(md|markdown|txt)$/i, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .replace(/-[0-9a-z]{4}$/, '')
    .replace(/[-_]+/g, ' ');
  const seen = new Set(findings.map((f) => f.text.toLowerCase().replace(/[\s-]+/g, ' ')));
  const fromName = scanText(words, file, options)
    .filter((f) => !seen.has(f.text.toLowerCase()))
    .map((f) => ({ ...f, line: 1, column: 1 }));
  return fromName.length > 0 ? [...fromName, ...findings] : findings;
}

function scanEntryText(fileText: string, file: string, options: ScanOptions): Finding[] {
  const split = splitFrontMatter(fileText);
  if (!split) return scanText(fileText, file, options);
  // Found by the line parser for the front matter mindlines writes; the full YAML parser only for the rest.
  const ranges = frontMatterValueRanges(fileText.slice(split.yamlStart, split.yamlEnd), STRUCTURAL_KEYS, STRUCTURAL_NESTED_KEYS);
  if (!ranges) return scanText(fileText, file, options);
  // Blank the whole front matter (the `---` lines, keys, structural values) except the values to scan.
  const frontEnd = Math.min(fileText.length, split.yamlEnd + 3);
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    const start = Math.max(at, split.yamlStart + from);
    const end = split.yamlStart + to;
    if (end <= start) continue;
    parts.push(blank(fileText.slice(at, start), 0, start - at), fileText.slice(start, end));
    at = end;
  }
  parts.push(blank(fileText.slice(at, frontEnd), 0, frontEnd - at), fileText.slice(frontEnd));
  return scanMasked(fileText, parts.join(''), file, options);
}

/** The scanner bound to one journal's options: what the container hands out as the PrivacyScanner port. */
export function bindScanner(options: ScanOptions): PrivacyScanner {
  return {
    scanText: (text, file) => scanText(text, file, options),
    scanEntryFile: (text, file) => scanEntryFile(text, file, options),
  };
}
