import type { NameLexicon } from './name-lexicon.js';

/** What the scanner reports: the kinds of identifier, how sure it is, and a finding. Imported by every detector. */
export const IDENTIFIER_KINDS = [
  'nhs-number',
  'chi-number',
  'hc-number',
  'ni-number',
  'postcode',
  'phone',
  'email',
  'dob',
  'hospital-number',
  'ssn',
  'medicare',
  'address',
  'person-name',
  'ihi',
  'ohip',
  'eircode',
  'ca-postcode',
  'age-sex',
] as const;

export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export type Confidence = 'high' | 'medium' | 'low';

/**
 * Why a finding was raised: the pattern or the context that made the detector sure enough (issue 13: each finding
 * says why). ui/messages/privacy.ts words each one for people; `check --json` gives the code.
 */
export const FINDING_REASONS = [
  'check-digit',
  'label',
  'label-bad-check-digit',
  'format',
  'range',
  'birth-context',
  'birth-year',
  'after-name',
  'street',
  'address-cue',
  'title',
  'relation',
  'patient',
  'age-or-bed',
  'initials-age-sex',
  'age-sex',
  'clinical-verb',
  'known-names',
  'unknown-capitalised',
  'deny-list',
  'local-code',
] as const;

export type FindingReason = (typeof FINDING_REASONS)[number];

export interface Finding {
  file: string;
  /** 1-based line in the scanned text (for an entry file, in the whole file). */
  line: number;
  /** 1-based column (UTF-16 code units, as editors using JavaScript count). */
  column: number;
  kind: IdentifierKind;
  /** The matched text, exactly as written. */
  text: string;
  confidence: Confidence;
  /** The pattern or context that raised it. */
  reason: FindingReason;
}

export interface ScanOptions {
  /** Given names and surnames, for the person-name detector (read from the package's data by an adapter). */
  lexicon: NameLexicon;
  /** `privacy.names` in mindlines.yaml: names always caught, in any case. */
  names?: readonly string[];
  /** `privacy.allow` in mindlines.yaml: reviewed false positives (`"text"`, or `kind "text"`). */
  allow?: readonly string[];
}

/** Whether a finding stops a check or a capture: medium and high always; low ones only when strict (issue 13). */
export const isBlocking = (finding: Pick<Finding, 'confidence'>, strict: boolean | undefined) => strict === true || finding.confidence !== 'low';
