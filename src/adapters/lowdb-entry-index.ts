import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, promises as fs, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import type { EntryProblem } from '../core/entries/entry.js';
import type { EntryFacets, EntryFileInfo, EntryIndex, IndexDocument, IndexedEntry, IndexSnapshot, SyncOptions } from '../core/ports.js';
import { StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';

/**
 * The entry index: `.mindlines/index.json`, a lowdb JSON file holding one row per entry file (path, size, mtime, the
 * facets filters use), plus two kinds of side file it names:
 * - `.mindlines/heads-<id>.jsonl`: every entry's front matter as one JSON line; a row holds its byte range, so a
 *   command decodes only the entries it prints (keeping index.json small enough to parse in a few milliseconds);
 * - `.mindlines/postings-<id>.txt`: postings segments that map each word to the entries holding it.
 *
 * - Reading takes no lock: lowdb (steno) replaces the file by rename, so a reader sees a whole old or a whole new
 *   file. The warm path reads it with readFileSync + JSON.parse and never loads lowdb or proper-lockfile.
 * - Every read-modify-write holds a proper-lockfile lock, because lowdb's writer is not safe across processes
 *   (STACK.md: 4 writers corrupted it in 2 of 3 runs without one).
 * - Anything unexpected (missing, empty, truncated, not JSON, another format or version, a segment gone) means the
 *   index is rebuilt from the files, silently: it is a cache.
 * - A segment is a sorted text file, one line per word: `word<TAB>doc[:tf],doc[:tf]…` (base 36), after a directory
 *   giving the byte range of the words sharing their first two letters. A search reads the directory and the few
 *   kilobytes it points to, never the whole file. Changed files get new doc numbers in a new small segment; old
 *   numbers simply stop being live. Segments are merged when they pile up.
 * - Side files are never changed once written: a sync writes new ones, then index.json naming them.
 */

export const INDEX_FORMAT = 'mindlines-index';
export const INDEX_VERSION = 3;
const SEGMENT_HEADER = 'mindlines-postings 2';
const HEADS_HEADER = 'mindlines-heads 1';
/** Merge the small segments when there are more than this many. */
const MAX_SEGMENTS = 8;
/** A segment no longer referenced is deleted only after this long, so a reader that just loaded the index finds it. */
const SEGMENT_GRACE_MS = 60_000;
const READ_CONCURRENCY = 16;

/**
 * One file as the index remembers it. On disk each row is one tab-separated line (far quicker to parse than nested
 * JSON): `E path size mtime doc length headAt headLength id title date created hours activity template author
 * visibility status tag…` for an entry, `P path size mtime line message` for a file that did not parse.
 */
interface Row {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** -1 for a problem row. */
  readonly doc: number;
  readonly length: number;
  readonly headAt: number;
  readonly headLength: number;
  readonly facets?: EntryFacets | undefined;
  readonly problem?: { line: number; message: string } | undefined;
}

interface SegmentRef {
  id: string;
  /** How many documents it was written with. */
  docs: number;
  /** Its length in bytes: a truncated side file is noticed before it is used. */
  bytes: number;
}

/** The JSON in index.json. */
export interface IndexData {
  format: string;
  version: number;
  /** Which build of mindlines wrote it: an index written by other code is rebuilt rather than trusted. */
  build: string;
  nextDoc: number;
  rows: string[];
  segments: SegmentRef[];
  /** The id of the heads file. */
  heads: string;
  headsBytes: number;
}

/** index.json once read: rows decoded. */
interface Loaded {
  data: IndexData;
  rows: Row[];
}

function emptyData(build: string): IndexData {
  return { format: INDEX_FORMAT, version: INDEX_VERSION, build, nextDoc: 0, rows: [], segments: [], heads: '', headsBytes: 0 };
}

const escapeField = (text: string) => (/[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string) : text);
const unescapeField = (text: string) => (text.includes('\\') ? text.replace(/\\(.)/g, (_m, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c) : text);

function packRow(row: Row): string {
  const head = [escapeField(row.path), row.size, row.mtimeMs];
  if (row.problem) return ['P', ...head, row.problem.line, escapeField(row.problem.message)].join('\t');
  const f = row.facets as EntryFacets;
  const text = (value: string | undefined) => escapeField(value ?? '');
  return [
    'E',
    ...head,
    row.doc,
    row.length,
    row.headAt,
    row.headLength,
    text(f.id),
    text(f.title),
    text(f.date),
    text(f.created),
    f.hours ?? '',
    text(f.activity),
    text(f.template),
    text(f.author),
    text(f.visibility),
    text(f.status),
    ...f.tags.map(escapeField),
  ].join('\t');
}

/**
 * A row read from index.json. Only what every command needs (path, size, mtime) is decoded up front; the rest of
 * the line is split the first time something asks for it, so a search over 10,000 rows builds a handful of objects.
 */
class PackedRow implements Row {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly kind: string;
  #rest: string[] | undefined;
  #facets: EntryFacets | undefined;
  #view: RowFacets | undefined;
  #date: string | undefined;

  private constructor(
    private readonly packed: string,
    path_: string,
    size: number,
    mtimeMs: number,
    readonly doc: number,
    readonly length: number,
    private readonly restAt: number,
  ) {
    this.kind = packed[0] as string;
    this.path = path_;
    this.size = size;
    this.mtimeMs = mtimeMs;
  }

  /** Decodes the start of a packed row, or undefined when it is not one this version writes. */
  static read(packed: unknown): PackedRow | undefined {
    if (typeof packed !== 'string' || (packed[0] !== 'E' && packed[0] !== 'P') || packed[1] !== '\t') return undefined;
    const a = packed.indexOf('\t', 2);
    const b = a < 0 ? -1 : packed.indexOf('\t', a + 1);
    const c = b < 0 ? -1 : packed.indexOf('\t', b + 1);
    if (c < 0) return undefined;
    const d = packed.indexOf('\t', c + 1);
    const e = d < 0 ? -1 : packed.indexOf('\t', d + 1);
    const size = Number(packed.slice(a + 1, b));
    const mtimeMs = Number(packed.slice(b + 1, c));
    if (a === 2 || !Number.isFinite(size) || !Number.isFinite(mtimeMs) || b === a + 1 || c === b + 1) return undefined;
    const entry = packed[0] === 'E';
    if (entry && e < 0) return undefined;
    const doc = entry ? Number(packed.slice(c + 1, d)) : -1;
    const length = entry ? Number(packed.slice(d + 1, e)) : 0;
    if (!Number.isInteger(doc) || !Number.isFinite(length)) return undefined;
    return new PackedRow(packed, unescapeField(packed.slice(2, a)), size, mtimeMs, doc, length, c + 1);
  }

  private rest(): string[] {
    this.#rest ??= this.packed.slice(this.restAt).split('\t');
    return this.#rest;
  }

  private int(i: number): number {
    const value = Number(this.rest()[i]);
    return Number.isFinite(value) ? value : 0;
  }

  get headAt(): number {
    return this.kind === 'E' ? this.int(2) : 0;
  }
  get headLength(): number {
    return this.kind === 'E' ? this.int(3) : 0;
  }
  get problem(): { line: number; message: string } | undefined {
    if (this.kind !== 'P') return undefined;
    return { line: this.int(0) || 1, message: unescapeField(this.rest()[1] ?? '') };
  }
  /** The facets as a view whose `date` is read straight from the line: `--since` rejects most rows on it alone. */
  get facets(): EntryFacets | undefined {
    if (this.kind !== 'E') return undefined;
    this.#view ??= new RowFacets(this);
    return this.#view;
  }

  /** The date field, found by counting tabs instead of splitting the whole line. */
  get date(): string {
    if (this.#date === undefined) {
      let at = this.restAt;
      for (let i = 0; i < 6 && at > 0; i++) at = this.packed.indexOf('\t', at) + 1;
      const end = this.packed.indexOf('\t', at);
      this.#date = at > 0 ? this.packed.slice(at, end < 0 ? undefined : end) : '';
    }
    return this.#date;
  }

  /** Every facet, decoded once. */
  get allFacets(): EntryFacets {
    if (!this.#facets) {
      const f = this.rest();
      const optional = (i: number) => (f[i] === undefined || f[i] === '' ? undefined : unescapeField(f[i] as string));
      const facets: EntryFacets = {
        id: unescapeField(f[4] ?? ''),
        title: unescapeField(f[5] ?? ''),
        date: f[6] ?? '',
        tags: f.slice(14).map(unescapeField),
      };
      const hours = f[8] === undefined || f[8] === '' ? undefined : Number(f[8]);
      const extra: Partial<Record<keyof EntryFacets, unknown>> = {
        created: optional(7),
        hours: hours !== undefined && Number.isFinite(hours) ? hours : undefined,
        activity: optional(9),
        template: optional(10),
        author: optional(11),
        visibility: optional(12),
        status: optional(13),
      };
      for (const [key, value] of Object.entries(extra)) if (value !== undefined) (facets as unknown as Record<string, unknown>)[key] = value;
      this.#facets = facets;
    }
    return this.#facets;
  }
}

/** EntryFacets over a packed row: the date without decoding anything else, the rest decoded on first use. */
class RowFacets implements EntryFacets {
  constructor(private readonly row: PackedRow) {}
  get date() {
    return this.row.date;
  }
  get id() {
    return this.row.allFacets.id;
  }
  get title() {
    return this.row.allFacets.title;
  }
  get tags() {
    return this.row.allFacets.tags;
  }
  get created() {
    return this.row.allFacets.created;
  }
  get hours() {
    return this.row.allFacets.hours;
  }
  get activity() {
    return this.row.allFacets.activity;
  }
  get template() {
    return this.row.allFacets.template;
  }
  get author() {
    return this.row.allFacets.author;
  }
  get visibility() {
    return this.row.allFacets.visibility;
  }
  get status() {
    return this.row.allFacets.status;
  }
}

/** The index if parsed JSON is one this build wrote, checked deeply enough that using it cannot throw. */
function loadData(value: unknown, build: string): Loaded | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const data = value as Partial<IndexData>;
  if (data.format !== INDEX_FORMAT || data.version !== INDEX_VERSION || data.build !== build || typeof data.nextDoc !== 'number') return undefined;
  if (!Array.isArray(data.rows) || !Array.isArray(data.segments) || typeof data.heads !== 'string' || !/^[0-9a-f]*$/.test(data.heads)) return undefined;
  for (const segment of data.segments) {
    if (typeof segment?.id !== 'string' || !/^[0-9a-f]+$/.test(segment.id) || typeof segment.docs !== 'number' || typeof segment.bytes !== 'number') return undefined;
  }
  if (typeof data.headsBytes !== 'number') return undefined;
  const rows: Row[] = [];
  for (const packed of data.rows) {
    const row = PackedRow.read(packed);
    if (!row) return undefined;
    rows.push(row);
  }
  return { data: data as IndexData, rows };
}

class IndexUnusableError extends Error {}

/** An entry row seen through the IndexedEntry port; its front matter is decoded only if someone asks for it. */
class RowEntry implements IndexedEntry {
  #frontMatter: Record<string, unknown> | undefined;
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  constructor(
    private readonly row: Row,
    private readonly heads: () => Buffer,
  ) {
    this.path = row.path;
    this.size = row.size;
    this.mtimeMs = row.mtimeMs;
  }
  get length(): number {
    return this.row.length;
  }
  get meta(): EntryFacets {
    return this.row.facets as EntryFacets;
  }
  get frontMatter(): Record<string, unknown> {
    this.#frontMatter ??= JSON.parse(this.heads().toString('utf8', this.row.headAt, this.row.headAt + this.row.headLength)) as Record<string, unknown>;
    return this.#frontMatter;
  }
}

function segmentFile(dir: string, id: string): string {
  return path.join(dir, `postings-${id}.txt`);
}

function headsFile(dir: string, id: string): string {
  return path.join(dir, `heads-${id}.jsonl`);
}

/** The words sharing a directory slot: their first two UTF-16 units (terms sort by code unit, so they are adjacent). */
const slotOf = (term: string) => term.slice(0, 2);

/** Reads exactly `length` bytes at `position`. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new IndexUnusableError('unexpected end of file');
    done += n;
  }
  return buffer;
}

/** An open segment: its directory, read once; each word's line read on demand. */
class SegmentReader {
  private constructor(
    private readonly fd: number,
    private readonly directory: Record<string, [number, number]>,
  ) {}

  static open(dir: string, id: string): SegmentReader {
    let fd: number | undefined;
    try {
      fd = openSync(segmentFile(dir, id), 'r');
      const head = readAt(fd, 0, Math.min(256, fstatSync(fd).size)).toString('latin1');
      const match = new RegExp(`^${SEGMENT_HEADER} ${id} (\\d+)\n`).exec(head);
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

class Snapshot implements IndexSnapshot {
  readonly entries: IndexedEntry[];
  #positions: Map<number, number> | undefined;
  #heads: Buffer | undefined;

  private readonly data: IndexData;
  private readonly rows: Row[];
  readonly problems: EntryProblem[];

  constructor(
    private readonly dir: string,
    loaded: Loaded,
  ) {
    this.data = loaded.data;
    this.rows = loaded.rows.filter((row) => row.doc >= 0);
    const heads = () => {
      if (!this.#heads) {
        this.#heads = readFileSync(headsFile(this.dir, this.data.heads));
        const header = `${HEADS_HEADER} ${this.data.heads}\n`;
        if (this.#heads.toString('latin1', 0, header.length) !== header) throw new IndexUnusableError('heads: bad header');
      }
      return this.#heads;
    };
    this.entries = this.rows.map((row) => new RowEntry(row, heads));
    this.problems = [];
    for (const row of loaded.rows) if (row.doc < 0 && row.problem) this.problems.push({ path: row.path, ...row.problem });
  }

  postings(term: string): { entry: number; tf: number }[] {
    if (!/^[\p{L}\p{N}]+$/u.test(term)) return [];
    if (!this.#positions) {
      this.#positions = new Map();
      this.rows.forEach((row, position) => this.#positions?.set(row.doc, position));
    }
    const positions = this.#positions;
    const out: { entry: number; tf: number }[] = [];
    for (const { id } of this.data.segments) {
      const reader = SegmentReader.open(this.dir, id);
      let line: string | undefined;
      try {
        line = reader.find(term);
      } finally {
        reader.close();
      }
      if (!line) continue;
      for (const item of line.split(',')) {
        const colon = item.indexOf(':');
        const doc = parseInt(colon < 0 ? item : item.slice(0, colon), 36);
        const position = positions.get(doc);
        if (position === undefined) continue; // a doc number whose file changed or went away
        out.push({ entry: position, tf: colon < 0 ? 1 : parseInt(item.slice(colon + 1), 36) });
      }
    }
    return out;
  }
}

/**
 * Collects postings (word, document, frequency) and writes them as a segment: sorted words, one line each, after
 * the directory. Built for 10,000 entries at once (millions of postings): words get numbers, postings live in flat
 * typed arrays, a counting sort groups them by word, and the text is written byte by byte into one buffer, so
 * almost nothing is allocated per posting.
 */
class PostingsBuilder {
  private readonly vocabulary = new Map<string, number>();
  private termOf = new Int32Array(1024);
  private docOf = new Int32Array(1024);
  private tfOf = new Int32Array(1024);
  private n = 0;

  add(term: string, doc: number, tf: number): void {
    let t = this.vocabulary.get(term);
    if (t === undefined) {
      t = this.vocabulary.size;
      this.vocabulary.set(term, t);
    }
    if (this.n === this.termOf.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.termOf = grow(this.termOf);
      this.docOf = grow(this.docOf);
      this.tfOf = grow(this.tfOf);
    }
    this.termOf[this.n] = t;
    this.docOf[this.n] = doc;
    this.tfOf[this.n] = tf;
    this.n++;
  }

  get size(): number {
    return this.n;
  }

  encode(id: string): Buffer {
    const { n, termOf, docOf, tfOf } = this;
    const words = [...this.vocabulary.keys()];
    const count = words.length;
    // Group postings by word, keeping the order they were added in (document order) within each word.
    const starts = new Int32Array(count + 1);
    for (let i = 0; i < n; i++) starts[(termOf[i] as number) + 1] = (starts[(termOf[i] as number) + 1] as number) + 1;
    for (let t = 0; t < count; t++) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    const fill = starts.slice(0, count);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const t = termOf[i] as number;
      order[fill[t] as number] = i;
      fill[t] = (fill[t] as number) + 1;
    }
    const sorted = words.map((_, t) => t).sort((a, b) => (words[a] as string) < (words[b] as string) ? -1 : 1);
    let capacity = n * 8 + count * 24 + 1024;
    let out = Buffer.allocUnsafe(capacity);
    let at = 0;
    const ensure = (bytes: number) => {
      if (at + bytes <= capacity) return;
      capacity = Math.max(capacity * 2, at + bytes);
      const bigger = Buffer.allocUnsafe(capacity);
      out.copy(bigger, 0, 0, at);
      out = bigger;
    };
    const digits = new Uint8Array(16);
    const writeBase36 = (value: number) => {
      let k = 0;
      do {
        const d = value % 36;
        digits[k++] = d < 10 ? 48 + d : 87 + d;
        value = Math.floor(value / 36);
      } while (value > 0);
      while (k > 0) out[at++] = digits[--k] as number;
    };
    const slots: [string, number, number][] = [];
    for (const t of sorted) {
      const word = words[t] as string;
      const from = starts[t] as number;
      const to = starts[t + 1] as number;
      const lineStart = at;
      ensure(word.length * 3 + 2 + (to - from) * 16);
      at += out.write(word, at, 'utf8');
      out[at++] = 9;
      for (let j = from; j < to; j++) {
        const i = order[j] as number;
        if (j > from) out[at++] = 44;
        writeBase36(docOf[i] as number);
        const tf = tfOf[i] as number;
        if (tf !== 1) {
          out[at++] = 58;
          writeBase36(tf);
        }
      }
      out[at++] = 10;
      const slot = slotOf(word);
      const last = slots[slots.length - 1];
      if (last && last[0] === slot) last[2] = at;
      else slots.push([slot, lineStart, at]);
    }
    const body = out.subarray(0, at);
    // Offsets in the directory are absolute, so they depend on the directory's own length: settle it first.
    const render = (base: number) => JSON.stringify(Object.fromEntries(slots.map(([slot, from, to]) => [slot, [from + base, to + base]])));
    let base = 0;
    let directory = render(base);
    for (;;) {
      const header = `${SEGMENT_HEADER} ${id} ${Buffer.byteLength(directory)}\n`;
      const next = Buffer.byteLength(header) + Buffer.byteLength(directory) + 1;
      if (next === base) return Buffer.concat([Buffer.from(`${header}${directory}\n`), body]);
      base = next;
      directory = render(base);
    }
  }
}

/** The postings of some documents as a new segment. */
function segmentText(id: string, docs: { doc: number; terms: Map<string, number> }[]): Buffer {
  const builder = new PostingsBuilder();
  for (const { doc, terms } of docs) for (const [term, tf] of terms) builder.add(term, doc, tf);
  return builder.encode(id);
}

/** The postings lines of a segment file (everything after its header and directory). */
function segmentLines(text: string, id: string): string[] {
  const match = new RegExp(`^${SEGMENT_HEADER} ${id} (\\d+)\n`).exec(text);
  if (!match) throw new IndexUnusableError(`segment ${id}: bad header`);
  const start = Buffer.byteLength(match[0]) + Number(match[1]) + 1;
  return Buffer.from(text).toString('utf8', start).split('\n');
}

/** Merges segments into one, keeping only the postings of live documents. */
function mergeSegments(dir: string, ids: string[], live: Set<number>, id: string): { text: Buffer; docs: number } {
  const builder = new PostingsBuilder();
  const docs = new Set<number>();
  for (const segment of ids) {
    const lines = segmentLines(readFileSync(segmentFile(dir, segment), 'utf8'), segment);
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const term = line.slice(0, tab);
      for (const item of line.slice(tab + 1).split(',')) {
        const colon = item.indexOf(':');
        const doc = parseInt(colon < 0 ? item : item.slice(0, colon), 36);
        if (!live.has(doc)) continue;
        builder.add(term, doc, colon < 0 ? 1 : parseInt(item.slice(colon + 1), 36));
        docs.add(doc);
      }
    }
  }
  return { text: builder.encode(id), docs: docs.size };
}

async function writeAtomically(file: string, text: string | Buffer): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, text, { mode: 0o600 });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The index of one journal, kept in `<root>/.mindlines/`. */
export class LowdbEntryIndex implements EntryIndex {
  readonly dir: string;
  readonly file: string;
  private readonly build: string;

  /** `build` names the code that computes what is indexed; an index written by another build is rebuilt. */
  constructor(root: string, options: { build?: string } = {}) {
    this.dir = path.join(root, '.mindlines');
    this.file = path.join(this.dir, 'index.json');
    this.build = options.build ?? '';
  }

  /** The index as on disk, or undefined when it is missing or unusable (which means: rebuild it). No lock. */
  readQuietly(): Loaded | undefined {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      return loadData(JSON.parse(text), this.build);
    } catch {
      return undefined;
    }
  }

  async sync(files: EntryFileInfo[], read: (file: EntryFileInfo) => Promise<IndexDocument>, options: SyncOptions = {}): Promise<IndexSnapshot> {
    if (!options.rebuild) {
      const loaded = this.readQuietly();
      if (loaded && isCurrent(loaded.rows, files) && this.sideFilesOk(loaded)) return new Snapshot(this.dir, loaded);
    }
    try {
      return await this.update(files, read, options);
    } catch (error) {
      if (!(error instanceof IndexUnusableError) || options.rebuild) throw error;
      return this.update(files, read, { ...options, rebuild: true });
    }
  }

  /** The read-modify-write, under the lock: read the index afresh, read what changed, write it back. */
  private async update(files: EntryFileInfo[], read: (file: EntryFileInfo) => Promise<IndexDocument>, options: SyncOptions): Promise<IndexSnapshot> {
    await fs.mkdir(this.dir, { recursive: true });
    const [{ Low }, { JSONFile }, { default: lockfile }] = await Promise.all([import('lowdb'), import('lowdb/node'), import('proper-lockfile')]);
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(this.file, {
        realpath: false,
        stale: 30_000,
        update: 5_000,
        retries: { retries: 600, factor: 1, minTimeout: 50, maxTimeout: 100 },
        // Losing the lock can only cost a rebuild (the index is a cache), never an entry: carry on.
        onCompromised: () => undefined,
      });
    } catch (error) {
      throw new StorageError(this.file, messages.indexLocked(this.file), { cause: error });
    }
    try {
      const db = new Low<IndexData>(new JSONFile<IndexData>(this.file), emptyData(this.build));
      let loaded: Loaded = { data: emptyData(this.build), rows: [] };
      if (!options.rebuild) {
        try {
          await db.read();
          loaded = loadData(db.data, this.build) ?? loaded;
        } catch {
          // 0-byte, truncated or not JSON: rebuild.
        }
        if (!this.sideFilesOk(loaded)) loaded = { data: emptyData(this.build), rows: [] };
        if (isCurrent(loaded.rows, files)) return new Snapshot(this.dir, loaded);
      }
      const next = await this.apply(loaded, files, read, options);
      db.data = next.data;
      await db.write();
      await this.sweep(next.data);
      return new Snapshot(this.dir, next);
    } finally {
      await release().catch(() => undefined);
    }
  }

  /** Whether the side files index.json names are there, whole, and the ones it means. */
  private sideFilesOk({ data, rows }: Loaded): boolean {
    if (rows.some((row) => row.doc >= 0) && !this.headerOk(headsFile(this.dir, data.heads), `${HEADS_HEADER} ${data.heads}\n`, data.headsBytes)) return false;
    return data.segments.every((s) => this.headerOk(segmentFile(this.dir, s.id), `${SEGMENT_HEADER} ${s.id} `, s.bytes));
  }

  private headerOk(file: string, header: string, bytes: number): boolean {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      if (fstatSync(fd).size !== bytes) return false;
      const buffer = Buffer.alloc(header.length);
      readSync(fd, buffer, 0, header.length, 0);
      return buffer.toString('latin1') === header;
    } catch {
      return false;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  private async apply(loaded: Loaded, files: EntryFileInfo[], read: (file: EntryFileInfo) => Promise<IndexDocument>, options: SyncOptions): Promise<Loaded> {
    const { data } = loaded;
    const known = new Map(loaded.rows.map((row) => [row.path, row]));
    const unchanged = (file: EntryFileInfo) => {
      const row = known.get(file.path);
      return row !== undefined && row.size === file.size && row.mtimeMs === file.mtimeMs;
    };
    const toRead = files.filter((f) => !unchanged(f));
    let done = 0;
    options.onProgress?.(0, toRead.length);
    const docs = await mapLimit(toRead, READ_CONCURRENCY, async (file) => {
      const doc = await read(file);
      options.onProgress?.(++done, toRead.length);
      return doc;
    });
    const fresh = new Map(toRead.map((file, i) => [file.path, docs[i] as IndexDocument]));
    const oldHeads = loaded.rows.some((row) => row.doc >= 0) ? readFileSync(headsFile(this.dir, data.heads)) : Buffer.alloc(0);
    const headsId = randomBytes(8).toString('hex');
    const headParts: Buffer[] = [Buffer.from(`${HEADS_HEADER} ${headsId}\n`)];
    let headsOffset = (headParts[0] as Buffer).length;
    const addHead = (bytes: Buffer): [number, number] => {
      headParts.push(bytes, Buffer.from('\n'));
      const at = headsOffset;
      headsOffset += bytes.length + 1;
      return [at, bytes.length];
    };
    let nextDoc = data.nextDoc;
    const rows: Row[] = [];
    const added: { doc: number; terms: Map<string, number> }[] = [];
    for (const file of files) {
      const doc = fresh.get(file.path);
      const base = { path: file.path, size: file.size, mtimeMs: file.mtimeMs, doc: -1, length: 0, headAt: 0, headLength: 0 };
      if (!doc) {
        const row = known.get(file.path) as Row;
        if (row.doc >= 0) {
          const [headAt, headLength] = addHead(oldHeads.subarray(row.headAt, row.headAt + row.headLength));
          rows.push({ ...base, doc: row.doc, length: row.length, headAt, headLength, facets: row.facets });
        } else rows.push({ ...base, problem: row.problem });
        continue;
      }
      if (!doc.ok) {
        rows.push({ ...base, problem: { line: doc.problem.line, message: doc.problem.message } });
        continue;
      }
      const number = nextDoc++;
      const [headAt, headLength] = addHead(Buffer.from(JSON.stringify(doc.frontMatter)));
      rows.push({ ...base, doc: number, length: doc.length, headAt, headLength, facets: doc.facets });
      added.push({ doc: number, terms: doc.terms });
    }
    let segments = data.segments;
    if (added.length > 0) {
      const id = randomBytes(8).toString('hex');
      const text = segmentText(id, added);
      await writeAtomically(segmentFile(this.dir, id), text);
      segments = [...segments, { id, docs: added.length, bytes: text.length }];
    }
    const heads = Buffer.concat(headParts);
    await writeAtomically(headsFile(this.dir, headsId), heads);
    const live = new Set(rows.filter((row) => row.doc >= 0).map((row) => row.doc));
    segments = await this.compact(segments, live);
    const next: IndexData = { format: INDEX_FORMAT, version: INDEX_VERSION, build: this.build, nextDoc, rows: rows.map(packRow), segments, heads: headsId, headsBytes: heads.length };
    return { data: next, rows };
  }

  /**
   * Keeps the number of segments small: the small ones are merged when there are too many, and everything is
   * merged into one when the small ones (or the dead documents) grow to a quarter of the whole.
   */
  private async compact(segments: SegmentRef[], live: Set<number>): Promise<SegmentRef[]> {
    if (segments.length <= 1) return segments;
    const total = segments.reduce((sum, s) => sum + s.docs, 0);
    const [base, ...rest] = segments as [SegmentRef, ...SegmentRef[]];
    const restDocs = rest.reduce((sum, s) => sum + s.docs, 0);
    const dead = total - live.size;
    let merge: SegmentRef[] | undefined;
    if (restDocs > base.docs / 4 || dead > total / 4) merge = segments;
    else if (segments.length > MAX_SEGMENTS) merge = rest;
    if (!merge) return segments;
    const id = randomBytes(8).toString('hex');
    const merged = mergeSegments(
      this.dir,
      merge.map((s) => s.id),
      live,
      id,
    );
    await writeAtomically(segmentFile(this.dir, id), merged.text);
    const ref = { id, docs: merged.docs, bytes: merged.text.length };
    return merge === segments ? [ref] : [base, ref];
  }

  /** Deletes segment files nothing refers to any more, once they are old enough that no reader can still want them. */
  private async sweep(data: IndexData): Promise<void> {
    const keep = new Set([...data.segments.map((s) => `postings-${s.id}.txt`), `heads-${data.heads}.jsonl`]);
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const now = Date.now();
    await Promise.all(
      names
        .filter((name) => /^(postings-[0-9a-f]+\.txt|heads-[0-9a-f]+\.jsonl)$/.test(name) && !keep.has(name))
        .map(async (name) => {
          const file = path.join(this.dir, name);
          const stat = await fs.stat(file).catch(() => undefined);
          if (stat && now - stat.mtimeMs > SEGMENT_GRACE_MS) await fs.unlink(file).catch(() => undefined);
        }),
    );
  }
}

/** Whether the index describes exactly these files, each with the same size and mtime. */
function isCurrent(rows: Row[], files: EntryFileInfo[]): boolean {
  if (rows.length !== files.length) return false;
  // Rows are kept in the store's order, so the usual check is one pass with no map.
  let inOrder = true;
  for (let i = 0; i < files.length && inOrder; i++) {
    const file = files[i] as EntryFileInfo;
    const row = rows[i] as Row;
    if (row.path !== file.path) inOrder = false;
    else if (row.size !== file.size || row.mtimeMs !== file.mtimeMs) return false;
  }
  if (inOrder) return true;
  const byPath = new Map(rows.map((row) => [row.path, row]));
  return files.every((file) => {
    const row = byPath.get(file.path);
    return row !== undefined && row.size === file.size && row.mtimeMs === file.mtimeMs;
  });
}
