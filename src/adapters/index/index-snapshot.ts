import type { EntryProblem } from '../../core/entries/entry.js';
import type { EntryFacets, IndexedEntry, IndexSnapshot } from '../../core/ports.js';
import { readHeads } from './heads-file.js';
import type { Loaded } from './index-json.js';
import type { Row } from './row-codec.js';
import { forEachPosting } from './segment-format.js';
import { SegmentReader } from './segment-reader.js';

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

/** The stored index as the IndexSnapshot port: the heads file and the segments are read only when asked for. */
export class StoredSnapshot implements IndexSnapshot {
  readonly entries: IndexedEntry[];
  readonly problems: EntryProblem[] = [];
  #positions: Map<number, number> | undefined;
  #heads: Buffer | undefined;
  private readonly rows: Row[];

  constructor(
    private readonly dir: string,
    private readonly loaded: Loaded,
  ) {
    this.rows = loaded.rows.filter((row) => row.doc >= 0);
    const heads = () => (this.#heads ??= readHeads(this.dir, this.loaded.data.heads));
    this.entries = this.rows.map((row) => new RowEntry(row, heads));
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
    for (const { id } of this.loaded.data.segments) {
      const line = SegmentReader.find(this.dir, id, term);
      if (!line) continue;
      forEachPosting(line, (doc, tf) => {
        const position = positions.get(doc);
        // A doc number whose file changed or went away is no longer live.
        if (position !== undefined) out.push({ entry: position, tf });
      });
    }
    return out;
  }
}
