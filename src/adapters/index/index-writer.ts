import { readFileSync } from 'node:fs';
import type { EntryFileInfo, IndexChanges } from '../../core/ports.js';
import { createFileExclusive } from '../atomic-file.js';
import { headsFile, HeadsWriter } from './heads-file.js';
import { INDEX_FORMAT, INDEX_VERSION, type Loaded } from './index-json.js';
import { segmentText } from './postings-builder.js';
import { packRow, type Row } from './row-codec.js';
import { segmentFile } from './segment-format.js';
import { compactSegments } from './segment-merge.js';
import { IndexUnusableError, newSideFileId } from './side-files.js';

const byPath = (a: Row, b: Row) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function readOldHeads(dir: string, id: string): Buffer {
  try {
    return readFileSync(headsFile(dir, id));
  } catch (error) {
    throw new IndexUnusableError(`heads ${id}: ${String(error)}`);
  }
}

/**
 * Applies changes to the index held in `dir`: writes a new heads file (kept rows' front matter copied over), puts
 * the new and changed entries under new doc numbers in a new segment, and merges segments when they pile up.
 * Returns index.json's new contents, for the caller to write once the side files it names are in place. Loaded
 * only when something changed, so a read that finds the index current never loads it.
 */
export async function writeChanges(dir: string, { data, rows: heldRows }: Loaded, changes: IndexChanges, mindlines: string): Promise<Loaded> {
  const replaced = new Set(changes.removed);
  for (const { file } of changes.put) replaced.add(file.path);
  const oldHeads = heldRows.some((row) => row.doc >= 0) ? readOldHeads(dir, data.heads) : Buffer.alloc(0);
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
    await createFileExclusive(segmentFile(dir, id), text);
    segments = [...segments, { id, docs: added.length, bytes: text.length }];
  }
  const headsBytes = heads.bytes();
  await createFileExclusive(headsFile(dir, heads.id), headsBytes);
  const live = new Set(rows.filter((row) => row.doc >= 0).map((row) => row.doc));
  segments = await compactSegments(dir, segments, live);
  return {
    data: { format: INDEX_FORMAT, version: INDEX_VERSION, mindlines, nextDoc, rows: rows.map(packRow), segments, heads: heads.id, headsBytes: headsBytes.length },
    rows,
  };
}
