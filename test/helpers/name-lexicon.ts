import { loadNameLexicon } from '../../src/adapters/fs-name-lexicon.js';
import type { ScanOptions } from '../../src/core/privacy/scan.js';

/** The package's name lexicon, as the container hands it to the scanner. */
export const lexicon = loadNameLexicon();

/** Scan options with the real lexicon, plus any deny-list or allow-list a test gives. */
export const scanOptions = (options: Omit<ScanOptions, 'lexicon'> = {}): ScanOptions => ({ lexicon, ...options });
