import type { EntryProblem } from '../../core/entries/entry.js';
import type { EntryFacets, EntryFileInfo, HeldListing, IndexedEntry, IndexSnapshot, ListingStamp } from '../../core/ports.js';
import { HeadsReader } from './heads-file.js';
import { facetsView } from './row-codec.js';
import type { Loaded } from './index-json.js';
import type { RowsReader } from './rows-file.js';
import { forEachPosting } from './segment-format.js';
import { SegmentReader } from './segment-reader.js';

/** An entry row seen through the IndexedEntry port: decoded as far as asked, its front matter only if asked for. */
class RowEntry implements IndexedEntry {
  #frontMatter: Record<string, unknown> | undefined;
  #meta: EntryFacets | undefined;
  constructor(
    private readonly rows: RowsReader,
    private readonly at: number,
    private readonly heads: HeadsReader,
  ) {}
  get path(): string {
    return this.rows.row(this.at).path;
  }
  get size(): number {
    return this.rows.row(this.at).size;
  }
  get mtimeMs(): number {
    return this.rows.row(this.at).mtimeMs;
  }
  get length(): number {
    return this.rows.length(this.at);
  }
  get meta(): EntryFacets {
    this.#meta ??= facetsView(this.rows, this.at);
    return this.#meta;
  }
  get frontMatter(): Record<string, unknown> {
    const row = this.rows.row(this.at);
    this.#frontMatter ??= JSON.parse(this.heads.text(row.headAt, row.headLength)) as Record<string, unknown>;
    return this.#frontMatter;
  }
}

/** The stored index as the IndexSnapshot port: rows decoded, front matter and postings read, only when asked for. */
export class StoredSnapshot implements IndexSnapshot {
  readonly entries: IndexedEntry[] = [];
  readonly problems: EntryProblem[] = [];
  /** The rows file's id: a new one is written whenever any row changes. */
  readonly state: string;
  /** Position in `entries` of each document number. */
  readonly #positions: Int32Array;

  constructor(
    private readonly dir: string,
    private readonly loaded: Loaded,
  ) {
    const { rows, data } = loaded;
    this.state = data.rows.id;
    const heads = new HeadsReader(dir, data.heads, data.headsBytes);
    this.#positions = new Int32Array(data.nextDoc).fill(-1);
    for (let i = 0; i < rows.count; i++) {
      if (rows.isEntry(i)) {
        const doc = rows.doc(i);
        if (doc >= 0 && doc < data.nextDoc) this.#positions[doc] = this.entries.length;
        this.entries.push(new RowEntry(rows, i, heads));
      } else {
        const row = rows.row(i);
        this.problems.push({ path: row.path, ...(row.problem as { line: number; message: string }) });
      }
    }
  }

  files(): readonly EntryFileInfo[] {
    return this.loaded.rows.all();
  }

  postings(term: string): { entry: number; tf: number }[] {
    if (!/^[\p{L}\p{N}]+$/u.test(term)) return [];
    const positions = this.#positions;
    const out: { entry: number; tf: number }[] = [];
    for (const { id } of this.loaded.data.segments) {
      const line = SegmentReader.find(this.dir, id, term);
      if (!line) continue;
      forEachPosting(line, (doc, tf) => {
        const position = doc >= 0 && doc < positions.length ? (positions[doc] as number) : -1;
        // A doc number whose file changed or went away is no longer live.
        if (position >= 0) out.push({ entry: position, tf });
      });
    }
    return out;
  }
}

/** The files a stored index holds, as the store's check for changes reads them. */
export class StoredListing implements HeldListing {
  constructor(
    private readonly rows: RowsReader,
    readonly stamp: ListingStamp,
  ) {}
  file(path: string): EntryFileInfo | undefined {
    return this.rows.file(path);
  }
  namesIn(folder: string): string[] {
    return this.rows.namesIn(folder);
  }
  files(): readonly EntryFileInfo[] {
    return this.rows.all();
  }
}
