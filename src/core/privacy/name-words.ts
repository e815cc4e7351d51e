import { before, matchesOf } from './context.js';
import type { NameLexicon } from './name-lexicon.js';

/** A word of the text, with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** An everyday word in lower case ("the", "bloods"): never part of a name (set by markPlainWords). */
  plain?: boolean;
}

// A word: letters, inner apostrophes and hyphens. A possessive "'s" is not part of the name.
const TOKEN = /\p{L}[\p{L}\p{M}'’-]*/gu;

export function tokenize(text: string): Token[] {
  return matchesOf(TOKEN, text).map((match) => {
    let word = match[0].replace(/(?:['’]s|['’-]+)$/u, '');
    if (!word) word = match[0];
    return { text: word, start: match.index, end: match.index + word.length };
  });
}

/**
 * Marks the everyday lower-case words of a text, looked up once per distinct word: most of a text, which the name
 * rules then skip (the lexicon look-ups were the costly part of a scan).
 */
export function markPlainWords(tokens: Token[], lex: NameLexicon): void {
  const seen = new Map<string, boolean>();
  for (const token of tokens) {
    let plain = seen.get(token.text);
    if (plain === undefined) {
      plain = isLower(token.text) && !isParticle(token.text) && lex.isWord(token.text);
      seen.set(token.text, plain);
    }
    token.plain = plain;
  }
}

export const isCapitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word) || /^(?:Mc|Mac|\p{Lu}['’])\p{Lu}\p{Ll}/u.test(word);
export const isLower = (word: string) => /^\p{Ll}+(?:['’-]\p{Ll}+)*$/u.test(word);
export const isInitial = (word: string) => /^\p{Lu}$/u.test(word);

// Small words inside names: Irish Ó, Ní, Nic, Mac; Welsh ap; Filipino dela; Dutch, French, Arabic particles.
const PARTICLES = new Set(['ó', 'o', 'ní', 'ni', 'nic', 'mac', 'mc', 'ap', 'ab', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'dela', 'del', 'bin', 'binti', 'al', 'el', 'ibn', 'ben', 'ter', 'ten', 'an', 'uí', 'ui']);
export const isParticle = (word: string) => PARTICLES.has(word.toLowerCase());

/** A word in a name list that is not also an everyday word: a name on its own ("Priya", "Okafor"). */
export function nameLike(lex: NameLexicon, word: string): boolean {
  return (lex.isFirstName(word) || lex.isSurname(word)) && !lex.isCommonWord(word);
}

export const inLexicon = (lex: NameLexicon, word: string) => lex.isFirstName(word) || lex.isSurname(word);

/** In no name list and no word list: a name no list knows, a place, a brand, a foreign word. */
export function unknownWord(lex: NameLexicon, word: string): boolean {
  return word.length >= 3 && !lex.isWord(word) && !inLexicon(lex, word) && !/^\p{Lu}+$/u.test(word);
}

/** A word that may be a person's name where the sentence says a person is meant: a name, or no word at all. */
export function personWord(lex: NameLexicon, word: string): boolean {
  if (isInitial(word)) return false;
  if (isLower(word)) return word.length >= 3 && !lex.isWord(word) && (inLexicon(lex, word) || unknownWord(lex, word));
  return nameLike(lex, word) || unknownWord(lex, word) || (inLexicon(lex, word) && !lex.isTopWord(word));
}

/**
 * Whether two words are adjacent: one or two spaces, or a soft line break (Markdown paragraphs are often wrapped, so
 * "Saw Priya\nCampbell" is one name); after a title or an initial, a full stop too.
 */
export function gapIsSpace(text: string, a: Token, b: Token, allowDot = false): boolean {
  const gap = text.slice(a.end, b.start);
  return allowDot ? /^\.?(?: {1,2}|[ \t]*\r?\n[ \t]*)$|^\.$/.test(gap) : /^(?: {1,2}|[ \t]*\r?\n[ \t]*)$/.test(gap);
}

/**
 * The last token of a name that starts at `index`: particles ("Ó", "ap", "dela") and the name words after them, any
 * case, up to `max` words in all. A word that is a plain word ("was", "in") ends it.
 */
export function nameEnd(lex: NameLexicon, text: string, tokens: readonly Token[], index: number, max = 3): number {
  let last = index;
  for (let i = index + 1; i < tokens.length && i <= index + max; i++) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (!gapIsSpace(text, prev, token, isInitial(prev.text))) break;
    const word = token.text;
    const next = tokens[i + 1];
    if (isParticle(word) && next && gapIsSpace(text, token, next) && (personWord(lex, next.text) || isCapitalised(next.text))) continue;
    if (isCapitalised(word) && (inLexicon(lex, word) || !lex.isTopWord(word)) && !NOT_NAME_WORD.test(word)) {
      last = i;
      continue;
    }
    if (personWord(lex, word) || isInitial(word)) {
      last = i;
      continue;
    }
    break;
  }
  return last;
}

// Capitalised words that end a name rather than continue it: days, months, places in a hospital.
export const NOT_NAME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Ward|Bay|Bed|Resus|Majors|Minors|Clinic|Theatre|Theatres|Hospital|Hospice|Infirmary|Unit|Centre|Center|House|Lodge|Surgery|Practice|Nurse|Team|Service|Run|Foundation|Trust|Fund|Appeal|Charity|Syndrome|Disease|Sign|Score|Scale|Test|Day|Eve|Night)$/;

// The last word of every cue the name rules look for before a name (name-cues.ts): relations, patient and people
// words, verbs of meeting and care, the prepositions of places and citations. A token after any other word has no
// cue before it, so the cue patterns are not run there (they are the costly part of a scan).
const CUE_TAIL = new Set(
  `wife husband son daughter mother father mum mom dad brother sister partner carer grandson granddaughter grandmother
grandfather grandma grandpa nan gran niece nephew aunt aunty auntie uncle cousin friend neighbour neighbor fiance
fiancee boyfriend girlfriend stepson stepdaughter son-in-law daughter-in-law kin nok patient patients pt client
resident user called named as is was are were surname forename name baby child toddler teenager boy girl gentleman
lady woman man colleague registrar consultant trainee student saw seen see seeing met meet visited visiting reviewed
reviewing examined assessed clerked admitted discharged phoned rang told asked with by for from to and said bled
cannulated catheterised transferred referred at in near into outside the quoted quoting cited citing read reread
re-read reading me of late`.split(/\s+/),
);

/** The lower-case text before token `i` where a cue may end there (else ''), at most `max` characters. */
export function cueText(text: string, tokens: readonly Token[], i: number, max = 40): string {
  const previous = tokens[i - 1];
  if (!previous || !CUE_TAIL.has(previous.text.toLowerCase())) return '';
  return before(text, (tokens[i] as Token).start, max);
}
