import type { NameLexicon } from './name-lexicon.js';

/**
 * Shouted text, seen the way the name and address rules expect: "SAW MRS Ó LAOGHAIRE" and "THE LABEL SAID LÂM YẾN"
 * hide their names from rules that look for capitalised words. The view has the same length as the text (offsets
 * stay put); in it, all-capitals words are rewritten:
 * - on a line written mostly in capitals, everyday words go to lower case, titles become "Mrs", and every other word
 *   of four letters or more (or a known name) is capitalised ("Laoghaire"); short unknown words stay as acronyms;
 * - in ordinary text, an all-capitals word that is a name or no word at all ("EFTHYMIA KARAGIANNOPOULOS", "Mr
 *   OGUNSANYA") is capitalised; acronyms ("NBM", "DNACPR", "CT") stay as they are.
 * The `title` mode, for addresses, capitalises every word of a shouted line instead ("36 Quarry Lane").
 */
export function caseView(text: string, lex: NameLexicon, mode: 'names' | 'title' = 'names'): string {
  if (!/\p{Lu}{2}/u.test(text)) return text;
  let changed = false;
  const out = text.replace(/[^\n]+/g, (line) => {
    if (!/\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}/u.test(line)) return line;
    const letters = line.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    const shouting = letters.length >= 8 && upper / letters.length >= 0.7;
    // For addresses every shouted word is capitalised ("36 Quarry Lane"), as a street is written.
    const viewed = line.replace(/\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}/gu, (word) =>
      mode === 'title' ? (shouting ? sameLength(word, capitalise(word)) : word) : rewrite(word, shouting, lex),
    );
    if (viewed !== line) changed = true;
    return viewed;
  });
  return changed ? out : text;
}

const TITLES = new Set(['MR', 'MRS', 'MS', 'MISS', 'MX', 'DR', 'MME', 'MLLE', 'MSTR', 'PT']);
const VOWELS = /[AEIOUYÀ-ÖØ-ÝĀ-ſ]/gu;

function rewrite(word: string, shouting: boolean, lex: NameLexicon): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const known = lex.isFirstName(word) || lex.isSurname(word);
  const isWord = lex.isWord(letters);
  if (shouting) {
    if (TITLES.has(letters)) return sameLength(word, capitalise(word));
    if (isWord && !(known && !lex.isTopWord(letters) && letters.length > 3 && !lex.isCommonWord(letters))) return sameLength(word, word.toLowerCase());
    if (known || looksLikeName(letters)) return sameLength(word, capitalise(word));
    return word;
  }
  if (isWord || TITLES.has(letters)) return word;
  if ((known && letters.length >= 3) || looksLikeName(letters)) return sameLength(word, capitalise(word));
  return word;
}

/** Four letters or more with vowels spread as in words ("OGUNSANYA", "HWANGBO"), not initials ("DNACPR", "CTPA"). */
function looksLikeName(letters: string): boolean {
  if (letters.length < 4) return false;
  const vowels = (letters.match(VOWELS) ?? []).length;
  return letters.length === 4 ? vowels >= 2 : vowels / letters.length >= 0.25;
}

/** First letter of each hyphen- or apostrophe-joined part upper case, the rest lower: "ST-ONGE" → "St-Onge". */
function capitalise(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** The rewritten word if it kept its length (a few letters change length with case, like "İ"); else the original. */
function sameLength(original: string, rewritten: string): string {
  return rewritten.length === original.length ? rewritten : original;
}
