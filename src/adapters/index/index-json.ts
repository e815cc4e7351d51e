import { readFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import path from 'node:path';
import type { ListingStamp } from '../../core/ports.js';
import { encodeRows, RowsReader } from './rows-file.js';
import type { SegmentRef } from './segment-merge.js';

/**
 * `.mindlines/index.json`: the index's one mutable file, a small lowdb JSON document naming the side files that
 * hold the index (side-files.ts: the rows, the front matter, the postings) and where the listing it was built from
 * stood (the folders' times, for the next check). Anything unexpected in it (empty, truncated, not JSON, another
 * format or mindlines version) means: rebuild.
 */

export const INDEX_FORMAT = 'mindlines-index';
/**
 * The format number. Raise it whenever the rows, the side files or what is indexed (the facets, the words of
 * search-text.ts) change, so an index written by a development build of the same release is rebuilt too.
 */
export const INDEX_VERSION = 7;

/** The JSON in index.json. */
export interface IndexData {
  format: string;
  version: number;
  /** The mindlines release that wrote it (package.json): an index written by another release is rebuilt. */
  mindlines: string;
  nextDoc: number;
  /** The rows file (rows-file.ts): its id, how many rows, its length in bytes. */
  rows: { id: string; count: number; bytes: number };
  segments: SegmentRef[];
  /** The id of the heads file. */
  heads: string;
  headsBytes: number;
  /** The listing the rows reflect. */
  listing: ListingStamp;
}

/** index.json once read, with its rows file open. */
export interface Loaded {
  data: IndexData;
  rows: RowsReader;
}

export function emptyIndex(mindlines: string): Loaded {
  const rows = { id: '', count: 0, bytes: 0 };
  const empty = encodeRows('', []);
  rows.bytes = empty.length;
  return {
    data: { format: INDEX_FORMAT, version: INDEX_VERSION, mindlines, nextDoc: 0, rows, segments: [], heads: '', headsBytes: 0, listing: { at: 0, folders: [] } },
    rows: RowsReader.from(empty, '', 0, empty.length),
  };
}

const isHex = (value: unknown) => typeof value === 'string' && /^[0-9a-f]*$/.test(value);
const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Whether a listing stamp is one this version writes, checked deeply enough that using it cannot throw. */
function isListing(value: unknown): value is ListingStamp {
  const listing = value as Partial<ListingStamp> | null;
  if (typeof listing !== 'object' || listing === null || typeof listing.at !== 'number' || !Array.isArray(listing.folders)) return false;
  return listing.folders.every((f) => typeof f?.path === 'string' && typeof f.mtimeMs === 'number' && typeof f.ctimeMs === 'number');
}

/** index.json's data if parsed JSON is one this release wrote, checked deeply enough that using it cannot throw. */
export function indexData(value: unknown, mindlines: string): IndexData | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const data = value as Partial<IndexData>;
  if (data.format !== INDEX_FORMAT || data.version !== INDEX_VERSION || data.mindlines !== mindlines || !isCount(data.nextDoc)) return undefined;
  if (!Array.isArray(data.segments) || !isHex(data.heads) || !isCount(data.headsBytes) || !isListing(data.listing)) return undefined;
  if (!data.rows || !isHex(data.rows.id) || !isCount(data.rows.count) || !isCount(data.rows.bytes)) return undefined;
  for (const segment of data.segments) {
    if (!isHex(segment?.id) || !segment.id || !isCount(segment.docs) || !isCount(segment.bytes) || !Array.isArray(segment.ranges)) return undefined;
    if (!segment.ranges.every((r) => Array.isArray(r) && isCount(r[0]) && isCount(r[1]))) return undefined;
  }
  return data as IndexData;
}

/** The index with its rows file, or undefined when either cannot be used. */
export function loadIndex(dir: string, value: unknown, mindlines: string): Loaded | undefined {
  const data = indexData(value, mindlines);
  if (!data) return undefined;
  try {
    return { data, rows: RowsReader.open(dir, data.rows.id, data.rows.count, data.rows.bytes) };
  } catch {
    return undefined;
  }
}

/**
 * index.json as on disk, or undefined when it is missing or unusable. Takes no lock and does not load lowdb: the
 * writer replaces the file by rename, so a reader sees a whole old or a whole new file.
 */
export function readIndexQuietly(file: string, mindlines: string): Loaded | undefined {
  try {
    return loadIndex(path.dirname(file), JSON.parse(readFileSync(file, 'utf8')), mindlines);
  } catch {
    return undefined;
  }
}

/**
 * The listing time and top folders index.json records, read as early as the journal is known so the search for
 * files changed since can start at once (changed-files.ts). Undefined when there is no usable index.
 */
export function recordedListing(root: string): { at: number; folders: string[] } | undefined {
  try {
    const value = JSON.parse(readFileSync(path.join(root, '.mindlines', 'index.json'), 'utf8')) as { listing?: unknown; version?: unknown };
    if (value.version !== INDEX_VERSION || !isListing(value.listing)) return undefined;
    return { at: value.listing.at, folders: value.listing.folders.filter((f) => !f.path.includes('/')).map((f) => f.path) };
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
    loaded = loadIndex(path.dirname(file), db.data, mindlines);
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
