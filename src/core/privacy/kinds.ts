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
] as const;

export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export type Confidence = 'high' | 'medium' | 'low';

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
}

export interface ScanOptions {
  /** Given names and surnames, for the person-name detector (read from the package's data by an adapter). */
  lexicon: NameLexicon;
  /** `privacy.names` in mindlines.yaml: names always caught, in any case. */
  names?: readonly string[];
  /** `privacy.allow` in mindlines.yaml: reviewed false positives (`"text"`, or `kind "text"`). */
  allow?: readonly string[];
}
