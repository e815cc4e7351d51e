import path from 'node:path';
import { shortId } from './short-id.js';

/**
 * Where an entry lives, without the slug library: the path rule, the slug's finishing rules, and the slug of a
 * title that is plain ASCII (most are), so writing an entry (`quick`, `new`) loads the library's large
 * transliteration tables only for a title that needs them (entry-path.ts).
 */

export const SLUG_MAX = 60;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** Makes a slugified title safe as part of a file name: a-z, 0-9 and dashes, at most 60 characters, never empty. */
export function finishSlug(slugified: string): string {
  let slug = slugified.replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (slug.length > SLUG_MAX) {
    const cut = slug.slice(0, SLUG_MAX + 1);
    const lastDash = cut.lastIndexOf('-');
    slug = (lastDash > SLUG_MAX / 2 ? cut.slice(0, lastDash) : cut.slice(0, SLUG_MAX)).replace(/-+$/, '');
  }
  if (WINDOWS_RESERVED.test(slug)) slug = `${slug}-note`;
  return slug || 'entry';
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * The slug of an ASCII title, exactly as @sindresorhus/slugify makes it (lower case, no decamelizing, `-`): `&` is
 * "and", the two ASCII diacritics (`^` and the backtick) go, `'s` and `'t` join their word, every other run of
 * characters but letters and digits is one dash. Undefined for any other title (a test holds the two to the same
 * answers).
 */
export function asciiSlug(title: string): string | undefined {
  if (!ASCII.test(title)) return undefined;
  const slugified = title
    .replaceAll('&', ' and ')
    .replace(/[\^`]/g, '')
    .toLowerCase()
    .replace(/([a-z\d])'([ts])(?![a-z\d])/g, '$1$2')
    .replace(/[^a-z\d]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return finishSlug(slugified);
}

/** `entries/YYYY/MM/<date>-<slug>-<short id>.md` (or under `private/`), checked to stay inside its folder. */
export function entryPathFrom(date: string, slug: string, id: string, folder: 'entries' | 'private' = 'entries'): string {
  const [year, month] = date.split('-') as [string, string];
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
