import { readFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { PackedRow, type Row } from './row-codec.js';
import type { SegmentRef } from './segment-merge.js';

/**
 * `.mindlines/index.json`: the index's one mutable file, a lowdb JSON document holding what the index knows of each
 * entry file (one packed row each, row-codec.ts) and naming the side files that go with it (side-files.ts). Anything
 * unexpected in it (empty, truncated, not JSON, another format or mindlines version) means: rebuild.
 */

export const INDEX_FORMAT = 'mindlines-index';
/**
 * The format number. Raise it whenever the rows, the side files or what is indexed (the facets, the words of
 * search-text.ts) change, so an index written by a development build of the same release is rebuilt too.
 */
export const INDEX_VERSION = 4;

/** The JSON in index.json. */
export interface IndexData {
  format: string;
  version: number;
  /** The mindlines release that wrote it (package.json): an index written by another release is rebuilt. */
  mindlines: string;
  nextDoc: number;
  rows: string[];
  segments: SegmentRef[];
  /** The id of the heads file. */
  heads: string;
  headsBytes: number;
}

/** index.json once read: rows decoded. */
export interface Loaded {
  data: IndexData;
  rows: Row[];
}

export function emptyIndex(mindlines: string): Loaded {
  return { data: { format: INDEX_FORMAT, version: INDEX_VERSION, mindlines, nextDoc: 0, rows: [], segments: [], heads: '', headsBytes: 0 }, rows: [] };
}

/** The index if parsed JSON is one this release wrote, checked deeply enough that using it cannot throw. */
export function loadIndex(value: unknown, mindlines: string): Loaded | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const data = value as Partial<IndexData>;
  if (data.format !== INDEX_FORMAT || data.version !== INDEX_VERSION || data.mindlines !== mindlines || typeof data.nextDoc !== 'number') return undefined;
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

/**
 * index.json as on disk, or undefined when it is missing or unusable. Takes no lock and does not load lowdb: the
 * writer replaces the file by rename, so a reader sees a whole old or a whole new file.
 */
export function readIndexQuietly(file: string, mindlines: string): Loaded | undefined {
  try {
    return loadIndex(JSON.parse(readFileSync(file, 'utf8')), mindlines);
  } catch {
    return undefined;
  }
}

/**
 * index.json through lowdb, for a read-modify-write (under the index lock: lowdb's writer is not safe across
 * processes; STACK.md). `loaded` is undefined when what is there cannot be used.
 */
export async function openIndexDocument(file: string, mindlines: string): Promise<{ loaded: Loaded | undefined; write(data: IndexData): Promise<void> }> {
  const [{ Low }, { JSONFile }] = await Promise.all([import('lowdb'), import('lowdb/node')]);
  const db = new Low<IndexData>(new JSONFile<IndexData>(file), emptyIndex(mindlines).data);
  let loaded: Loaded | undefined;
  try {
    await db.read();
    loaded = loadIndex(db.data, mindlines);
  } catch {
    // 0-byte, truncated or not JSON: rebuild.
  }
  return {
    loaded,
    async write(data) {
      db.data = data;
      await db.write();
      // lowdb writes with the default mode (0644): titles and dates of private entries stay the owner's (issue 14).
      await chmod(file, 0o600);
    },
  };
}
