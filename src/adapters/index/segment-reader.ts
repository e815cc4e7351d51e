import { closeSync, fstatSync, openSync } from 'node:fs';
import { segmentFile, segmentHeaderPattern, slotOf } from './segment-format.js';
import { IndexUnusableError, readAt } from './side-files.js';

/** An open segment (segment-format.ts): its directory, read once; each word's line read on demand. */
export class SegmentReader {
  private constructor(
    private readonly fd: number,
    private readonly directory: Record<string, [number, number]>,
  ) {}

  static open(dir: string, id: string): SegmentReader {
    let fd: number | undefined;
    try {
      fd = openSync(segmentFile(dir, id), 'r');
      const head = readAt(fd, 0, Math.min(256, fstatSync(fd).size)).toString('latin1');
      const match = segmentHeaderPattern(id).exec(head);
      if (!match) throw new IndexUnusableError(`segment ${id}: bad header`);
      const start = match[0].length;
      const directory = JSON.parse(readAt(fd, start, Number(match[1])).toString('utf8')) as Record<string, [number, number]>;
      if (typeof directory !== 'object' || directory === null) throw new IndexUnusableError(`segment ${id}: bad directory`);
      return new SegmentReader(fd, directory);
    } catch (error) {
      if (fd !== undefined) closeSync(fd);
      if (error instanceof IndexUnusableError) throw error;
      throw new IndexUnusableError(`segment ${id}: ${String(error)}`);
    }
  }

  /** The postings text of a word in the segment `id` of `dir`, or undefined. */
  static find(dir: string, id: string, term: string): string | undefined {
    const reader = SegmentReader.open(dir, id);
    try {
      return reader.find(term);
    } finally {
      reader.close();
    }
  }

  /** The postings text of a word, or undefined. */
  find(term: string): string | undefined {
    const range = this.directory[slotOf(term)];
    if (!Array.isArray(range)) return undefined;
    const block = readAt(this.fd, range[0], range[1] - range[0]);
    const needle = Buffer.from(`${term}\t`);
    let at = block.subarray(0, needle.length).equals(needle) ? 0 : block.indexOf(Buffer.concat([Buffer.from('\n'), needle]));
    if (at < 0) return undefined;
    if (at > 0) at += 1;
    const start = at + needle.length;
    let end = block.indexOf(10, start);
    if (end < 0) end = block.length;
    return block.toString('latin1', start, end);
  }

  close(): void {
    closeSync(this.fd);
  }
}
