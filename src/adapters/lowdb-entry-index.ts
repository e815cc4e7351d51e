import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, promises as fs, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import type { EntryProblem } from '../core/entry.js';
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
export const INDEX_VERSION = 2;
const SEGMENT_HEADER = 'mindlines-postings 2';
const HEADS_HEADER = 'mindlines-heads 1';
/** Merge the small segments when there are more than this many. */
const MAX_SEGMENTS = 8;
/** A segment no longer referenced is deleted only after this long, so a reader that just loaded the index finds it. */
const SEGMENT_GRACE_MS = 60_000;
const READ_CONCURRENCY = 16;

/** [path, size, mtimeMs, doc, length, facets, byte offset and length of the front matter in the heads file] */
type EntryRow = [string, number, number, number, number, EntryFacets, number, number];
/** [path, size, mtimeMs, line, message] */
type ProblemRow = [string, number, number, number, string];

interface SegmentRef {
  id: string;
  /** How many documents it was written with. */
  docs: number;
}

export interface IndexData {
  format: string;
  version: number;
  nextDoc: number;
  entries: EntryRow[];
  problems: ProblemRow[];
  segments: SegmentRef[];
  /** The id of the heads file. */
  heads: string;
}

function emptyData(): IndexData {
  return { format: INDEX_FORMAT, version: INDEX_VERSION, nextDoc: 0, entries: [], problems: [], segments: [], heads: '' };
}

/** Whether parsed JSON is an index this version wrote, checked deeply enough that using it cannot throw. */
function isIndexData(value: unknown): value is IndexData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<IndexData>;
  if (data.format !== INDEX_FORMAT || data.version !== INDEX_VERSION || typeof data.nextDoc !== 'number') return false;
  if (!Array.isArray(data.entries) || !Array.isArray(data.problems) || !Array.isArray(data.segments)) return false;
  for (const row of data.entries) {
    if (!Array.isArray(row) || row.length !== 8 || typeof row[0] !== 'string' || typeof row[3] !== 'number') return false;
    if (typeof row[6] !== 'number' || typeof row[7] !== 'number') return false;
    const facets = row[5] as EntryFacets | null;
    if (typeof facets !== 'object' || facets === null || typeof facets.id !== 'string' || typeof facets.date !== 'string') return false;
    if (typeof facets.title !== 'string' || !Array.isArray(facets.tags)) return false;
  }
  for (const row of data.problems) if (!Array.isArray(row) || row.length !== 5 || typeof row[0] !== 'string') return false;
  for (const segment of data.segments) if (typeof segment?.id !== 'string' || !/^[0-9a-f]+$/.test(segment.id)) return false;
  if (typeof data.heads !== 'string' || !/^[0-9a-f]*$/.test(data.heads)) return false;
  return true;
}

class IndexUnusableError extends Error {}

/** An entry row seen through the IndexedEntry port; the front matter JSON is parsed only if someone asks for it. */
class RowEntry implements IndexedEntry {
  #frontMatter: Record<string, unknown> | undefined;
  constructor(
    private readonly row: EntryRow,
    private readonly heads: () => Buffer,
  ) {}
  get path() {
    return this.row[0];
  }
  get size() {
    return this.row[1];
  }
  get mtimeMs() {
    return this.row[2];
  }
  get length() {
    return this.row[4];
  }
  get meta() {
    return this.row[5];
  }
  get frontMatter(): Record<string, unknown> {
    this.#frontMatter ??= JSON.parse(this.heads().toString('utf8', this.row[6], this.row[6] + this.row[7])) as Record<string, unknown>;
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
  readonly problems: EntryProblem[];
  #positions: Map<number, number> | undefined;
  #heads: Buffer | undefined;

  constructor(
    private readonly dir: string,
    private readonly data: IndexData,
  ) {
    const heads = () => {
      if (!this.#heads) {
        this.#heads = readFileSync(headsFile(this.dir, this.data.heads));
        const header = `${HEADS_HEADER} ${this.data.heads}\n`;
        if (this.#heads.toString('latin1', 0, header.length) !== header) throw new IndexUnusableError('heads: bad header');
      }
      return this.#heads;
    };
    this.entries = data.entries.map((row) => new RowEntry(row, heads));
    this.problems = data.problems.map(([p, , , line, message]) => ({ path: p, line, message }));
  }

  postings(term: string): { entry: number; tf: number }[] {
    if (!/^[\p{L}\p{N}]+$/u.test(term)) return [];
    if (!this.#positions) {
      this.#positions = new Map();
      this.data.entries.forEach((row, position) => this.#positions?.set(row[3], position));
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

/** Writes the postings of some documents as a segment: sorted words, one line each. */
function segmentText(id: string, docs: { doc: number; terms: Map<string, number> }[]): string {
  // Doc numbers and frequencies as plain numbers (pairs), encoded once at the end: far less garbage than strings.
  const byTerm = new Map<string, number[]>();
  for (const { doc, terms } of docs) {
    for (const [term, tf] of terms) {
      const list = byTerm.get(term);
      if (list) list.push(doc, tf);
      else byTerm.set(term, [doc, tf]);
    }
  }
  const encoded = new Map<string, string[]>();
  for (const [term, pairs] of byTerm) {
    const items: string[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const doc = (pairs[i] as number).toString(36);
      const tf = pairs[i + 1] as number;
      items.push(tf === 1 ? doc : `${doc}:${tf.toString(36)}`);
    }
    encoded.set(term, items);
  }
  return joinSegment(id, encoded);
}

function joinSegment(id: string, byTerm: Map<string, string[]>): string {
  const terms = [...byTerm.keys()].sort();
  const lines: string[] = [];
  const slots: [string, number, number][] = [];
  let offset = 0;
  for (const term of terms) {
    const line = `${term}\t${(byTerm.get(term) as string[]).join(',')}\n`;
    const slot = slotOf(term);
    const last = slots[slots.length - 1];
    const bytes = Buffer.byteLength(line);
    if (last && last[0] === slot) last[2] += bytes;
    else slots.push([slot, offset, offset + bytes]);
    lines.push(line);
    offset += bytes;
  }
  // Offsets in the directory are absolute, so they depend on the directory's own length: settle it first.
  const render = (base: number) => JSON.stringify(Object.fromEntries(slots.map(([slot, from, to]) => [slot, [from + base, to + base]])));
  let base = 0;
  let directory = render(base);
  for (;;) {
    const header = `${SEGMENT_HEADER} ${id} ${Buffer.byteLength(directory)}\n`;
    const next = Buffer.byteLength(header) + Buffer.byteLength(directory) + 1;
    if (next === base) return `${header}${directory}\n${lines.join('')}`;
    base = next;
    directory = render(base);
  }
}

/** The postings lines of a segment file (everything after its header and directory). */
function segmentLines(text: string, id: string): string[] {
  const match = new RegExp(`^${SEGMENT_HEADER} ${id} (\\d+)\n`).exec(text);
  if (!match) throw new IndexUnusableError(`segment ${id}: bad header`);
  const start = Buffer.byteLength(match[0]) + Number(match[1]) + 1;
  return Buffer.from(text).toString('utf8', start).split('\n');
}

/** Merges segments into one, keeping only the postings of live documents. */
function mergeSegments(dir: string, ids: string[], live: Set<number>, id: string): { text: string; docs: number } {
  const byTerm = new Map<string, string[]>();
  const docs = new Set<number>();
  for (const segment of ids) {
    const lines = segmentLines(readFileSync(segmentFile(dir, segment), 'utf8'), segment);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const kept: string[] = [];
      for (const item of line.slice(tab + 1).split(',')) {
        const colon = item.indexOf(':');
        const doc = parseInt(colon < 0 ? item : item.slice(0, colon), 36);
        if (live.has(doc)) {
          kept.push(item);
          docs.add(doc);
        }
      }
      if (kept.length === 0) continue;
      const term = line.slice(0, tab);
      const list = byTerm.get(term);
      if (list) list.push(...kept);
      else byTerm.set(term, kept);
    }
  }
  return { text: joinSegment(id, byTerm), docs: docs.size };
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

  constructor(root: string) {
    this.dir = path.join(root, '.mindlines');
    this.file = path.join(this.dir, 'index.json');
  }

  /** The index as on disk, or undefined when it is missing or unusable (which means: rebuild it). No lock. */
  readQuietly(): IndexData | undefined {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const value: unknown = JSON.parse(text);
      return isIndexData(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  async sync(files: EntryFileInfo[], read: (file: EntryFileInfo) => Promise<IndexDocument>, options: SyncOptions = {}): Promise<IndexSnapshot> {
    if (!options.rebuild) {
      const data = this.readQuietly();
      if (data && isCurrent(data, files) && this.sideFilesOk(data)) return new Snapshot(this.dir, data);
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
    const [{ Low }, { JSONFile }, lockfile] = await Promise.all([import('lowdb'), import('lowdb/node'), import('proper-lockfile')]);
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
      const db = new Low<IndexData>(new JSONFile<IndexData>(this.file), emptyData());
      let data = emptyData();
      if (!options.rebuild) {
        try {
          await db.read();
          if (isIndexData(db.data)) data = db.data;
        } catch {
          // 0-byte, truncated or not JSON: rebuild.
        }
      }
      if (!options.rebuild && !this.sideFilesOk(data)) data = emptyData();
      if (!options.rebuild && isCurrent(data, files)) return new Snapshot(this.dir, data);
      const next = await this.apply(data, files, read, options);
      db.data = next;
      await db.write();
      await this.sweep(next);
      return new Snapshot(this.dir, next);
    } finally {
      await release().catch(() => undefined);
    }
  }

  /** Whether the side files index.json names are there and are the ones it means. */
  private sideFilesOk(data: IndexData): boolean {
    if (data.entries.length > 0 && !this.headerOk(headsFile(this.dir, data.heads), `${HEADS_HEADER} ${data.heads}\n`)) return false;
    return data.segments.every((s) => this.headerOk(segmentFile(this.dir, s.id), `${SEGMENT_HEADER} ${s.id} `));
  }

  private headerOk(file: string, header: string): boolean {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const buffer = Buffer.alloc(header.length);
      readSync(fd, buffer, 0, header.length, 0);
      return buffer.toString('latin1') === header;
    } catch {
      return false;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  private async apply(
    data: IndexData,
    files: EntryFileInfo[],
    read: (file: EntryFileInfo) => Promise<IndexDocument>,
    options: SyncOptions,
  ): Promise<IndexData> {
    const entryRows = new Map(data.entries.map((row) => [row[0], row]));
    const problemRows = new Map(data.problems.map((row) => [row[0], row]));
    const unchanged = (file: EntryFileInfo, row: { 1: number; 2: number } | undefined) =>
      row !== undefined && row[1] === file.size && row[2] === file.mtimeMs;
    const toRead = files.filter((f) => !unchanged(f, entryRows.get(f.path)) && !unchanged(f, problemRows.get(f.path)));
    let done = 0;
    options.onProgress?.(0, toRead.length);
    const docs = await mapLimit(toRead, READ_CONCURRENCY, async (file) => {
      const doc = await read(file);
      options.onProgress?.(++done, toRead.length);
      return doc;
    });
    const fresh = new Map(toRead.map((file, i) => [file.path, docs[i] as IndexDocument]));
    const oldHeads = data.entries.length > 0 ? readFileSync(headsFile(this.dir, data.heads)) : Buffer.alloc(0);
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
    const entries: EntryRow[] = [];
    const problems: ProblemRow[] = [];
    const added: { doc: number; terms: Map<string, number> }[] = [];
    for (const file of files) {
      const doc = fresh.get(file.path);
      if (!doc) {
        const row = entryRows.get(file.path);
        if (row) {
          const [at, length] = addHead(oldHeads.subarray(row[6], row[6] + row[7]));
          entries.push([row[0], row[1], row[2], row[3], row[4], row[5], at, length]);
        } else problems.push(problemRows.get(file.path) as ProblemRow);
        continue;
      }
      if (!doc.ok) {
        problems.push([file.path, file.size, file.mtimeMs, doc.problem.line, doc.problem.message]);
        continue;
      }
      const number = nextDoc++;
      const [at, length] = addHead(Buffer.from(JSON.stringify(doc.frontMatter)));
      entries.push([file.path, file.size, file.mtimeMs, number, doc.length, doc.facets, at, length]);
      added.push({ doc: number, terms: doc.terms });
    }
    let segments = data.segments;
    if (added.length > 0) {
      const id = randomBytes(8).toString('hex');
      await writeAtomically(segmentFile(this.dir, id), segmentText(id, added));
      segments = [...segments, { id, docs: added.length }];
    }
    await writeAtomically(headsFile(this.dir, headsId), Buffer.concat(headParts));
    const live = new Set(entries.map((row) => row[3]));
    segments = await this.compact(segments, live);
    return { format: INDEX_FORMAT, version: INDEX_VERSION, nextDoc, entries, problems, segments, heads: headsId };
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
    const ref = { id, docs: merged.docs };
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
function isCurrent(data: IndexData, files: EntryFileInfo[]): boolean {
  if (data.entries.length + data.problems.length !== files.length) return false;
  const rows = new Map<string, { 1: number; 2: number }>();
  for (const row of data.entries) rows.set(row[0], row);
  for (const row of data.problems) rows.set(row[0], row);
  for (const file of files) {
    const row = rows.get(file.path);
    if (!row || row[1] !== file.size || row[2] !== file.mtimeMs) return false;
  }
  return true;
}
