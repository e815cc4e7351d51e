import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BlockReader } from './block-reader.js';
import { IndexUnusableError } from './side-files.js';

/**
 * `heads-<id>.jsonl`: every entry's front matter as one JSON line, after a header line. A row of index.json holds
 * its entry's byte range, so a command decodes only the entries it prints and index.json stays small enough to
 * parse in a few milliseconds.
 */
export const HEADS_HEADER = 'mindlines-heads 1';

export function headsFile(dir: string, id: string): string {
  return path.join(dir, `heads-${id}.jsonl`);
}

export const headsHeader = (id: string) => `${HEADS_HEADER} ${id}\n`;
const NEWLINE = Buffer.from('\n');

/** The heads file `id`, checked to be the one meant. */
export function readHeads(dir: string, id: string): Buffer {
  const heads = readFileSync(headsFile(dir, id));
  const header = headsHeader(id);
  if (heads.toString('latin1', 0, header.length) !== header) throw new IndexUnusableError('heads: bad header');
  return heads;
}

/** The front matter of some entries out of heads file `id`, read through blocks (block-reader.ts). */
export class HeadsReader {
  #blocks: BlockReader | undefined;

  constructor(
    private readonly dir: string,
    private readonly id: string,
    private readonly size: number,
  ) {}

  /** The JSON text at a byte range. */
  text(at: number, length: number): string {
    this.#blocks ??= new BlockReader(headsFile(this.dir, this.id), this.size);
    return this.#blocks.read(at, length).toString('utf8');
  }
}

/** A new heads file, line by line: each line's byte range goes into its row. */
export class HeadsWriter {
  private readonly parts: Buffer[];
  private offset: number;

  constructor(readonly id: string) {
    const header = Buffer.from(headsHeader(id));
    this.parts = [header];
    this.offset = header.length;
  }

  /** Appends lines as they are (each ending in a newline); returns where they start. */
  addRaw(lines: Buffer): number {
    this.parts.push(lines);
    const at = this.offset;
    this.offset += lines.length;
    return at;
  }

  /** Appends one line (JSON text, no newline); returns where it starts and how long it is. */
  add(line: Buffer): [at: number, length: number] {
    this.parts.push(line, NEWLINE);
    const at = this.offset;
    this.offset += line.length + 1;
    return [at, line.length];
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}
