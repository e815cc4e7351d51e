import slugify from '@sindresorhus/slugify';
import { asciiSlug, entryPathFrom, finishSlug } from './entry-location.js';
import { shortId } from './short-id.js';

export { assertInside, SLUG_MAX } from './entry-location.js';
export { shortId };

/**
 * An ASCII, lower-case slug of at most 60 characters, safe as part of a file name on every system: no path
 * separators, dots, control characters or reserved device names. Never empty. A title in plain ASCII is slugged
 * without the library (entry-location.ts).
 */
export function slugOf(title: string): string {
  return asciiSlug(title) ?? finishSlug(slugify(title.normalize('NFC'), { lowercase: true, decamelize: false, separator: '-' }));
}

/**
 * Where an entry lives, relative to the journal root: `entries/YYYY/MM/<date>-<slug>-<short id>.md`.
 * `folder` is `entries` or, for a private entry in a team journal, `private`. A private entry never carries its
 * title in its file name (RELIABILITY.md section 2), so its slug is the word `private`.
 */
export function entryPathFor(date: string, title: string, id: string, folder: 'entries' | 'private' = 'entries'): string {
  return entryPathFrom(date, folder === 'private' ? 'private' : slugOf(title), id, folder);
}
