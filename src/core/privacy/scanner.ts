import type { Finding } from './kinds.js';

/**
 * The scanner's version: raise it whenever a detector, the lexicon's use or the allow rules change what is found,
 * so findings kept from an older scanner (the scan cache in `.mindlines/`) are scanned again.
 */
export const SCANNER_VERSION = 1;

/**
 * The identifier scanner as the rest of mindlines reaches it: already bound to the journal's `privacy.names`
 * deny-list, its `privacy.allow` list and the name lexicon, so a caller only says what to scan.
 */
export interface PrivacyScanner {
  /** Any text: an answer typed in the interview, a rendered export, a file given to `check`. */
  scanText(text: string, file: string): Finding[];
  /** An entry file: its front-matter values, body, comments, link targets, and its file name. */
  scanEntryFile(text: string, file: string): Finding[];
}

/**
 * How the context hands out the scanner: loaded on first use (the detectors and the name lexicon are the largest
 * things mindlines loads), so commands that never scan never pay for it.
 */
export type PrivacyScannerSource = () => Promise<PrivacyScanner>;
