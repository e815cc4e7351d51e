import { caseView } from './case-view.js';
import { matchesOf, raise, type Candidate } from './context.js';
import type { Confidence, FindingReason } from './kinds.js';
import {
  AUTHOR_WORK_AFTER,
  CITED_BEFORE,
  CLINICAL_VERB_CUE,
  EPONYM_AFTER,
  EPONYM_WORD,
  NAME_CUE,
  PATIENT_CUE,
  PEOPLE_CUE,
  PERSON_AFTER,
  PLACE_BEFORE,
  PLACE_FIRST,
  PLACE_SECOND,
  RELATION_CUE,
} from './name-cues.js';
import type { NameLexicon } from './name-lexicon.js';
import { cueText, gapIsSpace, inLexicon, markPlainWords, isCapitalised, isInitial, isLower, isParticle, nameEnd, nameLike, NOT_NAME_WORD, personWord, tokenize, unknownWord, type Token } from './name-words.js';
import { notAPersonSpans } from './not-a-person.js';
import { detectNamesInContext } from './person-context.js';

const STRONG_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Mstr', 'Mme', 'Mlle']);
const WEAK_TITLES = new Set(['Prof', 'Professor', 'Sister', 'Nurse', 'Sir', 'Dame', 'Lady', 'Lord', 'Rev', 'Revd', 'Father', 'Master', 'Madam']);
// Typed in lower case ("mrs patel"): mr, mrs, mx, mme are rarely anything else; "ms" (milliseconds, multiple
// sclerosis), "miss" (the verb) and "dr" (diabetic retinopathy) need a name or a word no list knows after them.
const LOWER_TITLES = new Set(['mr', 'mrs', 'mx', 'mme', 'prof', 'dr']);
const LOWER_AMBIGUOUS_TITLES = new Set(['ms', 'miss']);
const UPPER_TITLES = new Set(['MRS', 'MISS', 'MX', 'MME']);
// MR (mitral regurgitation), MS (multiple sclerosis), DR (diabetic retinopathy): only before a clear name.
const UPPER_AMBIGUOUS_TITLES = new Set(['MR', 'MS', 'DR']);
// Towns whose names read as a given name and a surname.
const PLACE_NAMES = new Set(['milton keynes', 'stoke mandeville', 'newton abbot', 'bishop auckland', 'sutton coldfield', 'kirkby stephen', 'market harborough', 'newton aycliffe', 'milton abbot', 'stanley park', 'chester le', 'hywel dda', 'betsi cadwaladr', 'aneurin bevan', 'mary seacole', 'florence nightingale', 'edward jenner', 'nye bevan', 'john radcliffe']);

/** Up to 60 characters after `end`, on the same line. */
export function restOfLine(text: string, end: number): string {
  const slice = text.slice(end, end + 60);
  const newline = slice.indexOf('\n');
  return newline >= 0 ? slice.slice(0, newline) : slice;
}

/** Whether a word follows a number closely ("2 ms", "5 mr"): a unit, not a title. */
const afterNumber = (text: string, token: Token) => /\d[ \t]*$/.test(text.slice(Math.max(0, token.start - 4), token.start));

/** The confidence a title gives the word after it, or undefined when that word is not a name. */
function titleConfidence(lex: NameLexicon, text: string, title: Token, name: string): Confidence | undefined {
  const word = title.text;
  const anyCaseName = (isCapitalised(name) || isLower(name) || /^\p{Lu}+$/u.test(name)) && !NOT_NAME_WORD.test(name);
  if (STRONG_TITLES.has(word)) {
    if (isCapitalised(name) && (inLexicon(lex, name) || !lex.isTopWord(name))) return 'high';
    // "Mrs gruffudd", "Mr ní bhriain": a capitalised title before a lower-case name, typed in a hurry.
    if (isLower(name) && (isParticle(name) || personWord(lex, name) || (inLexicon(lex, name) && !lex.isTopWord(name)))) return 'high';
    return undefined;
  }
  if (WEAK_TITLES.has(word)) return isCapitalised(name) && nameLike(lex, name) ? 'medium' : undefined;
  if (UPPER_TITLES.has(word) && anyCaseName && (inLexicon(lex, name) || unknownWord(lex, name))) return 'medium';
  if (UPPER_AMBIGUOUS_TITLES.has(word) && (isCapitalised(name) || /^\p{Lu}{2,}$/u.test(name))) {
    if ((nameLike(lex, name) && !lex.isTopWord(name)) || (unknownWord(lex, name) && name.length >= 4)) return 'medium';
    return undefined;
  }
  if (afterNumber(text, title)) return undefined;
  if (LOWER_TITLES.has(word) && /^\p{Ll}/u.test(word)) {
    // "mr ward", "mrs o'reilly-leannon": any name from the lexicon, or any word that is not an everyday one; after
    // "dr" (also diabetic retinopathy: "dr screening") a name from the lexicon or a word no list knows.
    const everyday = word === 'dr' ? lex.isWord(name) : lex.isTopWord(name) || lex.isCommonWord(name);
    if ((isCapitalised(name) || isLower(name)) && (inLexicon(lex, name) || !everyday || isParticle(name))) return 'high';
    return undefined;
  }
  if (LOWER_AMBIGUOUS_TITLES.has(word)) {
    if ((isCapitalised(name) || isLower(name)) && ((nameLike(lex, name) && !lex.isTopWord(name)) || personWord(lex, name) || isParticle(name))) return 'medium';
  }
  return undefined;
}

/**
 * Person names, in the view of the text where shouted words are recased (case-view.ts): a name after a title (any
 * case), after "patient" or a relation ("her son, Daniel"), a given name and a surname the lists know, capitalised
 * words no list knows where the sentence says a person is meant, the names of detectNamesInContext (ages, beds,
 * initials, clinical verbs), and every name on the journal's deny-list. Places, institutions and days that read
 * like names (not-a-person.ts), eponyms and cited authors are left alone.
 */
export function detectPersonNames(text: string, lex: NameLexicon, denyList: readonly string[] = []): Candidate[] {
  const view = caseView(text, lex);
  const tokens = tokenize(view);
  markPlainWords(tokens, lex);
  const protectedSpans = notAPersonSpans(view);
  const isProtected = (start: number, end: number) => protectedSpans.some(([from, to]) => start < to && from < end);
  const out: Candidate[] = [];
  const push = (start: number, end: number, confidence: Confidence, reason: FindingReason) => {
    if (!isProtected(start, end)) out.push({ start, end, kind: 'person-name', confidence, reason });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const word = token.text;
    if (isProtected(token.start, token.end)) continue;

    // 1. A title and a name, in any case.
    if (next && gapIsSpace(view, token, next, true) && /^(?:\p{Lu}|mr|mrs|ms|miss|mx|mme|dr|prof|m)/u.test(word)) {
      let nameIndex = i + 1;
      // "Dr J Smith", "Mrs A. Patel": skip the initial; "Mr ap Siôn", "Ms Ó Laoghaire": the particle is part of it.
      if (isInitial(next.text) && tokens[i + 2] && gapIsSpace(view, next, tokens[i + 2] as Token, true)) nameIndex = i + 2;
      const name = (tokens[nameIndex] as Token).text;
      const isFrenchM = word === 'M' || (word === 'm' && view.charAt(token.end) === '.');
      const accepted = isFrenchM
        ? personWord(lex, name) && view.charAt(token.end) === '.'
          ? 'medium'
          : undefined
        : titleConfidence(lex, view, token, name);
      if (accepted) {
        const last = nameEnd(lex, view, tokens, nameIndex);
        const end = (tokens[last] as Token).end;
        const cited = /^(?:Dr|Prof|Professor|Sir|Dame)$/.test(word) && AUTHOR_WORK_AFTER.test(view.slice(end, end + 40));
        if (!cited) {
          push(token.start, end, accepted, 'title');
          i = last;
          continue;
        }
      }
    }

    // An everyday word in lower case is never the start of a name past this point (most of a text): skip it.
    if (token.plain) continue;
    const cueBefore = cueText(view, tokens, i, 40);

    // 2. After "patient", a relation or another person word, in any case: "pt nnaemeka sumulong", "wife laurier",
    // "NOK: son Dobrosława", "her son, athanasia, had".
    const family = RELATION_CUE.test(cueBefore);
    const relation = family || PATIENT_CUE.test(cueBefore);
    if ((relation || PEOPLE_CUE.test(cueBefore)) && !NOT_NAME_WORD.test(word) && !EPONYM_WORD.test(word)) {
      // After a relation even an everyday word capitalised mid-sentence is a name ("son Nest", "her son Will").
      const capitalisedName = isCapitalised(word) && (inLexicon(lex, word) || personWord(lex, word) || (family && !lex.isTopWord(word)));
      const lowerName = isLower(word) && personWord(lex, word);
      const particleName = isParticle(word) && next && gapIsSpace(view, token, next) && (personWord(lex, next.text) || isCapitalised(next.text));
      if (capitalisedName || lowerName || particleName) {
        const last = nameEnd(lex, view, tokens, i);
        const end = (tokens[last] as Token).end;
        if (!EPONYM_AFTER.test(restOfLine(view, end))) {
          push(token.start, end, relation ? 'high' : 'medium', PATIENT_CUE.test(cueBefore) ? 'patient' : 'relation');
          i = last;
          continue;
        }
      }
    }

    if (!isCapitalised(word)) {
      // 4. A lower-case full name after a cue: "saw priya campbell today", "i phoned pirashanth velupillai".
      if (next && isLower(word) && gapIsSpace(view, token, next) && (NAME_CUE.test(cueBefore) || CLINICAL_VERB_CUE.test(cueBefore))) {
        const known = (w: string) => !lex.isCommonWord(w) && !lex.isTopWord(w) && w.length > 2;
        const first = (lex.isFirstName(word) && known(word)) || (isLower(word) && personWord(lex, word));
        const lastIndex = isParticle(next.text) ? nameEnd(lex, view, tokens, i + 1) : i + 1;
        const lastWord = (tokens[lastIndex] as Token).text;
        const second = (lex.isSurname(lastWord) && known(lastWord)) || personWord(lex, lastWord);
        if (first && second && isLower(lastWord) && (!lex.isWord(word) || !lex.isWord(lastWord))) {
          push(token.start, (tokens[lastIndex] as Token).end, lex.isFirstName(word) && lex.isSurname(lastWord) ? 'low' : 'medium', 'clinical-verb');
          i = lastIndex;
        }
      }
      continue;
    }

    const after = (index: number) => restOfLine(view, (tokens[index] as Token).end);
    // "Grace Ward" may be a ward or a person; a surname that is also a place word counts as a name here, and the
    // words around it decide ("moved to Grace Ward" is a place).
    const notPerson = (last: number) => {
      const rest = after(last);
      const lastWord = (tokens[last] as Token).text;
      return EPONYM_AFTER.test(rest) || AUTHOR_WORK_AFTER.test(rest) || CITED_BEFORE.test(cueBefore) || (EPONYM_WORD.test(lastWord) && lastWord !== 'Ward');
    };

    // 3. A given name followed by a surname (and possibly a middle name): "Priya Campbell", "Mary Jane Watson".
    if (next && isCapitalised(next.text) && gapIsSpace(view, token, next) && lex.isFirstName(word)) {
      let lastIndex = -1;
      const third = tokens[i + 2];
      if (lex.isSurname(next.text)) lastIndex = i + 1;
      if (third && isCapitalised(third.text) && gapIsSpace(view, next, third) && lex.isSurname(third.text) && lex.isFirstName(next.text) && !lex.isCommonWord(word)) {
        lastIndex = i + 2;
      }
      if (lastIndex > 0) {
        const lastToken = tokens[lastIndex] as Token;
        const firstStrong = !lex.isCommonWord(word);
        const lastStrong = !lex.isCommonWord(lastToken.text);
        const cue = NAME_CUE.test(cueBefore) || PATIENT_CUE.test(cueBefore);
        const place =
          (PLACE_FIRST.has(word.toLowerCase()) && PLACE_SECOND.test(lastToken.text)) ||
          PLACE_NAMES.has(`${word} ${lastToken.text}`.toLowerCase()) ||
          (PLACE_BEFORE.test(cueBefore) && !CLINICAL_VERB_CUE.test(cueBefore) && !PERSON_AFTER.test(after(lastIndex)));
        if (!place && !notPerson(lastIndex) && (firstStrong || lastStrong || cue)) {
          let confidence: Confidence = firstStrong && lastStrong ? 'medium' : 'low';
          if (cue) confidence = raise(confidence);
          push(token.start, lastToken.end, confidence, 'known-names');
          i = lastIndex;
          continue;
        }
      }
    }

    // 3b. Two name-list words that are not everyday words, when the first is not a known given name (given names
    // from communities the lists cover thinly): "Oyelaran Mensah".
    if (next && isCapitalised(next.text) && gapIsSpace(view, token, next) && !lex.isFirstName(word)) {
      const strong = (w: string) => lex.isSurname(w) && !lex.isCommonWord(w) && !lex.isTopWord(w);
      const place = PLACE_NAMES.has(`${word} ${next.text}`.toLowerCase()) || (PLACE_FIRST.has(word.toLowerCase()) && PLACE_SECOND.test(next.text)) || PLACE_BEFORE.test(cueBefore);
      if (strong(word) && strong(next.text) && !place && !notPerson(i + 1)) {
        push(token.start, next.end, NAME_CUE.test(cueBefore) ? 'medium' : 'low', 'known-names');
        i += 1;
        continue;
      }
    }

    // 3c. Names the lists do not know, where the sentence says a person is meant: "I phoned Seosamh Charalambous",
    // "Reviewed Nóirín Ó Dubhghaill on the ward round", "Stelios Papadopoulou came back".
    if (next && gapIsSpace(view, token, next) && (isCapitalised(next.text) || isParticle(next.text))) {
      const lastIndex = nameEnd(lex, view, tokens, i);
      if (lastIndex > i) {
        const words = tokens.slice(i, lastIndex + 1).map((t) => t.text).filter((w) => !isParticle(w));
        const unknowns = words.filter((w) => unknownWord(lex, w) && !EPONYM_WORD.test(w)).length;
        // Known names count too, even surnames that are words ("Marsali Green came back").
        const names = words.filter((w) => !unknownWord(lex, w) && (nameLike(lex, w) || (inLexicon(lex, w) && !EPONYM_WORD.test(w) && !NOT_NAME_WORD.test(w)))).length;
        const verb = CLINICAL_VERB_CUE.test(cueBefore);
        const cue = verb || NAME_CUE.test(cueBefore) || PERSON_AFTER.test(after(lastIndex));
        const place = PLACE_NAMES.has(words.join(' ').toLowerCase()) || (PLACE_BEFORE.test(cueBefore) && !verb);
        if (cue && !place && unknowns > 0 && unknowns + names === words.length && !notPerson(lastIndex)) {
          push(token.start, (tokens[lastIndex] as Token).end, verb ? 'high' : 'medium', 'unknown-capitalised');
          i = lastIndex;
          continue;
        }
        // Without a cue, a known given name and a word no list knows ("Priya Dalgleish") is still likely a name.
        if (!cue && !place && words.length === 2 && lex.isFirstName(words[0] as string) && !lex.isCommonWord(words[0] as string) && unknowns === 1 && unknownWord(lex, words[1] as string) && !notPerson(lastIndex)) {
          push(token.start, (tokens[lastIndex] as Token).end, 'low', 'unknown-capitalised');
          i = lastIndex;
          continue;
        }
      }
    }
  }

  out.push(...detectNamesInContext(view, tokens, lex).filter((c) => !isProtected(c.start, c.end)));

  // 6. The deny-list: names this journal always catches, any case.
  for (const name of denyList) {
    const words = name.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (words.length === 0 || words.join('').length < 2) continue;
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of matchesOf(regex, text)) out.push({ start: match.index, end: match.index + match[0].length, kind: 'person-name', confidence: 'high', reason: 'deny-list' });
  }
  return out;
}
