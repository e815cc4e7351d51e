import { COMMON_NAME_WORDS, FIRST_NAMES, SURNAMES, TOP_WORDS } from './name-lexicon-data.js';

/** The key a word is looked up by: lower case, accents and apostrophes removed ("Siân" → "sian", "O'Brien" → "obrien"). */
export function nameKey(word: string): string {
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase();
}

const toSet = (text: string) => new Set(text.split('\n').filter(Boolean));

/**
 * Given names and surnames from npm data sets (see scripts/build-name-lexicon.mjs), and the everyday words that
 * make a name ambiguous. Built once, on first use, so commands that never scan do not pay for it.
 */
export interface NameLexicon {
  isFirstName(word: string): boolean;
  isSurname(word: string): boolean;
  /** Also an everyday word ("Will", "Hope", "Hill"): a name only with more evidence. */
  isCommonWord(word: string): boolean;
  /** One of the ~5,000 most frequent English words. */
  isTopWord(word: string): boolean;
}

let lexicon: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  if (lexicon) return lexicon;
  const first = toSet(FIRST_NAMES);
  const last = toSet(SURNAMES);
  const common = toSet(COMMON_NAME_WORDS);
  const top = toSet(TOP_WORDS);
  lexicon = {
    isFirstName: (word) => first.has(nameKey(word)),
    isSurname: (word) => {
      const key = nameKey(word);
      if (last.has(key)) return true;
      // Mc/Mac/O' names and double-barrelled names are surnames by their shape or their parts.
      if (/^(Mc|Mac|O['’]|Fitz)\p{Lu}\p{Ll}+$/u.test(word)) return true;
      if (word.includes('-')) return word.split('-').some((part) => last.has(nameKey(part)));
      return false;
    },
    isCommonWord: (word) => common.has(nameKey(word)) || top.has(word.toLowerCase()),
    isTopWord: (word) => top.has(word.toLowerCase()),
  };
  return lexicon;
}
