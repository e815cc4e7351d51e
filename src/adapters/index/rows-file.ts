import { statSync } from 'node:fs';
import { BlockReader } from './block-reader.js';
import path from 'node:path';
import type { EntryFileInfo } from '../../core/ports.js';
import { LineRow, packRow, type Row } from './row-codec.js';
import { IndexUnusableError } from './side-files.js';

/**
 * `rows-<id>.bin`: what the index knows of each file, in path order. A header line, then columns of 32-bit
 * little-endian integers (each row's document number, weighted length, front-matter offset and length in the heads
 * file, date as YYYYMMDD, number of `builds_on` links, and where its line starts), each entry's 26-character id, then
 * the rows as text lines (row-codec.ts). A search needs only the columns (document numbers to positions, lengths for the
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
  /** The entry's date as YYYYMMDD; -1 when it has none in that form (it is then read from the line). */
  date: number;
  /** How many entries its `builds_on` names (0 for most: back-links decode only the others). */
  links: number;
  /** Its id (a 26-character ULID), or '' for a file that is not an entry. */
  id: string;
}

const ID_BYTES = 26;

/** A YYYY-MM-DD date as the number YYYYMMDD, or -1. */
export function dateNumber(date: string | undefined): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return -1;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const dateText = (n: number) => `${Math.floor(n / 10_000)}-${pad2(Math.floor(n / 100) % 100)}-${pad2(n % 100)}`;

/** A row as the bytes of its line. */
export function rowBytes(row: Row): RowBytes {
  const { path: rowPath, doc, length, headAt, headLength } = row;
  const id = row.facets?.id ?? '';
  return {
    path: rowPath,
    line: Buffer.from(`${packRow(row)}\n`, 'utf8'),
    doc,
    length: Math.round(length),
    headAt,
    headLength,
    date: dateNumber(row.facets?.date),
    links: row.facets?.builds_on?.length ?? 0,
    // Ids are ULIDs (entry.ts checks); anything else is left for the line to say. Copied: the id is a slice of the
    // entry's whole text, which a kept slice would keep alive (4 KB a row, 200 MB in a cold build of 50,000 entries).
    id: /^[0-9A-Z]{26}$/.test(id) ? Buffer.from(id, 'latin1').toString('latin1') : '',
  };
}

const COLUMNS = 6;

/** The rows file's bytes for some rows (already in path order). */
export function encodeRows(id: string, rows: readonly RowBytes[]): Buffer {
  const n = rows.length;
  const header = Buffer.from(rowsHeader(id, n), 'latin1');
  const columns = Buffer.alloc(4 * ((COLUMNS + 1) * n + 1) + ID_BYTES * n, ' ');
  let at = 0;
  rows.forEach((row, i) => {
    columns.writeInt32LE(row.doc, 4 * i);
    columns.writeInt32LE(row.length, 4 * (n + i));
    columns.writeInt32LE(row.headAt, 4 * (2 * n + i));
    columns.writeInt32LE(row.headLength, 4 * (3 * n + i));
    columns.writeInt32LE(row.date, 4 * (4 * n + i));
    columns.writeInt32LE(row.links, 4 * (5 * n + i));
    columns.writeUInt32LE(at, 4 * (6 * n + i));
    if (row.id) columns.write(row.id, 4 * ((COLUMNS + 1) * n + 1) + ID_BYTES * i, 'latin1');
    at += row.line.length;
  });
  columns.writeUInt32LE(at, 4 * COLUMNS * n + 4 * n);
  return Buffer.concat([header, columns, ...rows.map((row) => row.line)]);
}

/** Where a rows file's bytes come from: the file itself (read in pieces), or memory (just written). */
interface ByteSource {
  readonly size: number;
  read(at: number, length: number): Buffer;
}

class MemoryBytes implements ByteSource {
  constructor(private readonly bytes: Buffer) {}
  get size(): number {
    return this.bytes.length;
  }
  read(at: number, length: number): Buffer {
    if (at + length > this.bytes.length) throw new IndexUnusableError('rows: cut short');
    return this.bytes.subarray(at, at + length);
  }
}

/** A column of 32-bit integers, in aligned memory (typed arrays need it). */
function column<T extends Int32Array | Uint32Array>(bytes: Buffer, count: number, Kind: { new (buffer: ArrayBuffer, offset: number, length: number): T; new (length: number): T }): T {
  if (bytes.byteOffset % 4 === 0) return new Kind(bytes.buffer as ArrayBuffer, bytes.byteOffset, count);
  const copy = new Kind(count);
  Buffer.from(copy.buffer).set(bytes.subarray(0, 4 * count));
  return copy;
}

/**
 * An open rows file: each column read the first time it is used, each row's line decoded (and read, at first one
 * at a time) only when that row is asked for. A warm search reads the document numbers and the lines of its hits.
 */
export class RowsReader {
  readonly #rows: (LineRow | undefined)[];
  readonly #columns: (Int32Array | Uint32Array | undefined)[] = [];

  private constructor(
    private readonly source: ByteSource,
    readonly count: number,
    private readonly columnsAt: number,
    private readonly textAt: number,
  ) {
    this.#rows = new Array<LineRow | undefined>(count);
  }

  /** Opens rows file `id` of `dir`, checked to be the one meant and whole (its length and header). */
  static open(dir: string, id: string, count: number, bytesExpected: number): RowsReader {
    const file = rowsFile(dir, id);
    let size: number;
    try {
      size = statSync(file).size;
    } catch (error) {
      throw new IndexUnusableError(`rows ${id}: ${String(error)}`);
    }
    return RowsReader.over(new BlockReader(file, size), id, count, bytesExpected);
  }

  /** A reader over rows file bytes held in memory. */
  static from(bytes: Buffer, id: string, count: number, bytesExpected: number): RowsReader {
    return RowsReader.over(new MemoryBytes(bytes), id, count, bytesExpected);
  }

  private static over(source: ByteSource, id: string, count: number, bytesExpected: number): RowsReader {
    const header = rowsHeader(id, count);
    if (source.size !== bytesExpected || source.size < header.length || source.read(0, header.length).toString('latin1') !== header) {
      throw new IndexUnusableError(`rows ${id}: not the file meant`);
    }
    const columnsAt = header.length;
    const idsAt = columnsAt + 4 * ((COLUMNS + 1) * count + 1);
    const textAt = idsAt + ID_BYTES * count;
    const reader = new RowsReader(source, count, columnsAt, textAt);
    if (textAt > source.size || textAt + (reader.starts()[count] as number) !== source.size) throw new IndexUnusableError(`rows ${id}: cut short`);
    return reader;
  }

  private column(n: number): Int32Array | Uint32Array {
    let values = this.#columns[n];
    if (!values) {
      const length = n === COLUMNS ? this.count + 1 : this.count;
      const bytes = this.source.read(this.columnsAt + 4 * n * this.count, 4 * length);
      values = n === COLUMNS ? column(bytes, length, Uint32Array) : column(bytes, length, Int32Array);
      this.#columns[n] = values;
    }
    return values;
  }

  private starts(): Uint32Array {
    return this.column(COLUMNS) as Uint32Array;
  }

  doc(i: number): number {
    return this.column(0)[i] as number;
  }

  length(i: number): number {
    return this.column(1)[i] as number;
  }

  /** The bytes of row `i`'s line, newline included. */
  private lineBytes(i: number): Buffer {
    const starts = this.starts();
    const from = starts[i] as number;
    const to = starts[i + 1] as number;
    const bytes = this.source.read(this.textAt + from, to - from);
    // Every line starts with its kind and a tab, and ends with a newline: enough that decoding it cannot throw.
    const kind = bytes[0];
    if (to <= from + 2 || (kind !== 69 && kind !== 80 && kind !== 82) || bytes[1] !== 9 || bytes[bytes.length - 1] !== 10) {
      throw new IndexUnusableError(`rows: line ${i} is not a row`);
    }
    return bytes;
  }

  /** Row `i`, decoded on first use. */
  row(i: number): LineRow {
    let row = this.#rows[i];
    if (!row) {
      const bytes = this.lineBytes(i);
      row = new LineRow(bytes.toString('utf8', 0, bytes.length - 1), this.doc(i), this.length(i), this.column(2)[i] as number, this.column(3)[i] as number);
      this.#rows[i] = row;
    }
    return row;
  }

  /** Row `i` as it is written, for a new rows file that keeps it. */
  bytesOf(i: number): RowBytes {
    const line = this.lineBytes(i);
    const { path, headAt, headLength } = this.row(i);
    return { path, line, doc: this.doc(i), length: this.length(i), headAt, headLength, date: this.column(4)[i] as number, links: this.links(i), id: this.#idAt(i) };
  }

  /** How many entries row `i`'s `builds_on` names. */
  links(i: number): number {
    return this.column(5)[i] as number;
  }

  #ids: Buffer | undefined;

  /** Row `i`'s id from the ids block ('' when not there). */
  #idAt(i: number): string {
    this.#ids ??= this.source.read(this.textAt - ID_BYTES * this.count, ID_BYTES * this.count);
    return this.#ids.toString('latin1', ID_BYTES * i, ID_BYTES * (i + 1)).trimEnd();
  }

  /** Row `i`'s id: from the ids block, so finding an entry by its id decodes no row. */
  id(i: number): string {
    return this.#idAt(i) || (this.row(i).facets?.id ?? '');
  }

  /** Row `i`'s date (YYYY-MM-DD), from its column: filtering by date decodes no row. */
  date(i: number): string {
    const date = this.column(4)[i] as number;
    return date >= 0 ? dateText(date) : (this.row(i).facets?.date ?? '');
  }

  /** Whether row `i` is an entry (the others are files that did not parse or are refused), without decoding it. */
  isEntry(i: number): boolean {
    return this.doc(i) >= 0;
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
