import { readFileSync } from 'node:fs';
import type { EntryFileInfo, IndexChanges } from '../../core/ports.js';
import { createFileExclusive } from '../atomic-file.js';
import { headsFile, HeadsWriter, headsHeader } from './heads-file.js';
import { INDEX_FORMAT, INDEX_VERSION, type IndexData, type Loaded } from './index-json.js';
import { PostingsBuilder } from './postings-builder.js';
import { RowsReader, encodeRows, rowBytes, rowsFile, type RowBytes } from './rows-file.js';
import { segmentFile } from './segment-format.js';
import { compactSegments, SEGMENT_DOCS, type SegmentRef } from './segment-merge.js';
import { IndexUnusableError, newSideFileId } from './side-files.js';

const byPath = (a: RowBytes, b: RowBytes) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function readOldHeads(dir: string, id: string): Buffer {
  try {
    return readFileSync(headsFile(dir, id));
  } catch (error) {
    throw new IndexUnusableError(`heads ${id}: ${String(error)}`);
  }
}

/**
 * The rows kept from the index as it was, and the heads file they point into. Their lines are copied byte for byte;
 * the old front matter is copied whole (so the rows' offsets only shift by the header) unless a quarter of it is
 * dead, when only the live front matter is copied.
 */
function keptRows(dir: string, { data, rows }: Loaded, replaced: ReadonlySet<string>, heads: HeadsWriter): RowBytes[] {
  const kept: RowBytes[] = [];
  let liveBytes = 0;
  for (let i = 0; i < rows.count; i++) {
    const row = rows.bytesOf(i);
    if (replaced.has(row.path)) continue;
    kept.push(row);
    if (row.doc >= 0) liveBytes += row.headLength + 1;
  }
  if (liveBytes === 0) return kept;
  const old = readOldHeads(dir, data.heads);
  const oldHeader = headsHeader(data.heads).length;
  const body = old.length - oldHeader;
  if (body - liveBytes <= body / 4) {
    const shift = heads.addRaw(old.subarray(oldHeader)) - oldHeader;
    return kept.map((row) => (row.doc >= 0 ? { ...row, headAt: row.headAt + shift } : row));
  }
  return kept.map((row) => {
    if (row.doc < 0) return row;
    const [headAt] = heads.add(old.subarray(row.headAt, row.headAt + row.headLength));
    return { ...row, headAt };
  });
}

/**
 * Applies changes to the index held in `dir`: keeps the rows of unchanged files, reads the new and changed files one
 * at a time (their words go into a postings segment of at most SEGMENT_DOCS documents, written as it fills), writes
 * the rows file and a new heads file, and merges segments when they pile up. Returns index.json's new contents, for
 * the caller to write once the side files it names are in place. Loaded only when something changed, so a read
 * that finds the index current never loads it.
 */
export async function writeChanges(dir: string, held: Loaded, changes: IndexChanges, mindlines: string): Promise<Loaded> {
  const replaced = new Set(changes.removed);
  for (const file of changes.put) replaced.add(file.path);
  // About 620 bytes of front matter an entry (generated journals): room for the files to be read, sized once.
  const heads = new HeadsWriter(newSideFileId(), 700 * changes.put.length + 64 * 1024);
  const rows = keptRows(dir, held, replaced, heads);
  let nextDoc = held.data.nextDoc;
  let segments: SegmentRef[] = [...held.data.segments];
  // About 300 distinct words an entry: room for one segment, sized once and reused for the next (reset).
  const builder = new PostingsBuilder(300 * Math.max(1, Math.min(SEGMENT_DOCS, changes.put.length)));
  let done = 0;
  let first = nextDoc;
  let docs = 0;
  const flush = async () => {
    if (docs === 0) return;
    const id = newSideFileId();
    const text = builder.encode(id);
    await createFileExclusive(segmentFile(dir, id), text);
    segments.push({ id, docs, bytes: text.length, ranges: [[first, nextDoc]] });
    builder.reset();
    first = nextDoc;
    docs = 0;
  };
  const stub = (file: EntryFileInfo) => ({ path: file.path, size: file.size, mtimeMs: file.mtimeMs, doc: -1, length: 0, headAt: 0, headLength: 0 });
  for (const file of changes.put) {
    const doc = await changes.read(file);
    const hash = doc.hash ?? file.hash;
    if (file.refused !== undefined) rows.push(rowBytes({ ...stub(file), refused: file.refused, problem: { line: 1, message: file.refused } }));
    else if (!doc.ok) rows.push(rowBytes({ ...stub(file), hash, problem: { line: doc.problem.line, message: doc.problem.message } }));
    else {
      const number = nextDoc++;
      const [headAt, headLength] = heads.add(JSON.stringify(doc.frontMatter));
      rows.push(rowBytes({ ...stub(file), hash, doc: number, length: doc.length, headAt, headLength, facets: doc.facets }));
      for (const [term, tf] of doc.terms) builder.add(term, number, tf);
      docs++;
      if (docs >= SEGMENT_DOCS) await flush();
    }
    changes.onStored?.(++done, changes.put.length);
  }
  await flush();
  // In path order, which is the order the store lists files in: the check before every read is then one pass.
  rows.sort(byPath);
  const headsBytes = heads.bytes();
  await createFileExclusive(headsFile(dir, heads.id), headsBytes);
  const live = new Set(rows.filter((row) => row.doc >= 0).map((row) => row.doc));
  segments = await compactSegments(dir, segments, live);
  const rowsId = newSideFileId();
  const encoded = encodeRows(rowsId, rows);
  await createFileExclusive(rowsFile(dir, rowsId), encoded);
  const data: IndexData = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    mindlines,
    nextDoc,
    rows: { id: rowsId, count: rows.length, bytes: encoded.length },
    segments,
    heads: heads.id,
    headsBytes: headsBytes.length,
    listing: changes.stamp,
  };
  return { data, rows: RowsReader.from(encoded, rowsId, rows.length, encoded.length) };
}
