import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { parseNameLexicon, type NameLexicon } from '../core/privacy/name-lexicon.js';

/** The package's data file (beside `dist/` and `src/`), written by scripts/build-name-lexicon.mjs. */
export const NAME_LEXICON_FILE = new URL('../../data/name-lexicon.txt.br', import.meta.url);

let loaded: NameLexicon | undefined;

/**
 * The name lexicon, read and parsed on first use and kept for the rest of the process (it is the same file for every
 * journal). Synchronous: the scanner is synchronous, and this runs once, on the first scan (about 270 KB to read and
 * decompress; the words are then looked up in place, see parseNameLexicon).
 */
export function loadNameLexicon(): NameLexicon {
  loaded ??= parseNameLexicon(brotliDecompressSync(readFileSync(NAME_LEXICON_FILE)).toString('utf8'));
  return loaded;
}
