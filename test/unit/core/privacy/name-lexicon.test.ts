import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNameLexicon } from '../../../../src/adapters/fs-name-lexicon.js';
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
});
