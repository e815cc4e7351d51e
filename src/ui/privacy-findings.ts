import { scanText, type Finding, type IdentifierKind, type ScanOptions } from '../core/privacy/scan.js';
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
};

/** One sentence per finding, for a prompt to show at once: `line 2: "Mrs Patel" looks like a name; use a role … instead`. */
export function describeFinding(finding: Finding, withLine = true): string {
  const where = withLine ? `line ${finding.line}: ` : '';
  return escapeForTerminal(`${where}"${finding.text}" looks like ${IDENTIFIER_LABELS[finding.kind]}; ${ADVICE[finding.kind]}.`);
}

/**
 * The identifiers in an answer, described for the interview to show as soon as the answer is given (issue 5: the
 * later the warning, the likelier it is ignored). Empty when the text is clean.
 */
export function describeFindings(text: string, options: ScanOptions = {}): string[] {
  const findings = scanText(text, 'answer', options);
  const multiline = text.includes('\n');
  return findings.map((finding) => describeFinding(finding, multiline));
}
