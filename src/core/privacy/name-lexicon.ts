/** The key a word is looked up by: lower case, accents and apostrophes removed ("Siân" → "sian", "O'Brien" → "obrien"). */
export function nameKey(word: string): string {
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase();
}

/**
 * Given names and surnames from npm data sets (see scripts/build-name-lexicon.mjs), and the everyday words that
 * make a name ambiguous. The person-name detector is handed one through ScanOptions; the lists are data
 * (data/name-lexicon.txt.br), read by an adapter on the first scan, so commands that never scan do not pay for them.
 */
export interface NameLexicon {
  isFirstName(word: string): boolean;
  isSurname(word: string): boolean;
  /** Also an everyday word ("Will", "Hope", "Hill"): a name only with more evidence. */
  isCommonWord(word: string): boolean;
  /** One of the ~5,000 most frequent English words. */
  isTopWord(word: string): boolean;
  /**
   * Any word of the vocabulary: the top words, ~37,000 more from spoken English, and the words of clinical writing
   * (drugs, abbreviations). A capitalised token that is not a word and in no name list may be a name no list knows.
   */
  isWord(word: string): boolean;
}

/** The sections of the lexicon's data file, in the order the generator writes them. */
export const NAME_LEXICON_SECTIONS = ['first-names', 'surnames', 'common-name-words', 'top-words', 'vocabulary'] as const;

type Section = (typeof NAME_LEXICON_SECTIONS)[number];

/**
 * Builds the lexicon from the data file's text: `# comment` lines, then `[section]` lines each followed by one key a
 * line. A file without every section is refused rather than scanning with a lexicon that silently knows no names.
 * Each section is split in one go (about 115,000 words in all; this runs on the first scan of every process that
 * writes or checks an entry, so it is kept cheap).
 */
export function parseNameLexicon(text: string): NameLexicon {
  const sets = new Map<Section, Set<string>>();
  const heads = [...text.matchAll(/^\[([^\]\n]*)\]$/gm)];
  const preamble = text.slice(0, heads[0]?.index ?? text.length);
  if (preamble.split('\n').some((line) => line && !line.startsWith('#'))) throw new Error('name lexicon: a word before the first [section]');
  heads.forEach((head, i) => {
    const name = head[1] as Section;
    if (!NAME_LEXICON_SECTIONS.includes(name)) throw new Error(`name lexicon: unknown section [${name}]`);
    const start = head.index + head[0].length + 1;
    const end = heads[i + 1]?.index ?? text.length;
    const words = new Set(text.slice(start, end).split('\n'));
    words.delete('');
    sets.set(name, words);
  });
  const missing = NAME_LEXICON_SECTIONS.filter((name) => !sets.get(name)?.size);
  if (missing.length > 0) throw new Error(`name lexicon: no words under ${missing.map((m) => `[${m}]`).join(', ')}`);
  const first = sets.get('first-names') as Set<string>;
  const last = sets.get('surnames') as Set<string>;
  const common = sets.get('common-name-words') as Set<string>;
  const top = sets.get('top-words') as Set<string>;
  const vocabulary = sets.get('vocabulary') as Set<string>;
  return {
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
    isWord: (word) => {
      const lower = word.toLowerCase();
      return top.has(lower) || vocabulary.has(lower) || vocabulary.has(nameKey(word));
    },
  };
}
