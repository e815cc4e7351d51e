import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { shortId } from './short-id.js';

export { shortId };

export const SLUG_MAX = 60;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * An ASCII, lower-case slug of at most 60 characters, safe as part of a file name on every system: no path
 * separators, dots, control characters or reserved device names. Never empty.
 */
export function slugOf(title: string): string {
  const ascii = slugify(title.normalize('NFC'), { lowercase: true, decamelize: false, separator: '-' });
  let slug = ascii.replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (slug.length > SLUG_MAX) {
    const cut = slug.slice(0, SLUG_MAX + 1);
    const lastDash = cut.lastIndexOf('-');
    slug = (lastDash > SLUG_MAX / 2 ? cut.slice(0, lastDash) : cut.slice(0, SLUG_MAX)).replace(/-+$/, '');
  }
  if (WINDOWS_RESERVED.test(slug)) slug = `${slug}-note`;
  return slug || 'entry';
}


/**
 * Where an entry lives, relative to the journal root: `entries/YYYY/MM/<date>-<slug>-<short id>.md`.
 * `folder` is `entries` or, for a private entry in a team journal, `private`. A private entry never carries its
 * title in its file name (RELIABILITY.md section 2), so its slug is the word `private`.
 */
export function entryPathFor(date: string, title: string, id: string, folder: 'entries' | 'private' = 'entries'): string {
  const [year, month] = date.split('-') as [string, string];
  const slug = folder === 'private' ? 'private' : slugOf(title);
  const relative = path.posix.join(folder, year, month, `${date}-${slug}-${shortId(id)}.md`);
  assertInside(folder, relative);
  return relative;
}

/** Throws when a relative path would leave `folder` (`..`, an absolute path, a drive letter). */
export function assertInside(folder: string, relative: string): void {
  const rel = path.posix.relative(folder, path.posix.normalize(relative));
  if (rel === '' || rel.startsWith('..') || path.posix.isAbsolute(rel) || /^[a-zA-Z]:/.test(rel) || rel.includes('\\')) {
    throw new Error(`refusing a path outside ${folder}/: ${relative}`);
  }
}
