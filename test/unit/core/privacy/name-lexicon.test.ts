import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadNameLexicon, NAME_LEXICON_FILE } from '../../../../src/adapters/fs-name-lexicon.js';
import { nameKey, parseNameLexicon } from '../../../../src/core/privacy/name-lexicon.js';

describe('the name lexicon', () => {
  it('is exactly what scripts/build-name-lexicon.mjs makes from the npm data sets', () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const out = execFileSync(process.execPath, ['scripts/build-name-lexicon.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  });

  it('knows given names and surnames from many communities, and which are also everyday words', () => {
    const lex = loadNameLexicon();
    for (const name of ['Priya', 'Aoife', 'Eilidh', 'Tomasz', 'Oluwaseun', 'Siân', 'Mohammed']) expect(lex.isFirstName(name), name).toBe(true);
    for (const name of ['Patel', 'Okafor', 'MacLeod', "O'Brien", 'Nowak', 'Smith-Jones', 'Nguyen']) expect(lex.isSurname(name), name).toBe(true);
    for (const word of ['Will', 'Hope', 'Hill', 'May']) expect(lex.isCommonWord(word), word).toBe(true);
    for (const word of ['Priya', 'Patel', 'Grace']) expect(lex.isCommonWord(word), word).toBe(false);
    expect(nameKey('Siân O’Brien')).toBe('sian obrien');
  });

  it('refuses a data file that lost a section, rather than scanning with a lexicon that knows no names', () => {
    expect(() => parseNameLexicon('[first-names]\npriya\n[surnames]\npatel\n')).toThrow(/no words under \[common-name-words\], \[top-words\], \[vocabulary\]/);
    const lex = parseNameLexicon('# a comment\n[first-names]\npriya\n[surnames]\npatel\n[common-name-words]\nwill\n[top-words]\nthe\n[vocabulary]\nresus\n');
    expect([lex.isFirstName('Priya'), lex.isSurname('Patel'), lex.isCommonWord('Will'), lex.isTopWord('The'), lex.isWord('Resus')]).toEqual([true, true, true, true, true]);
  });

  it('keeps every section sorted, so a word is found in place without building a set for a one-note capture', () => {
    const text = brotliDecompressSync(readFileSync(NAME_LEXICON_FILE)).toString('utf8');
    const sections = text.split(/^\[[^\]\n]*\]$/m).slice(1).map((body) => body.split('\n').filter(Boolean));
    expect(sections).toHaveLength(5);
    for (const words of sections) expect(words.every((word, i) => i === 0 || (words[i - 1] as string) < word)).toBe(true);
  });

  it('answers the same in place as after it has built its sets for a long run of look-ups', () => {
    const text = `[first-names]\n${['ann', 'bea', 'cara', 'dai', 'eve'].join('\n')}\n[surnames]\npatel\n[common-name-words]\nwill\n[top-words]\nthe\n[vocabulary]\nresus\n`;
    const lex = parseNameLexicon(text);
    const probe = ['Ann', 'Bea', 'Cara', 'Dai', 'Eve', 'Aa', 'Bob', 'Zed', 'Cara2', ''];
    const inPlace = probe.map((word) => lex.isFirstName(word));
    expect(inPlace).toEqual([true, true, true, true, true, false, false, false, false, false]);
    for (let i = 0; i < 2_500; i++) lex.isFirstName('Ann');
    expect(probe.map((word) => lex.isFirstName(word))).toEqual(inPlace);
  });
});
