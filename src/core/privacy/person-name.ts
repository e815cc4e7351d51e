import { before, matchesOf, raise, type Candidate } from './context.js';
import type { NameLexicon } from './name-lexicon.js';
import type { Confidence } from './kinds.js';

interface Token {
  text: string;
  start: number;
  end: number;
}

// A word: letters, inner apostrophes and hyphens. A possessive "'s" is not part of the name.
const TOKEN = /\p{L}[\p{L}\p{M}'’-]*/gu;

function tokenize(text: string): Token[] {
  return matchesOf(TOKEN, text).map((match) => {
    let word = match[0].replace(/(?:['’]s|['’-]+)$/u, '');
    if (!word) word = match[0];
    return { text: word, start: match.index, end: match.index + word.length };
  });
}

const STRONG_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Mstr']);
const WEAK_TITLES = new Set(['Prof', 'Professor', 'Sister', 'Nurse', 'Sir', 'Dame', 'Lady', 'Lord', 'Rev', 'Revd', 'Father', 'Master', 'Madam']);
// Typed in lower case ("mrs patel"): mr, mrs, mx and dr are rarely anything else; "ms" (milliseconds, multiple
// sclerosis) and "miss" (the verb) need a name from the lexicon after them.
const LOWER_TITLES = new Set(['mr', 'mrs', 'mx', 'dr', 'prof']);
const LOWER_AMBIGUOUS_TITLES = new Set(['ms', 'miss']);
const UPPER_TITLES = new Set(['MRS', 'MISS', 'MX']);
// MR (mitral regurgitation), MS (multiple sclerosis), DR (diabetic retinopathy): only before a clear name.
const UPPER_AMBIGUOUS_TITLES = new Set(['MR', 'MS', 'DR']);

// Words after which a capitalised word is a person: "the patient, Ioana Roberts", "her daughter Aoife", "called Sam".
const PERSON_CUE =
  /\b(?:patient|patients|pt|client|resident|service user|wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|partner|carer|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|nan|gran|niece|nephew|aunt|uncle|cousin|friend|neighbour|neighbor|fiancee?|boyfriend|girlfriend|baby|child|toddler|teenager|boy|girl|gentleman|lady|woman|man|colleague|registrar|consultant|trainee|student|called|named|known as|name (?:is|was)|names? (?:are|were)|name(?=\s*:)|surname|forename|first name|full name)(?:['’]s)?\s*[,:]?\s*$/i;
// Verbs and prepositions that introduce a person in a reflection: "Saw Priya Campbell", "with Tom Hughes".
const NAME_CUE = /\b(?:saw|seen|see|seeing|met|meet|visited|visiting|reviewed|reviewing|examined|assessed|phoned|rang|called|told|asked|with|by|for|from|to|and|patient|named)\s*$/i;
// What a person does next: "Blodwen Jones came in", "Blodwen Jones, 84, was", "Blodwen Jones's daughter".
const PERSON_AFTER =
  /^(?:[ \t]*,[ \t]*(?:aged[ \t]+)?\d{1,3}[ \t]*,)?[ \t]*(?:['’]s\b|was\b|is\b|had\b|has\b|does\b|did\b|helps\b|cares\b|visits\b|came\b|comes\b|attended\b|presented\b|said\b|says\b|told\b|asked\b|rang\b|phoned\b|called\b|agreed\b|declined\b|refused\b|wanted\b|wants\b|felt\b|feels\b|seemed\b|complained\b|reported\b|arrived\b|died\b|lives\b|lived\b|brought\b|needs\b|needed\b|and\s+(?:his|her|their)\b|\(\s*(?:aged\s+)?\d{1,3}\s*\))/i;
// "Stevens Johnson syndrome", "Graves disease": eponyms, not people.
// Also places and programmes named after people: "Edward Jenner Programme", "Mallory Weiss tear".
const EPONYM_AFTER =
  /^[ \t]*(?:\p{Lu}\p{Ll}+[ \t]+)?(?:['’]s[ \t]+)?(?:syndrome|disease|disorder|sign|score|scale|criteria|classification|test|manoeuvre|maneuver|reflex|palsy|fracture|tear|pattern|equation|formula|protocol|model|cycle|framework|method|law|rule|effect|phenomenon|tube|catheter|procedure|operation|technique|triad|ulcer|lymphoma|sarcoma|tumour|tumor|hospital|infirmary|hospice|house|unit|ward|wing|suite|centre|center|clinic|surgery|practice|street|road|lane|avenue|university|college|academy|institute|trust|foundation|school|library|award|lecture|prize|programme|program|fellowship|scholarship|building|lodge)\b/iu;
// A word that names a place, a condition or an institution, never a surname.
const EPONYM_WORD =
  /^(?:Syndrome|Disease|Disorder|Sign|Score|Scale|Criteria|Test|Palsy|Hospital|Infirmary|Hospice|Clinic|Surgery|Practice|Centre|Center|University|College|Academy|Institute|Trust|Foundation|School|Programme|Program|Street|Road|Lane|Avenue|Ward|Unit|House|Lodge|Court|Park|Health|Healthcare|Medical|Pharmacy|Council|Society|Service|Services|Board|Network|Group|Team|Guideline|Guidelines|Guidance|Protocol|Pathway|Formulary|Toolkit|Framework|Model|Cycle|Review|Report|Inquiry|Act|Regulations|Bay|Valley|Vale|Bridge|Coast|Island|Islands|Isle|Borough|City|County|Shire|Moor|Heath|Forest|Abbey|Cross|Marsh|Port|Haven|Sands|Water|Falls)$/;
// "Willow Ward", "Rose Garden", "Oak Lodge": a plant or a season and a building are a place, not a person.
const PLACE_FIRST = new Set(
  'rose ivy willow rowan holly hazel heather daisy jasmine laurel myrtle poppy lily iris violet primrose bramble oak elm ash beech cedar maple linden birch fern meadow river brook dale glen forest sky sunny summer autumn winter spring haven queen king prince princess duke duchess saint bishop abbey'.split(' '),
);
const PLACE_SECOND =
  /^(?:Lodge|House|Gardens?|Ward|Court|Centre|Center|Surgery|Unit|Wing|Suite|Clinic|Practice|Hospital|Hospice|Manor|Grange|Villas?|Cottages?|Farm|Mews|Academy|School|Road|Street|Avenue|Close|Drive|Way|Place|View)$/;
// Towns whose names read as a given name and a surname.
const PLACE_NAMES = new Set(['milton keynes', 'stoke mandeville', 'newton abbot', 'bishop auckland', 'sutton coldfield', 'kirkby stephen', 'market harborough', 'newton aycliffe', 'milton abbot', 'stanley park', 'chester le', 'hywel dda', 'betsi cadwaladr', 'aneurin bevan', 'mary seacole', 'florence nightingale', 'edward jenner', 'nye bevan', 'john radcliffe']);

const isCapitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word) || /^(?:Mc|Mac|\p{Lu}['’])\p{Lu}\p{Ll}/u.test(word);
const isLower = (word: string) => /^\p{Ll}+(?:['’-]\p{Ll}+)*$/u.test(word);
const inLexicon = (lex: NameLexicon, word: string) => lex.isFirstName(word) || lex.isSurname(word);
const isInitial = (word: string) => /^\p{Lu}$/u.test(word);

/** Up to 40 characters after `end`, on the same line. */
function restOfLine(text: string, end: number): string {
  const slice = text.slice(end, end + 40);
  const newline = slice.indexOf('\n');
  return newline >= 0 ? slice.slice(0, newline) : slice;
}

/**
 * Whether two words are adjacent: one or two spaces, or a soft line break (Markdown paragraphs are often wrapped, so
 * "Saw Priya\nCampbell" is one name); after a title or an initial, a full stop too.
 */
function gapIsSpace(text: string, a: Token, b: Token, allowDot = false): boolean {
  const gap = text.slice(a.end, b.start);
  return allowDot ? /^\.?(?: {1,2}|[ \t]*\r?\n[ \t]*)$|^\.$/.test(gap) : /^(?: {1,2}|[ \t]*\r?\n[ \t]*)$/.test(gap);
}

/** A word that reads as a name on its own: in a name list and not also an everyday word. */
function nameLike(lex: NameLexicon, word: string): boolean {
  return (lex.isFirstName(word) || lex.isSurname(word)) && !lex.isCommonWord(word);
}

/** Extends a name span over a following capitalised name word ("Mrs Grace Ali", "Ioana Roberts"). */
function extendName(lex: NameLexicon, text: string, tokens: Token[], index: number): number {
  let last = index;
  for (let i = index + 1; i < tokens.length && i <= index + 2; i++) {
    const word = (tokens[i] as Token).text;
    if (!gapIsSpace(text, tokens[i - 1] as Token, tokens[i] as Token, isInitial((tokens[i - 1] as Token).text))) break;
    if (!(isCapitalised(word) || isInitial(word))) break;
    if (!(lex.isSurname(word) || lex.isFirstName(word) || !lex.isTopWord(word))) break;
    last = i;
  }
  return last;
}

/**
 * Person names: a name after a title (Mr, Mrs, Ms, Miss, Mx, Dr and others; also typed in lower case), a name after
 * "patient" or a relation ("her son, Daniel"), a first name followed by a surname from the lexicon ("Saw Priya
 * Campbell today"), and every name on the journal's deny-list.
 */
export function detectPersonNames(text: string, lex: NameLexicon, denyList: readonly string[] = []): Candidate[] {
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  const push = (start: number, end: number, confidence: Confidence) => out.push({ start, end, kind: 'person-name', confidence });

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const word = token.text;

    // 1. A title and a name.
    if (next && gapIsSpace(text, token, next, true)) {
      let nameIndex = i + 1;
      // "Dr J Smith", "Mrs A. Patel": skip the initial.
      if (isInitial(next.text) && tokens[i + 2] && gapIsSpace(text, next, tokens[i + 2] as Token, true)) nameIndex = i + 2;
      const name = (tokens[nameIndex] as Token).text;
      let accepted: Confidence | undefined;
      if (STRONG_TITLES.has(word) && isCapitalised(name)) {
        if (lex.isFirstName(name) || lex.isSurname(name) || !lex.isTopWord(name)) accepted = 'high';
      } else if (WEAK_TITLES.has(word) && isCapitalised(name)) {
        if (nameLike(lex, name)) accepted = 'medium';
      } else if (UPPER_TITLES.has(word) && (isCapitalised(name) || /^\p{Lu}+$/u.test(name))) {
        if (lex.isFirstName(name) || lex.isSurname(name)) accepted = 'medium';
      } else if (UPPER_AMBIGUOUS_TITLES.has(word) && (isCapitalised(name) || /^\p{Lu}{2,}$/u.test(name))) {
        if (nameLike(lex, name) && !lex.isTopWord(name)) accepted = 'medium';
      } else if (LOWER_TITLES.has(word.toLowerCase()) && /^\p{Ll}/u.test(word) && !/\d[ \t]*$/.test(text.slice(Math.max(0, token.start - 4), token.start))) {
        // "mr ward", "mrs o'reilly-leannon": any name from the lexicon, or any word that is not an everyday one.
        if ((isCapitalised(name) || isLower(name)) && (inLexicon(lex, name) || (!lex.isTopWord(name) && !lex.isCommonWord(name)))) accepted = 'high';
      } else if (LOWER_AMBIGUOUS_TITLES.has(word) && !/\d[ \t]*$/.test(text.slice(Math.max(0, token.start - 4), token.start))) {
        if ((isCapitalised(name) || isLower(name)) && nameLike(lex, name) && !lex.isTopWord(name)) accepted = 'medium';
      }
      if (accepted) {
        const last = isCapitalised(name) ? extendName(lex, text, tokens, nameIndex) : nameIndex;
        push(token.start, (tokens[last] as Token).end, accepted);
        i = last;
        continue;
      }
    }

    if (!isCapitalised(word)) {
      // 4. A lower-case full name after a cue: "saw priya campbell today".
      if (next && isLower(word) && isLower(next.text) && gapIsSpace(text, token, next)) {
        const strong = (w: string) => !lex.isCommonWord(w) && !lex.isTopWord(w) && w.length > 2;
        if (lex.isFirstName(word) && strong(word) && lex.isSurname(next.text) && strong(next.text) && NAME_CUE.test(before(text, token.start, 24))) {
          push(token.start, next.end, 'low');
          i += 1;
        }
      }
      continue;
    }

    // 2. After "patient" or a relation word.
    const cueBefore = before(text, token.start, 40);
    // A capitalised word straight after such a cue is a name even when it is also a word ("her son Will"), and so
    // is a word no list knows when the sentence marks it as a person ("her carer, Sadhbh.", "her son Lubna does").
    const unknownName = () =>
      word.length >= 3 && !lex.isTopWord(word) && !lex.isCommonWord(word) && !EPONYM_WORD.test(word) &&
      (/,\s*$/.test(cueBefore) || PERSON_AFTER.test(restOfLine(text, token.end)) || /^[ \t]*[,.;:)]/.test(text.slice(token.end, token.end + 2)));
    if (PERSON_CUE.test(cueBefore) && (inLexicon(lex, word) || unknownName())) {
      const last = extendName(lex, text, tokens, i);
      if (!EPONYM_AFTER.test(restOfLine(text, (tokens[last] as Token).end))) {
        push(token.start, (tokens[last] as Token).end, 'high');
        i = last;
        continue;
      }
    }

    // 3. A given name followed by a surname (and possibly a middle name): "Priya Campbell", "Mary Jane Watson".
    if (next && isCapitalised(next.text) && gapIsSpace(text, token, next) && lex.isFirstName(word)) {
      let lastIndex = -1;
      const third = tokens[i + 2];
      if (lex.isSurname(next.text)) lastIndex = i + 1;
      if (third && isCapitalised(third.text) && gapIsSpace(text, next, third) && lex.isSurname(third.text) && lex.isFirstName(next.text) && !lex.isCommonWord(word)) {
        lastIndex = i + 2;
      }
      if (lastIndex > 0) {
        const lastToken = tokens[lastIndex] as Token;
        const firstStrong = !lex.isCommonWord(word);
        const lastStrong = !lex.isCommonWord(lastToken.text);
        const cue = NAME_CUE.test(cueBefore) || PERSON_CUE.test(cueBefore);
        const place =
          (PLACE_FIRST.has(word.toLowerCase()) && PLACE_SECOND.test(lastToken.text)) || PLACE_NAMES.has(`${word} ${lastToken.text}`.toLowerCase());
        const eponym = place || EPONYM_AFTER.test(restOfLine(text, lastToken.end));
        if (!eponym && (firstStrong || lastStrong || cue)) {
          let confidence: Confidence = firstStrong && lastStrong ? 'medium' : 'low';
          if (cue) confidence = raise(confidence);
          push(token.start, lastToken.end, confidence);
          i = lastIndex;
          continue;
        }
      }
    }

    // 3b. Two name-list words that are not everyday words, when the first is not a known given name (given names
    // from communities the lists cover thinly): "Oyelaran Mensah".
    if (next && isCapitalised(next.text) && gapIsSpace(text, token, next) && !lex.isFirstName(word)) {
      const strong = (w: string) => lex.isSurname(w) && !lex.isCommonWord(w) && !lex.isTopWord(w);
      const place = PLACE_NAMES.has(`${word} ${next.text}`.toLowerCase()) || (PLACE_FIRST.has(word.toLowerCase()) && PLACE_SECOND.test(next.text));
      if (strong(word) && strong(next.text) && !place && !EPONYM_AFTER.test(restOfLine(text, next.end))) {
        push(token.start, next.end, NAME_CUE.test(cueBefore) ? 'medium' : 'low');
        i += 1;
        continue;
      }
    }

    // 3c. Names the lists do not know: a known given name and an unknown capitalised word ("Priya Dalgleish"), or
    // an unknown capitalised word and a known surname ("Blodwen Jones"). "Unknown" means in no name list and not
    // an everyday word; words that name places and things ("Infirmary", "Syndrome") are not surnames.
    if (next && isCapitalised(next.text) && gapIsSpace(text, token, next)) {
      const unknown = (w: string) =>
        w.length >= 3 && !lex.isFirstName(w) && !lex.isSurname(w) && !lex.isTopWord(w) && !lex.isCommonWord(w) && !EPONYM_WORD.test(w);
      const after = restOfLine(text, next.end);
      const firstKnown = lex.isFirstName(word) && !lex.isCommonWord(word) && unknown(next.text);
      const cue = NAME_CUE.test(cueBefore) || PERSON_CUE.test(cueBefore) || PERSON_AFTER.test(after);
      // An unknown first word is too often a place or a journal ("Morecambe Bay", "Decis Mak"): only after a cue.
      const lastKnown = cue && unknown(word) && lex.isSurname(next.text) && !EPONYM_WORD.test(next.text);
      const place = PLACE_NAMES.has(`${word} ${next.text}`.toLowerCase());
      if ((firstKnown || lastKnown) && !place && !EPONYM_AFTER.test(after)) {
        push(token.start, next.end, cue ? 'medium' : 'low');
        i += 1;
        continue;
      }
    }

    // 5. A lone given name straight after a verb of meeting: "reviewed Priya in clinic".
    if (/\b(?:saw|seen|visited|reviewed|examined|phoned|rang|met)\s+$/i.test(cueBefore) && lex.isFirstName(word) && !lex.isCommonWord(word) && !lex.isTopWord(word)) {
      push(token.start, token.end, 'low');
    }
  }

  // 6. The deny-list: names this journal always catches, any case.
  for (const name of denyList) {
    const words = name.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (words.length === 0 || words.join('').length < 2) continue;
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of matchesOf(regex, text)) push(match.index, match.index + match[0].length, 'high');
  }
  return out;
}
