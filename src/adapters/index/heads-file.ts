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

/**
 * A new heads file, line by line: each line's byte range goes into its row. The lines are written into one buffer,
 * grown by half again when full, whose filled part is the file: no object per line, no copy of the whole at the end
 * (a cold build of 50,000 entries writes about 30 MB of front matter).
 */
export class HeadsWriter {
  private buffer: Buffer;
  private offset = 0;

  constructor(
    readonly id: string,
    capacity = 64 * 1024,
  ) {
    const header = headsHeader(id);
    this.buffer = Buffer.allocUnsafeSlow(Math.max(capacity, header.length * 2));
    this.offset = this.buffer.write(header, 0, 'latin1');
  }

  private room(bytes: number): void {
    if (this.offset + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(Math.ceil(this.buffer.length * 1.5), this.offset + bytes));
    this.buffer.copy(bigger, 0, 0, this.offset);
    this.buffer = bigger;
  }

  /** Appends lines as they are (each ending in a newline); returns where they start. */
  addRaw(lines: Buffer): number {
    this.room(lines.length);
    const at = this.offset;
    this.offset += lines.copy(this.buffer, at);
    return at;
  }

  /** Appends one line (JSON text, no newline); returns where it starts and how long it is. */
  add(line: Buffer | string): [at: number, length: number] {
    const length = typeof line === 'string' ? Buffer.byteLength(line, 'utf8') : line.length;
    this.room(length + 1);
    const at = this.offset;
    if (typeof line === 'string') this.buffer.write(line, at, 'utf8');
    else line.copy(this.buffer, at);
    this.buffer[at + length] = 10;
    this.offset += length + 1;
    return [at, length];
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.offset);
  }
}
