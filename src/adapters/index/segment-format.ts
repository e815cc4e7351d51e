import path from 'node:path';
import { IndexUnusableError } from './side-files.js';

/**
 * A postings segment maps each word to the entries holding it. It is a sorted text file, one line per word:
 * `word<TAB>doc[:tf],doc[:tf]…` (numbers in base 36, `:tf` left out when it is 1), after a header line and a JSON
 * directory giving the byte range of the lines of the words sharing their first two letters. A search reads the
 * directory and the few kilobytes it points to, never the whole file.
 */
export const SEGMENT_HEADER = 'mindlines-postings 2';

export function segmentFile(dir: string, id: string): string {
  return path.join(dir, `postings-${id}.txt`);
}

/** The words sharing a directory slot: their first two UTF-16 units (terms sort by code unit, so they are adjacent). */
export const slotOf = (term: string) => term.slice(0, 2);

/** `header id directoryLength\n`: the first line of segment `id`. */
export function segmentHeaderPattern(id: string): RegExp {
  return new RegExp(`^${SEGMENT_HEADER} ${id} (\\d+)\n`);
}

/** The postings lines of a segment file's text (everything after its header and directory). */
export function segmentLines(text: string, id: string): string[] {
  const match = segmentHeaderPattern(id).exec(text);
  if (!match) throw new IndexUnusableError(`segment ${id}: bad header`);
  const start = Buffer.byteLength(match[0]) + Number(match[1]) + 1;
  return Buffer.from(text).toString('utf8', start).split('\n');
}

/** Calls `fn` for each `doc[:tf]` of a word's postings text. */
export function forEachPosting(postings: string, fn: (doc: number, tf: number) => void): void {
  for (const item of postings.split(',')) {
    const colon = item.indexOf(':');
    fn(parseInt(colon < 0 ? item : item.slice(0, colon), 36), colon < 0 ? 1 : parseInt(item.slice(colon + 1), 36));
  }
}
