import { parseEntryText, rewriteFrontMatter } from '../../codecs/entry-file.js';
import type { Finding, IdentifierKind } from './kinds.js';

/** The readable placeholder each kind of identifier is replaced with (issue 13: `[name]`, `[NHS number]`…). */
export const PLACEHOLDERS: Record<IdentifierKind, string> = {
  'nhs-number': '[NHS number]',
  'chi-number': '[CHI number]',
  'hc-number': '[H&C number]',
  'ni-number': '[NI number]',
  postcode: '[postcode]',
  phone: '[phone number]',
  email: '[email]',
  dob: '[date of birth]',
  'hospital-number': '[hospital number]',
  ssn: '[SSN]',
  medicare: '[Medicare number]',
  address: '[address]',
  'person-name': '[name]',
  ihi: '[IHI]',
  ohip: '[health card number]',
  eircode: '[Eircode]',
  'ca-postcode': '[postal code]',
  'age-sex': '[age and sex]',
};

/** One replacement, for showing the change before it is written. */
export interface Redaction {
  line: number;
  column: number;
  kind: IdentifierKind;
  before: string;
  after: string;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The [start, end) offsets of a finding in the text it was found in, when its text is still there. */
function offsetsOf(starts: number[], text: string, finding: Finding): [number, number] | undefined {
  const lineStart = starts[finding.line - 1];
  if (lineStart === undefined) return undefined;
  const start = lineStart + finding.column - 1;
  const end = start + finding.text.length;
  return text.slice(start, end) === finding.text ? [start, end] : undefined;
}

/**
 * Replaces each finding in plain text (a blog draft, an answer) with its placeholder, or with nothing when
 * `placeholder` is false (a file name made from a title). Findings must come from scanning this same text.
 */
export function redactText(text: string, findings: readonly Finding[], placeholder = true): { text: string; redactions: Redaction[] } {
  const starts = lineStarts(text);
  const spans = findings
    .map((f) => ({ finding: f, at: offsetsOf(starts, text, f) }))
    .filter((s): s is { finding: Finding; at: [number, number] } => s.at !== undefined)
    .sort((a, b) => b.at[0] - a.at[0]);
  let out = text;
  let lastStart = Infinity;
  const redactions: Redaction[] = [];
  for (const { finding, at } of spans) {
    if (at[1] > lastStart) continue;
    const after = placeholder ? PLACEHOLDERS[finding.kind] : '';
    out = out.slice(0, at[0]) + after + out.slice(at[1]);
    lastStart = at[0];
    redactions.unshift({ line: finding.line, column: finding.column, kind: finding.kind, before: finding.text, after });
  }
  return { text: out, redactions };
}

/** A title with its findings taken out, for the file name (issue 13: a slug never carries an identifier). */
export function withoutFindings(text: string, findings: readonly Finding[]): string {
  return redactText(text, findings, false).text.replace(/\s+/g, ' ').replace(/^[\s,;:.-]+|[\s,;:-]+$/g, '').trim();
}

/** Replaces the finding's text in every string inside a front-matter value (titles, lists, beliefs, actions). */
function redactValue(value: unknown, findings: readonly Finding[]): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const f of findings) out = out.split(f.text).join(PLACEHOLDERS[f.kind]);
    return out;
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, findings));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactValue(v, findings)]));
  }
  return value;
}

/**
 * An entry file with every finding replaced by its placeholder: body text in place, front-matter values rewritten
 * through the YAML library (so "title: Mrs Patel" becomes a valid `title: "[name]"`, not a list). Findings must
 * come from scanning this same file. The file name's own findings (at 1:1 with text not in the file) are left to
 * the slug, which is made without them.
 */
export function redactEntryText(fileText: string, findings: readonly Finding[]): { text: string; redactions: Redaction[] } {
  const parsed = parseEntryText(fileText);
  if (!parsed.ok) return redactText(fileText, findings);
  const starts = lineStarts(fileText);
  const bodyStart = fileText.length - parsed.value.body.length;
  const inFile = findings.filter((f) => offsetsOf(starts, fileText, f) !== undefined);
  const inBody = inFile.filter((f) => (offsetsOf(starts, fileText, f) as [number, number])[0] >= bodyStart);
  const inFront = inFile.filter((f) => !inBody.includes(f));
  const body = redactText(fileText, inBody);
  let text = body.text;
  const redactions = [...body.redactions];
  if (inFront.length > 0) {
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parsed.value.frontMatter)) {
      const redacted = redactValue(value, inFront);
      if (JSON.stringify(redacted) !== JSON.stringify(value)) changes[key] = redacted;
    }
    if (Object.keys(changes).length > 0) text = rewriteFrontMatter(text, changes);
    for (const f of inFront) redactions.push({ line: f.line, column: f.column, kind: f.kind, before: f.text, after: PLACEHOLDERS[f.kind] });
  }
  redactions.sort((a, b) => a.line - b.line || a.column - b.column);
  return { text, redactions };
}
