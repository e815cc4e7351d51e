/**
 * A locked entry's file: `<folder>/<ID>.md.age`. Its name holds nothing but the id (no date, no title), and it is
 * an age file in ASCII armor, optionally after a copy of the entry's front matter kept in the clear (when the
 * journal chose that, so lists and totals work without the passphrase). The ciphertext always holds the whole
 * entry text, front matter included: decrypting gives back exactly the file that was locked.
 */
export const LOCKED_SUFFIX = '.md.age';

const LOCKED_NAME = /^(?:entries|private)\/([0-9A-HJKMNP-TV-Z]{26})\.md\.age$/;

/** The path of an entry's locked file; the id must be a ULID, so the name can never leave the folder. */
export function lockedEntryPath(folder: 'entries' | 'private', id: string): string {
  const relative = `${folder}/${id.toUpperCase()}${LOCKED_SUFFIX}`;
  if (!LOCKED_NAME.test(relative)) throw new Error(`not an entry id: ${id}`);
  return relative;
}

export function isLockedPath(path: string): boolean {
  return path.endsWith(LOCKED_SUFFIX);
}

/** The id in a locked entry's file name, or undefined for a name that is not one. */
export function idOfLockedPath(path: string): string | undefined {
  return LOCKED_NAME.exec(path)?.[1];
}

const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
const ARMORED = /^-----BEGIN AGE ENCRYPTED FILE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END AGE ENCRYPTED FILE-----\r?\n?$/;

/**
 * The parts of a locked file: the front matter kept in the clear (the `---` block as it was in the entry), if any,
 * and the armored ciphertext. Undefined when the file is neither (then it is damaged).
 */
export function splitLockedFile(text: string): { head?: string; armored: string } | undefined {
  const close = text.startsWith(ARMOR_BEGIN) ? undefined : /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(text);
  const armored = close ? text.slice(close[0].length) : text;
  // One armored block and nothing after it: text appended to a locked file (jrnl #1808) is caught here, key or not.
  if (!ARMORED.test(armored)) return undefined;
  return close ? { head: close[0], armored } : { armored };
}

/** The front-matter block of an entry's text (`---` … `---` and its line end), to keep in the clear. */
export function frontMatterBlock(text: string): string | undefined {
  return /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(text)?.[0];
}

/** A locked file's text: the clear front matter (when kept), then the armored ciphertext. */
export function joinLockedFile(head: string | undefined, armored: string): string {
  return `${head ?? ''}${armored.endsWith('\n') ? armored : `${armored}\n`}`;
}
