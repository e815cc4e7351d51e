import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPathFor, slugOf, SLUG_MAX } from '../../../../src/core/entries/entry-path.js';

const ID = '01JD3F6Q9X8V7T6S5R4P3N7F3K';

describe('slugs and entry paths', () => {
  it('files an entry under entries/YYYY/MM with date, slug and the last four characters of the id', () => {
    expect(entryPathFor('2026-11-27', 'Asthma review in a child', ID)).toBe('entries/2026/11/2026-11-27-asthma-review-in-a-child-7f3k.md');
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['/abs/path', 'abs-path'],
    ['C:\\Windows\\x', 'c-windows-x'],
    ['a:b*c?d"e<f>g|h', 'a-b-c-d-e-f-g-h'],
    ['Café Über', 'cafe-ueber'],
    ['Cafe\u0301 (NFD)', 'cafe-nfd'],
    ['CON', 'con-note'],
    ['lpt1', 'lpt1-note'],
    ['...', 'entry'],
    ['😀😀', 'entry'],
    ['\u001b]0;evil\u0007 title', '0-evil-title'],
  ])('makes %j a safe slug', (title, slug) => {
    expect(slugOf(title)).toBe(slug);
  });

  it('treats NFC and NFD spellings as the same slug', () => {
    expect(slugOf('Caf\u00e9')).toBe(slugOf('Cafe\u0301'));
  });

  it('caps slugs at 60 characters, cutting at a word boundary', () => {
    const slug = slugOf('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toMatch(/^word(-word)*$/);
    expect(slugOf('x'.repeat(300))).toHaveLength(SLUG_MAX);
  });

  it('never places a file outside entries/, whatever the title', () => {
    for (const title of ['../../x', '..', '/etc/x', 'C:\\x', 'a/../../b', '\\\\server\\share', '%2e%2e%2f']) {
      const rel = entryPathFor('2026-11-27', title, ID);
      const resolved = path.posix.normalize(rel);
      expect(resolved.startsWith('entries/2026/11/')).toBe(true);
      expect(path.posix.basename(resolved)).toMatch(/^2026-11-27-[a-z0-9-]+-7f3k\.md$/);
      expect(Buffer.byteLength(path.posix.basename(resolved))).toBeLessThan(255);
    }
  });

  it('keeps a private entry’s title out of its file name', () => {
    expect(entryPathFor('2026-11-27', 'Mrs Example at Ward 9', ID, 'private')).toBe('private/2026/11/2026-11-27-private-7f3k.md');
  });
});
