import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntryFileInfo, EntryIndex, IndexChanges, IndexSnapshot, StoredIndex } from '../../core/ports.js';
import { createFileExclusive } from '../atomic-file.js';
import { headsFile, headsHeader, HeadsWriter } from './heads-file.js';
import { emptyIndex, INDEX_FORMAT, INDEX_VERSION, openIndexDocument, readIndexQuietly, type Loaded } from './index-json.js';
import { lockIndex } from './index-lock.js';
import { StoredSnapshot } from './index-snapshot.js';
import { segmentText } from './postings-builder.js';
import { packRow, type Row } from './row-codec.js';
import { SEGMENT_HEADER, segmentFile } from './segment-format.js';
import { compactSegments } from './segment-merge.js';
import { IndexUnusableError, newSideFileId, sideFileOk, sweepSideFiles } from './side-files.js';

const byPath = (a: Row, b: Row) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The entry index of one journal, kept in `<root>/.mindlines/`: index.json (index-json.ts, through lowdb) and the
 * side files it names (postings segments and the heads file). Core works out what changed (search/index-diff.ts);
 * this stores it.
 *
 * - Reading takes no lock and does not load lowdb or proper-lockfile: files are replaced whole, never changed.
 * - Every update holds the index lock (index-lock.ts) and reads index.json afresh under it, since another process
 *   may have updated it meanwhile.
 * - Anything unexpected (missing, empty, truncated, not JSON, another format or release, a side file gone or cut
 *   short) means the index is rebuilt from the files, silently: it is a cache.
 */
export class LowdbEntryIndex implements EntryIndex {
  readonly dir: string;
  readonly file: string;
  private readonly mindlines: string;

  /** `mindlines` is the release running (package.json's version): an index written by another one is rebuilt. */
  constructor(root: string, options: { mindlines?: string } = {}) {
    this.dir = path.join(root, '.mindlines');
    this.file = path.join(this.dir, 'index.json');
    this.mindlines = options.mindlines ?? '';
  }

  async read(): Promise<StoredIndex | undefined> {
    const loaded = readIndexQuietly(this.file, this.mindlines);
    if (!loaded || !this.sideFilesOk(loaded)) return undefined;
    return { files: loaded.rows, snapshot: () => new StoredSnapshot(this.dir, loaded) };
  }

  async update(plan: (held: readonly EntryFileInfo[]) => Promise<IndexChanges>, options: { rebuild?: boolean } = {}): Promise<IndexSnapshot> {
    try {
      return await this.updateLocked(plan, options.rebuild ?? false);
    } catch (error) {
      // A side file that looked whole but was not (found while copying or merging it): start again from nothing.
      if (!(error instanceof IndexUnusableError) || options.rebuild) throw error;
      return this.updateLocked(plan, true);
    }
  }

  private async updateLocked(plan: (held: readonly EntryFileInfo[]) => Promise<IndexChanges>, rebuild: boolean): Promise<IndexSnapshot> {
    await fs.mkdir(this.dir, { recursive: true });
    const release = await lockIndex(this.file);
    try {
      const document = await openIndexDocument(this.file, this.mindlines);
      const usable = !rebuild && document.loaded && this.sideFilesOk(document.loaded) ? document.loaded : undefined;
      const held = usable ?? emptyIndex(this.mindlines);
      const changes = await plan(held.rows);
      if (usable && changes.put.length === 0 && changes.removed.length === 0) return new StoredSnapshot(this.dir, usable);
      const next = await this.store(held, changes);
      await document.write(next.data);
      const { segments, heads } = next.data;
      await sweepSideFiles(this.dir, new Set([...segments.map((s) => path.basename(segmentFile(this.dir, s.id))), path.basename(headsFile(this.dir, heads))]));
      return new StoredSnapshot(this.dir, next);
    } finally {
      await release().catch(() => undefined);
    }
  }

  /** Whether the side files index.json names are there, whole, and the ones it means. */
  private sideFilesOk({ data, rows }: Loaded): boolean {
    if (rows.some((row) => row.doc >= 0) && !sideFileOk(headsFile(this.dir, data.heads), headsHeader(data.heads), data.headsBytes)) return false;
    return data.segments.every((s) => sideFileOk(segmentFile(this.dir, s.id), `${SEGMENT_HEADER} ${s.id} `, s.bytes));
  }

  private readOldHeads(id: string): Buffer {
    try {
      return readFileSync(headsFile(this.dir, id));
    } catch (error) {
      throw new IndexUnusableError(`heads ${id}: ${String(error)}`);
    }
  }

  /**
   * Writes the index with the changes applied: a new heads file (kept rows' front matter copied over), the new and
   * changed entries under new doc numbers in a new segment, segments merged when they pile up. Returns index.json's
   * new contents, for the caller to write once the side files it names are in place.
   */
  private async store({ data, rows: heldRows }: Loaded, changes: IndexChanges): Promise<Loaded> {
    const replaced = new Set(changes.removed);
    for (const { file } of changes.put) replaced.add(file.path);
    const oldHeads = heldRows.some((row) => row.doc >= 0) ? this.readOldHeads(data.heads) : Buffer.alloc(0);
    const heads = new HeadsWriter(newSideFileId());
    const rows: Row[] = [];
    const stub = (file: EntryFileInfo) => ({ path: file.path, size: file.size, mtimeMs: file.mtimeMs, doc: -1, length: 0, headAt: 0, headLength: 0 });
    for (const row of heldRows) {
      if (replaced.has(row.path)) continue;
      if (row.doc < 0) {
        rows.push({ ...stub(row), problem: row.problem });
        continue;
      }
      const [headAt, headLength] = heads.add(oldHeads.subarray(row.headAt, row.headAt + row.headLength));
      rows.push({ ...stub(row), doc: row.doc, length: row.length, headAt, headLength, facets: row.facets });
    }
    let nextDoc = data.nextDoc;
    const added: { doc: number; terms: Map<string, number> }[] = [];
    for (const { file, doc } of changes.put) {
      if (!doc.ok) {
        rows.push({ ...stub(file), problem: { line: doc.problem.line, message: doc.problem.message } });
        continue;
      }
      const number = nextDoc++;
      const [headAt, headLength] = heads.add(Buffer.from(JSON.stringify(doc.frontMatter)));
      rows.push({ ...stub(file), doc: number, length: doc.length, headAt, headLength, facets: doc.facets });
      added.push({ doc: number, terms: doc.terms });
    }
    // In path order, which is the order the store lists files in: the check before every read is then one pass.
    rows.sort(byPath);
    let segments = data.segments;
    if (added.length > 0) {
      const id = newSideFileId();
      const text = segmentText(id, added);
      await createFileExclusive(segmentFile(this.dir, id), text);
      segments = [...segments, { id, docs: added.length, bytes: text.length }];
    }
    const headsBytes = heads.bytes();
    await createFileExclusive(headsFile(this.dir, heads.id), headsBytes);
    const live = new Set(rows.filter((row) => row.doc >= 0).map((row) => row.doc));
    segments = await compactSegments(this.dir, segments, live);
    return {
      data: { format: INDEX_FORMAT, version: INDEX_VERSION, mindlines: this.mindlines, nextDoc, rows: rows.map(packRow), segments, heads: heads.id, headsBytes: headsBytes.length },
      rows,
    };
  }
}
