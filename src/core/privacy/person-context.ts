import { matchesOf, type Candidate } from './context.js';
import type { Confidence } from './kinds.js';
import { CLINICAL_VERB_CUE, EPONYM_AFTER, EPONYM_WORD, FOR_PATIENT_CUE } from './name-cues.js';
import type { NameLexicon } from './name-lexicon.js';
import { cueText, gapIsSpace, isCapitalised, isLower, isParticle, nameEnd, nameLike, NOT_NAME_WORD, personWord, unknownWord, type Token } from './name-words.js';

// An age after a name: "Nellie, 71, from bed 9", "Analyn, 82, who", "Flannán (71) ?sepsis", "Tom, 8yo,".
const AGE_AFTER = /^(?:[ \t]*,[ \t]*(?:aged[ \t]+)?\d{1,3}[ \t]*(?:y|yo|yrs?|years?(?:[ \t]+old)?)?[ \t]*(?:,|\)|;|-|–|$|[ \t]+(?:from|in|on|bed|who|with|was|is|had))|[ \t]*\([ \t]*(?:aged[ \t]+)?\d{1,3}[ \t]*(?:y|yo|yrs?|[MFmf])?[ \t]*\))/;
const BED_NEAR = /\bbed[ \t]*\d{1,3}\b|\bbay[ \t]*\d{1,2}\b|\bside ?room\b/i;
// What may follow a patient named after a clinical verb: "Reviewed Paramanathan in resus", "bloods for Adewumi twice".
const BOUNDARY_AFTER = /^(?:[ \t]*(?:$|[,.;:)!?]|\b(?:in|on|at|with|today|tonight|yesterday|again|this|that|after|before|twice|and|who|overnight|earlier|later|first)\b)|[ \t]*\r?\n)/i;
// A list item that starts with a patient and the question being asked: "Akinwande: ?cellulitis", "- Vũ: ?PE".
const LIST_QUERY = /^[ \t]*(?:[-*•+][ \t]+|\d+[.)][ \t]+)?((?:\p{L}[\p{L}'’-]*[ \t]+){0,2}\p{L}[\p{L}'’-]*)[ \t]*:[ \t]*\?/gmu;
// Initials with an age and sex: "KG 65yo F", "pt AB (67M)", "A.K. 56yo M", "bn 68yo f".
const INITIALS_AGE_SEX =
  /(?<![\p{L}\p{N}.])((?:\p{L}\.){2,3}|\p{Lu}{2,3}|\p{Ll}{2})[ \t]+(?:(\d{1,3}[ \t]?(?:[Yy][Oo]|[Yy]\.[Oo]\.?|[Yy][Rr][Ss]?|[Yy])[ \t]?[MFmf])\b|\([ \t]*\d{1,3}[ \t]?[MFmf][ \t]*\))/gu;

/** A word that can be a given name or a surname standing alone in this context. */
function loneName(lex: NameLexicon, word: string, strictCapitalised: boolean): boolean {
  if (NOT_NAME_WORD.test(word) || EPONYM_WORD.test(word)) return false;
  if (isLower(word)) return personWord(lex, word);
  if (!isCapitalised(word)) return false;
  if (unknownWord(lex, word) || nameLike(lex, word)) return true;
  return !strictCapitalised && lex.isFirstName(word) && !lex.isTopWord(word);
}

/**
 * Names found by what surrounds them rather than by what they are, so names no list knows are caught (issue 13):
 * a given name with an age or a bed, a surname alone after a clinical verb ("Reviewed Paramanathan in resus"),
 * "It was Gormlaith who…", a patient heading a list item ("Akinwande: ?cellulitis"), and initials with an age and
 * sex. `view` is the text with shouted words recased; `tokens` its words.
 */
export function detectNamesInContext(view: string, tokens: readonly Token[], lex: NameLexicon): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, confidence: Confidence, reason: Candidate['reason']) => out.push({ start, end, kind: 'person-name', confidence, reason });

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = token.text;
    if (token.plain) continue;
    const rest = view.slice(token.end, token.end + 48);

    // A given name (or a name no list knows) with an age: "Nellie, 71, from bed 9".
    if (AGE_AFTER.test(rest) && (loneName(lex, word, false) || (isCapitalised(word) && lex.isFirstName(word)))) {
      const line = view.slice(view.lastIndexOf('\n', token.start) + 1, view.indexOf('\n', token.end) < 0 ? view.length : view.indexOf('\n', token.end));
      push(token.start, token.end, BED_NEAR.test(line) ? 'high' : 'medium', 'age-or-bed');
      continue;
    }

    const cue = cueText(view, tokens, i, 32);
    const verb = CLINICAL_VERB_CUE.test(cue) || FOR_PATIENT_CUE.test(cue);
    // A surname (or given name) alone after a clinical verb, in any case: "reviewed Keohane in SDEC",
    // "i chased the bloods for hirsi twice", "Reviewed Ó Laoghaire in resus".
    if (verb && (loneName(lex, word, true) || (isParticle(word) && tokens[i + 1] && gapIsSpace(view, token, tokens[i + 1] as Token)))) {
      const last = isParticle(word) ? nameEnd(lex, view, tokens, i, 2) : i;
      if (last === i && isParticle(word)) continue;
      const end = (tokens[last] as Token).end;
      const after = view.slice(end, end + 24);
      if (!/^['’]/.test(after) && BOUNDARY_AFTER.test(after) && !EPONYM_AFTER.test(after)) {
        push(token.start, end, 'medium', 'clinical-verb');
        i = last;
        continue;
      }
    }

    // "It was Gormlaith who noticed first".
    if (/\bit was[ \t]+$/i.test(cue) && /^[ \t]+who\b/i.test(rest) && (loneName(lex, word, false) || lex.isFirstName(word))) {
      push(token.start, token.end, 'medium', 'unknown-capitalised');
    }
  }

  for (const match of matchesOf(LIST_QUERY, view)) {
    const name = match[1] as string;
    const words = name.split(/[ \t]+/);
    const nameWords = words.filter((w) => !isParticle(w));
    if (nameWords.length === 0 || !nameWords.every((w) => loneName(lex, w, true))) continue;
    const start = match.index + match[0].indexOf(name);
    push(start, start + name.length, 'medium', 'clinical-verb');
  }

  for (const match of matchesOf(INITIALS_AGE_SEX, view)) {
    const initials = match[1] as string;
    // Lower-case pairs that are words ("on (45m)") are not initials, unless the age is written "66yo m" (a word
    // never stands there: "as 66yo m" in a note typed in lower case is initials).
    if (/^\p{Ll}{2}$/u.test(initials) && lex.isWord(initials) && !match[2]) continue;
    push(match.index, match.index + match[0].length, 'high', 'initials-age-sex');
  }
  return out;
}
