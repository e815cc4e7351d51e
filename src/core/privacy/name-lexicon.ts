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
 * How many look-ups a section answers in place before it builds a Set. Measured (issue 13): a quick note makes about
 * 10 look-ups and a 4 KB entry about 300; in place one costs microseconds, so a `check` of thousands of entries builds
 * its Sets within its first few entries (waiting for 20,000 cost it 15% more CPU).
 */
const LOOKUPS_BEFORE_SET = 2_000;

/**
 * One section of the data file, looked up where it lies in the text: its lines are sorted (the generator sorts them,
 * and a unit test holds the committed file to it), so a binary search over the lines needs no copy of them. A quick
 * capture scans one short note and pays nothing to build 115,000 strings; a process that looks up many words (`check`
 * over a journal) builds a Set once it has asked often enough, and looks up at Set speed from then on.
 */
function sortedSection(text: string, start: number, end: number): (key: string) => boolean {
  let set: Set<string> | undefined;
  let lookups = 0;
  const search = (key: string): boolean => {
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const lineStart = text.lastIndexOf('\n', mid - 1) + 1;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const line = text.slice(lineStart, lineEnd);
      if (line === key) return true;
      if (line < key) lo = lineEnd + 1;
      else hi = lineStart;
    }
    return false;
  };
  return (key) => {
    if (set) return set.has(key);
    if (++lookups > LOOKUPS_BEFORE_SET) {
      set = new Set(text.slice(start, end).split('\n'));
      set.delete('');
      return set.has(key);
    }
    return search(key);
  };
}

/**
 * Builds the lexicon from the data file's text: `# comment` lines, then `[section]` lines each followed by one key a
 * line, sorted. A file without every section is refused rather than scanning with a lexicon that silently knows no
 * names. The sections are searched in place (about 115,000 words in all; this runs on the first scan of every process
 * that writes or checks an entry, so it is kept cheap: issue 13 measured quick capture before and after).
 */
export function parseNameLexicon(text: string): NameLexicon {
  const sections = new Map<Section, (key: string) => boolean>();
  const heads = [...text.matchAll(/^\[([^\]\n]*)\]$/gm)];
  const preamble = text.slice(0, heads[0]?.index ?? text.length);
  if (preamble.split('\n').some((line) => line && !line.startsWith('#'))) throw new Error('name lexicon: a word before the first [section]');
  heads.forEach((head, i) => {
    const name = head[1] as Section;
    if (!NAME_LEXICON_SECTIONS.includes(name)) throw new Error(`name lexicon: unknown section [${name}]`);
    const start = head.index + head[0].length + 1;
    const end = heads[i + 1]?.index ?? text.length;
    // A section with no word in it counts as missing.
    if (/\S/.test(text.slice(start, Math.min(end, start + 64)))) sections.set(name, sortedSection(text, start, end));
  });
  const missing = NAME_LEXICON_SECTIONS.filter((name) => !sections.has(name));
  if (missing.length > 0) throw new Error(`name lexicon: no words under ${missing.map((m) => `[${m}]`).join(', ')}`);
  const section = (name: Section) => ({ has: sections.get(name) as (key: string) => boolean });
  const first = section('first-names');
  const last = section('surnames');
  const common = section('common-name-words');
  const top = section('top-words');
  const vocabulary = section('vocabulary');
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
