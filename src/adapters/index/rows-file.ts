import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntryFileInfo } from '../../core/ports.js';
import { LineRow, packRow, type Row } from './row-codec.js';
import { IndexUnusableError } from './side-files.js';

/**
 * `rows-<id>.bin`: what the index knows of each file, in path order. A header line, then columns of 32-bit
 * little-endian integers (each row's document number, weighted length, front-matter offset and length in the heads
 * file, and where its line starts), then the rows as text lines (row-codec.ts). A search needs only the columns (document numbers to positions, lengths for the
 * ranking) and the lines of its hits; nothing is parsed that is not used. Written once under a fresh id, never
 * changed (side-files.ts).
 */
export const ROWS_HEADER = 'mindlines-rows 1';

export function rowsFile(dir: string, id: string): string {
  return path.join(dir, `rows-${id}.bin`);
}

export const rowsHeader = (id: string, count: number) => `${ROWS_HEADER} ${id} ${count}\n`;

/** A row ready to be written: its line (with the newline) and the numbers that go in the columns. */
export interface RowBytes {
  path: string;
  line: Buffer;
  doc: number;
  length: number;
  headAt: number;
  headLength: number;
}

/** A row as the bytes of its line. */
export function rowBytes(row: Row): RowBytes {
  const { path: rowPath, doc, length, headAt, headLength } = row;
  return { path: rowPath, line: Buffer.from(`${packRow(row)}\n`, 'utf8'), doc, length: Math.round(length), headAt, headLength };
}

const COLUMNS = 4;

/** The rows file's bytes for some rows (already in path order). */
export function encodeRows(id: string, rows: readonly RowBytes[]): Buffer {
  const n = rows.length;
  const header = Buffer.from(rowsHeader(id, n), 'latin1');
  const columns = Buffer.alloc(4 * ((COLUMNS + 1) * n + 1));
  let at = 0;
  rows.forEach((row, i) => {
    columns.writeInt32LE(row.doc, 4 * i);
    columns.writeInt32LE(row.length, 4 * (n + i));
    columns.writeInt32LE(row.headAt, 4 * (2 * n + i));
    columns.writeInt32LE(row.headLength, 4 * (3 * n + i));
    columns.writeUInt32LE(at, 4 * (4 * n + i));
    at += row.line.length;
  });
  columns.writeUInt32LE(at, 4 * COLUMNS * n + 4 * n);
  return Buffer.concat([header, columns, ...rows.map((row) => row.line)]);
}

/** A column of 32-bit integers copied out of the file (typed arrays need aligned memory). */
function column<T extends Int32Array | Uint32Array>(bytes: Buffer, at: number, count: number, Kind: new (buffer: ArrayBuffer) => T): T {
  return new Kind(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + 4 * count) as ArrayBuffer);
}

/** An open rows file: the columns read at once, each line decoded only when its row is asked for. */
export class RowsReader {
  readonly #rows: (LineRow | undefined)[];

  private constructor(
    private readonly bytes: Buffer,
    readonly count: number,
    private readonly docs: Int32Array,
    private readonly lengths: Int32Array,
    private readonly headAts: Int32Array,
    private readonly headLengths: Int32Array,
    private readonly starts: Uint32Array,
    private readonly textAt: number,
  ) {
    this.#rows = new Array<LineRow | undefined>(count);
  }

  /** Reads rows file `id` of `dir`, checked to be the one meant and whole. */
  static open(dir: string, id: string, count: number, bytesExpected: number): RowsReader {
    let bytes: Buffer;
    try {
      bytes = readFileSync(rowsFile(dir, id));
    } catch (error) {
      throw new IndexUnusableError(`rows ${id}: ${String(error)}`);
    }
    return RowsReader.from(bytes, id, count, bytesExpected);
  }

  static from(bytes: Buffer, id: string, count: number, bytesExpected: number): RowsReader {
    const header = rowsHeader(id, count);
    if (bytes.length !== bytesExpected || bytes.toString('latin1', 0, header.length) !== header) throw new IndexUnusableError(`rows ${id}: not the file meant`);
    const columnsAt = header.length;
    const textAt = columnsAt + 4 * ((COLUMNS + 1) * count + 1);
    if (textAt > bytes.length) throw new IndexUnusableError(`rows ${id}: cut short`);
    const docs = column(bytes, columnsAt, count, Int32Array);
    const lengths = column(bytes, columnsAt + 4 * count, count, Int32Array);
    const headAts = column(bytes, columnsAt + 8 * count, count, Int32Array);
    const headLengths = column(bytes, columnsAt + 12 * count, count, Int32Array);
    const starts = column(bytes, columnsAt + 16 * count, count + 1, Uint32Array);
    if (textAt + (starts[count] as number) !== bytes.length) throw new IndexUnusableError(`rows ${id}: cut short`);
    for (let i = 0; i < count; i++) {
      const start = starts[i] as number;
      const kind = bytes[textAt + start];
      // Every line starts with its kind and a tab, and ends with a newline: enough that decoding it cannot throw.
      if (start >= (starts[i + 1] as number) || (kind !== 69 && kind !== 80 && kind !== 82) || bytes[textAt + start + 1] !== 9 || bytes[textAt + (starts[i + 1] as number) - 1] !== 10) {
        throw new IndexUnusableError(`rows ${id}: line ${i} is not a row`);
      }
    }
    return new RowsReader(bytes, count, docs, lengths, headAts, headLengths, starts, textAt);
  }

  doc(i: number): number {
    return this.docs[i] as number;
  }

  length(i: number): number {
    return this.lengths[i] as number;
  }

  /** Row `i`, decoded on first use. */
  row(i: number): LineRow {
    let row = this.#rows[i];
    if (!row) {
      const line = this.bytes.toString('utf8', this.textAt + (this.starts[i] as number), this.textAt + (this.starts[i + 1] as number) - 1);
      row = new LineRow(line, this.docs[i] as number, this.lengths[i] as number, this.headAts[i] as number, this.headLengths[i] as number);
      this.#rows[i] = row;
    }
    return row;
  }

  /** Row `i` as it is written, for a new rows file that keeps it. */
  bytesOf(i: number): RowBytes {
    const line = this.bytes.subarray(this.textAt + (this.starts[i] as number), this.textAt + (this.starts[i + 1] as number));
    return { path: this.row(i).path, line, doc: this.docs[i] as number, length: this.lengths[i] as number, headAt: this.headAts[i] as number, headLength: this.headLengths[i] as number };
  }

  /** The kind of row `i` (E, P or R) without decoding it. */
  kind(i: number): string {
    return String.fromCharCode(this.bytes[this.textAt + (this.starts[i] as number)] as number);
  }

  /** Every row, in path order. */
  all(): LineRow[] {
    return Array.from({ length: this.count }, (_, i) => this.row(i));
  }

  /** The position of the row at `path`, or -1 (binary search: rows are in path order). */
  find(path: string): number {
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.row(mid).path;
      if (at === path) return mid;
      if (at < path) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** The first position whose path is not before `path`. */
  lowerBound(path: string): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.row(mid).path < path) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The names of the files held directly in a folder. */
  namesIn(folder: string): string[] {
    const prefix = `${folder}/`;
    const names: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.count; i++) {
      const at = this.row(i).path;
      if (!at.startsWith(prefix)) break;
      const name = at.slice(prefix.length);
      if (!name.includes('/')) names.push(name);
    }
    return names;
  }

  /** What the index holds at a path. */
  file(path: string): EntryFileInfo | undefined {
    const i = this.find(path);
    return i < 0 ? undefined : this.row(i);
  }
}
