import { closeSync, openSync } from 'node:fs';
import { IndexUnusableError, readAt } from './side-files.js';

/** How much is read at a time. */
const BLOCK = 64 * 1024;

/**
 * Reads byte ranges of a side file through 64 KB blocks, each read once: a search reads the few blocks its hits
 * are in, a list of last year's entries the few contiguous blocks that hold them (the index is in path order, so
 * in date order), and nothing reads a file of megabytes whole (fresh memory costs a page fault a page).
 */
export class BlockReader {
  readonly #blocks = new Map<number, Buffer>();

  constructor(
    private readonly file: string,
    readonly size: number,
  ) {}

  private block(n: number): Buffer {
    let block = this.#blocks.get(n);
    if (!block) {
      const at = n * BLOCK;
      const length = Math.min(BLOCK, this.size - at);
      if (length <= 0) throw new IndexUnusableError(`${this.file}: read past the end`);
      const fd = openSync(this.file, 'r');
      try {
        block = readAt(fd, at, length);
      } finally {
        closeSync(fd);
      }
      this.#blocks.set(n, block);
    }
    return block;
  }

  read(at: number, length: number): Buffer {
    if (at < 0 || at + length > this.size) throw new IndexUnusableError(`${this.file}: read past the end`);
    const first = Math.floor(at / BLOCK);
    const last = Math.floor((at + length - 1) / BLOCK);
    if (length === 0) return Buffer.alloc(0);
    if (first === last) return this.block(first).subarray(at - first * BLOCK, at - first * BLOCK + length);
    const parts: Buffer[] = [];
    for (let n = first; n <= last; n++) {
      const block = this.block(n);
      const from = n === first ? at - n * BLOCK : 0;
      const to = n === last ? at + length - n * BLOCK : block.length;
      parts.push(block.subarray(from, to));
    }
    return Buffer.concat(parts);
  }
}
