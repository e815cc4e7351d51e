import { UsageError } from '../../errors.js';

/**
 * Full-text search without a library: words are runs of letters and digits, compared without case or accents
 * ("Café" finds "cafe"). The same tokenizer builds the index and reads queries, so they always agree.
 */

const ASCII_WORD = /[A-Za-z0-9]+/g;
const UNICODE_WORD = /[\p{L}\p{N}]+/gu;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/** The index form of one word: lower case, accents removed. */
export function normalizeWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** A word found in a text, with where it is (for highlighting). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** The words of a text, in order, with their offsets. */
export function tokenize(text: string): Token[] {
  const pattern = NON_ASCII.test(text) ? UNICODE_WORD : ASCII_WORD;
  pattern.lastIndex = 0;
  const tokens: Token[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    tokens.push({ term: normalizeWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Just the normalised words of a text (the fast path used when building the index). */
export function termsOf(text: string): string[] {
  if (!NON_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return (text.match(UNICODE_WORD) ?? []).map(normalizeWord);
}

/** How much a word counts where it appears: a title word says more about an entry than a body word. */
export const FIELD_WEIGHTS = { title: 3, tags: 2, body: 1 } as const;

/** The text of an entry that search looks at. */
export interface SearchableText {
  title: string;
  tags: readonly string[];
  body: string;
}

/** Weighted term frequencies of an entry and its weighted length, as stored in the index. */
export function termFrequencies(text: SearchableText): { terms: Map<string, number>; length: number } {
  const terms = new Map<string, number>();
  let length = 0;
  const add = (words: string[], weight: number) => {
    for (const word of words) terms.set(word, (terms.get(word) ?? 0) + weight);
    length += words.length * weight;
  };
  add(termsOf(text.title), FIELD_WEIGHTS.title);
  add(termsOf(text.tags.join(' ')), FIELD_WEIGHTS.tags);
  add(termsOf(text.body), FIELD_WEIGHTS.body);
  return { terms, length };
}

/** One part of a query: a word, or a "quoted phrase" whose words must appear together and in order. */
export type QueryClause = { kind: 'word'; term: string; text: string } | { kind: 'phrase'; terms: string[]; text: string };

/**
 * Reads a query: bare words and "quoted phrases"; every clause must match. A bare word that tokenizes to several
 * words (`co-operate`, `NG245b`) is a phrase. An unclosed quote runs to the end of the query.
 */
export function parseQuery(query: string): QueryClause[] {
  const clauses: QueryClause[] = [];
  const pattern = /"([^"]*)"?|(\S+)/g;
  for (let match = pattern.exec(query); match; match = pattern.exec(query)) {
    const text = (match[1] ?? match[2] ?? '').trim();
    const terms = termsOf(text);
    if (terms.length === 0) continue;
    if (terms.length === 1) clauses.push({ kind: 'word', term: terms[0] as string, text });
    else clauses.push({ kind: 'phrase', terms, text });
  }
  if (clauses.length === 0) throw new UsageError('the search has no words in it; give a word or a "quoted phrase"');
  return clauses;
}

/** The distinct words a query needs from the index. */
export function queryTerms(clauses: readonly QueryClause[]): string[] {
  return [...new Set(clauses.flatMap((c) => (c.kind === 'word' ? [c.term] : c.terms)))];
}

/** Okapi BM25, the ranking most search engines start from. */
export function bm25(tf: number, df: number, docs: number, length: number, averageLength: number): number {
  const k1 = 1.2;
  const b = 0.75;
  const idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  return (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / (averageLength || 1)));
}

function hasSequence(tokens: readonly string[], terms: readonly string[]): boolean {
  outer: for (let i = 0; i + terms.length <= tokens.length; i++) {
    for (let j = 0; j < terms.length; j++) if (tokens[i + j] !== terms[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether every phrase of the query really appears, words together and in order, in the title, a tag or the body. */
export function phrasesMatch(clauses: readonly QueryClause[], text: SearchableText): boolean {
  const phrases = clauses.filter((c): c is Extract<QueryClause, { kind: 'phrase' }> => c.kind === 'phrase');
  if (phrases.length === 0) return true;
  const fields = [termsOf(text.title), ...text.tags.map(termsOf), termsOf(text.body)];
  return phrases.every((phrase) => fields.some((field) => hasSequence(field, phrase.terms)));
}

/** A short piece of an entry around what matched, and where the matched words are in it. */
export interface Snippet {
  text: string;
  /** [start, end) offsets of matched words within `text`. */
  highlights: [number, number][];
}

const SNIPPET_LENGTH = 160;

/** Markdown headings and runs of whitespace make poor snippets: flatten the body into one line of prose. */
function plainBody(body: string): string {
  return body
    .replace(/^[ \t]*#{1,6}[ \t]+.*$/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The snippet of an entry for a query: about 160 characters of its body around the first match (a phrase where
 * there is one), cut at word boundaries, with every matched word marked. When only the title or tags matched, the
 * start of the body.
 */
export function snippetFor(clauses: readonly QueryClause[], body: string): Snippet {
  const text = plainBody(body);
  const tokens = tokenize(text);
  const wanted = new Set(queryTerms(clauses));
  // Where each clause first matches, as a token range.
  let first: [number, number] | undefined;
  for (const clause of clauses) {
    const terms = clause.kind === 'word' ? [clause.term] : clause.terms;
    for (let i = 0; i + terms.length <= tokens.length; i++) {
      let ok = true;
      for (let j = 0; j < terms.length && ok; j++) ok = tokens[i + j]?.term === terms[j];
      if (ok) {
        if (!first || i < first[0]) first = [i, i + terms.length];
        break;
      }
    }
  }
  let from = 0;
  let to = Math.min(text.length, SNIPPET_LENGTH);
  if (first) {
    const matchStart = (tokens[first[0]] as Token).start;
    const matchEnd = (tokens[first[1] - 1] as Token).end;
    const room = Math.max(0, SNIPPET_LENGTH - (matchEnd - matchStart));
    from = Math.max(0, matchStart - Math.floor(room / 3));
    to = Math.min(text.length, Math.max(matchEnd, from + SNIPPET_LENGTH));
  }
  // Cut at word boundaries.
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space >= 0 && from - space < 20 ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.indexOf(' ', to);
    to = space >= 0 && space - to < 20 ? space : to;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const highlights: [number, number][] = [];
  for (const token of tokens) {
    if (token.start < from || token.end > to) continue;
    if (wanted.has(token.term)) highlights.push([token.start - from + prefix.length, token.end - from + prefix.length]);
  }
  return { text: `${prefix}${text.slice(from, to)}${suffix}`, highlights };
}
