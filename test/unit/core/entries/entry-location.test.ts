import slugify from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiSlug, finishSlug } from '../../../../src/core/entries/entry-location.js';

const bySlugify = (title: string) => finishSlug(slugify(title.normalize('NFC'), { lowercase: true, decamelize: false, separator: '-' }));

describe('the slug of a plain ASCII title, without the slug library', () => {
  it('is exactly what the library gives', () => {
    for (const title of ["Conway's Law", "DON'T panic", 'Sepsis & fluids', 'a^b`c', '  --Spacer  technique-- ', 'C:\\temp\\x', 'CON', 'NG245b', 'x'.repeat(90), "it's", "foo'sbar", '']) {
      expect(asciiSlug(title), title).toBe(bySlugify(title));
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ09 -_&^`\'\\/.,:;!?()[]{}#@"\t\n~|'.split('')), maxLength: 80 }), (title) => asciiSlug(title) === bySlugify(title)),
      { numRuns: 3000 },
    );
  });

  it('leaves any other title to the library', () => {
    expect(asciiSlug('Café')).toBeUndefined();
    expect(asciiSlug('emoji 😀')).toBeUndefined();
  });
});
