import type { EntryFacets } from '../../core/ports.js';

/**
 * One file as the index remembers it. On disk each row is one tab-separated line (far quicker to parse than nested
 * JSON): `E path size mtime doc length headAt headLength id title date created hours activity template author
 * visibility status tag…` for an entry, `P path size mtime line message` for a file that did not parse.
 */
export interface Row {
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

const escapeField = (text: string) => (/[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string) : text);
const unescapeField = (text: string) => (text.includes('\\') ? text.replace(/\\(.)/g, (_m, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c) : text);

export function packRow(row: Row): string {
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
export class PackedRow implements Row {
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
