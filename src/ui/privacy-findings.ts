import type { Finding, IdentifierKind } from '../core/privacy/kinds.js';
import { messages } from './messages.js';
import type { Ui } from './output.js';
import { escapeForTerminal } from './terminal-text.js';

/** What each kind of identifier is called in a sentence. */
export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  'nhs-number': 'an NHS number',
  'chi-number': 'a CHI number',
  'hc-number': 'a Health and Care number',
  'ni-number': 'a National Insurance number',
  postcode: 'a postcode',
  phone: 'a phone number',
  email: 'an email address',
  dob: 'a date of birth',
  'hospital-number': 'a hospital or record number',
  ssn: 'a social security number',
  medicare: 'a Medicare number',
  address: 'a street address',
  'person-name': 'a name',
  ihi: 'an Individual Health Identifier',
  ohip: 'a health card number',
  eircode: 'an Eircode',
  'ca-postcode': 'a postal code',
  'age-sex': 'an age and sex',
};

const ADVICE: Record<IdentifierKind, string> = {
  'nhs-number': 'leave the number out',
  'chi-number': 'leave the number out',
  'hc-number': 'leave the number out',
  'ni-number': 'leave the number out',
  postcode: 'say "a rural area" or leave it out',
  phone: 'leave the number out',
  email: 'leave the address out',
  dob: 'give an age band ("in her eighties") instead',
  'hospital-number': 'leave the number out',
  ssn: 'leave the number out',
  medicare: 'leave the number out',
  address: 'say "at home" instead',
  'person-name': 'use a role ("the patient", "her daughter", "a colleague") instead',
  ihi: 'leave the number out',
  ohip: 'leave the number out',
  eircode: 'say "a rural area" or leave it out',
  'ca-postcode': 'say "a rural area" or leave it out',
  'age-sex': 'give an age band ("a woman in her eighties") instead',
};

/** One sentence per finding, for a prompt to show at once: `line 2: "Mrs Patel" looks like a name; use a role … instead`. */
export function describeFinding(finding: Finding, withLine = true): string {
  const where = withLine ? `line ${finding.line}: ` : '';
  return escapeForTerminal(`${where}"${finding.text}" looks like ${IDENTIFIER_LABELS[finding.kind]}; ${ADVICE[finding.kind]}.`);
}

/**
 * The identifiers found in an answer, described for the interview to show as soon as the answer is given (issue 5:
 * the later the warning, the likelier it is ignored). Lines are named only for an answer of several lines.
 */
export function describeFindings(findings: readonly Finding[], multiline: boolean): string[] {
  return findings.map((finding) => describeFinding(finding, multiline));
}

/**
 * An export's findings on stderr as `file:line:column kind` (never the matched text, which may be patient data),
 * and, when the person chose --allow-findings, that it is written anyway, said out loud.
 */
export function reportExportFindings(ui: Ui, findings: readonly Finding[], allowed: boolean): void {
  if (findings.length === 0) return;
  for (const f of findings) ui.warn(ui.safe(messages.finding(f.file, f.line, f.column, f.kind)));
  if (allowed) ui.warn(messages.findingsAllowed(findings.length));
}
