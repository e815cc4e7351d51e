import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../../src/codecs/utf8.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('reading text strictly as UTF-8 (issue 14: Latin-1 became U+FFFD)', () => {
  it('decodes UTF-8, keeping a byte-order mark, accents and emoji as they are', () => {
    const text = '\uFEFFCafé, naïve, 🫁 spacer';
    expect(decodeUtf8(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text });
  });

  it.each([
    ['Latin-1 é', bytes(0x63, 0x61, 0x66, 0xe9), 3],
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong slash', bytes(0x41, 0x42, 0xc0, 0xaf), 2],
    ['a surrogate half', bytes(0xed, 0xa0, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x41, 0xe2, 0x82), 1],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])('refuses %s, naming the offset of the first bad byte', (_name, input, offset) => {
    expect(decodeUtf8(input)).toEqual({ ok: false, offset });
  });

  it('agrees with Node on what UTF-8 is, and everything before the offset it names is valid', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        const result = decodeUtf8(input);
        expect(result.ok).toBe(isUtf8(input));
        if (!result.ok) {
          expect(isUtf8(input.subarray(0, result.offset))).toBe(true);
          expect(firstInvalidUtf8(input)).toBe(result.offset);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
