import { describe, expect, it } from 'vitest';
import { parseQuery, phrasesMatch, snippetFor, termFrequencies, termsOf, tokenize } from '../../../../src/core/search/search-text.js';
import { UsageError } from '../../../../src/errors.js';

describe('words for search', () => {
  it('splits on anything that is not a letter or digit, ignoring case and accents', () => {
    expect(termsOf('Spacer-technique in under-5s: NICE NG245!')).toEqual(['spacer', 'technique', 'in', 'under', '5s', 'nice', 'ng245']);
    expect(termsOf('Café Ångström naïve')).toEqual(['cafe', 'angstrom', 'naive']);
    expect(tokenize('a Café b')).toEqual([
      { term: 'a', start: 0, end: 1 },
      { term: 'cafe', start: 2, end: 6 },
      { term: 'b', start: 7, end: 8 },
    ]);
  });

  it('counts a title word three times, a tag twice and a body word once', () => {
    const { terms, length } = termFrequencies({ title: 'Asthma review', tags: ['asthma'], body: 'asthma and spacer' });
    expect(terms.get('asthma')).toBe(3 + 2 + 1);
    expect(terms.get('spacer')).toBe(1);
    expect(length).toBe(2 * 3 + 1 * 2 + 3);
  });
});

describe('reading a query', () => {
  it('takes bare words and "quoted phrases"', () => {
    expect(parseQuery('spacer "poor seal" Mask')).toEqual([
      { kind: 'word', term: 'spacer', text: 'spacer' },
      { kind: 'phrase', terms: ['poor', 'seal'], text: 'poor seal' },
      { kind: 'word', term: 'mask', text: 'Mask' },
    ]);
  });

  it('treats a hyphenated word as a phrase and an unclosed quote as running to the end', () => {
    expect(parseQuery('co-operate')).toEqual([{ kind: 'phrase', terms: ['co', 'operate'], text: 'co-operate' }]);
    expect(parseQuery('"technique matters')).toEqual([{ kind: 'phrase', terms: ['technique', 'matters'], text: 'technique matters' }]);
  });

  it('refuses a query with no words', () => {
    expect(() => parseQuery(' "" !! ')).toThrow(UsageError);
  });
});

describe('phrases and snippets', () => {
  const body = '\n## What happened\n\nThe child used his spacer without the mask.\nThe seal was poor, so the dose was lost.\n';

  it('matches a phrase only with its words together and in order', () => {
    const text = { title: 'Spacers', tags: ['asthma'], body };
    expect(phrasesMatch(parseQuery('"seal was poor"'), text)).toBe(true);
    expect(phrasesMatch(parseQuery('"poor seal"'), text)).toBe(false);
    expect(phrasesMatch(parseQuery('"mask seal"'), text)).toBe(false);
    expect(phrasesMatch(parseQuery('"mask the seal"'), text)).toBe(true); // punctuation between words does not break a phrase
  });

  it('shows the body around the first match with every matched word marked, headings dropped', () => {
    const snippet = snippetFor(parseQuery('seal mask'), body);
    expect(snippet.text).not.toContain('##');
    expect(snippet.text).toContain('without the mask. The seal was poor');
    const marked = snippet.highlights.map(([s, e]) => snippet.text.slice(s, e));
    expect(marked).toEqual(['mask', 'seal']);
  });

  it('cuts a long body at word boundaries with ellipses', () => {
    const long = `${'word '.repeat(100)}needle ${'after '.repeat(100)}`;
    const snippet = snippetFor(parseQuery('needle'), long);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThan(200);
    const [start, end] = snippet.highlights[0]!;
    expect(snippet.text.slice(start, end)).toBe('needle');
  });
});
