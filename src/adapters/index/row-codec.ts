import type { EntryFacets, EntryFileInfo } from '../../core/ports.js';

/**
 * One file as the index remembers it. On disk each row is one tab-separated line (rows-file.ts):
 *
 * - `E path size mtime hash id title date created hours activity template author visibility status tagCount tag…
 *   linkCount link…` for an entry (its document number, weighted length and front-matter range are in the rows
 *   file's columns),
 * - `P path size mtime hash line message` for a file that did not parse,
 * - `R path size mtime message` for a file that is never read (a link, too large, a conflict copy).
 */
export interface Row extends EntryFileInfo {
  /** -1 for a problem row. */
  readonly doc: number;
  readonly length: number;
  readonly headAt: number;
  readonly headLength: number;
  readonly facets?: EntryFacets | undefined;
  readonly problem?: { line: number; message: string } | undefined;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r' };
const escapeField = (text: string) => (/[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] as string) : text);
export const unescapeField = (text: string) => (text.includes('\\') ? text.replace(/\\(.)/g, (_m, c: string) => UNESCAPES[c] ?? c) : text);

/** A row as its text line. */
export function packRow(row: Row): string {
  const head = [escapeField(row.path), row.size, row.mtimeMs];
  if (row.refused !== undefined) return ['R', ...head, escapeField(row.refused)].join('\t');
  if (row.problem) return ['P', ...head, row.hash ?? '', row.problem.line, escapeField(row.problem.message)].join('\t');
  const f = row.facets as EntryFacets;
  const text = (value: string | undefined) => escapeField(value ?? '');
  return [
    'E',
    ...head,
    row.hash ?? '',
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
    f.tags.length,
    ...f.tags.map(escapeField),
    f.builds_on?.length ?? 0,
    ...(f.builds_on ?? []).map(escapeField),
  ].join('\t');
}

// Field positions in an E line (0 is the kind).
const E = { hash: 4, id: 5, title: 6, date: 7, created: 8, hours: 9, activity: 10, template: 11, author: 12, visibility: 13, status: 14, tags: 15 } as const;

/**
 * A row read from the rows file. The line is decoded as far as something asks: the path by finding the first tab,
 * everything else by one split on first use.
 */
export class LineRow implements Row {
  #fields: string[] | undefined;
  #facets: EntryFacets | undefined;
  #view: EntryFacets | undefined;
  #path: string | undefined;

  constructor(
    private readonly line: string,
    readonly doc: number,
    readonly length: number,
    readonly headAt: number,
    readonly headLength: number,
  ) {}

  get kind(): string {
    return this.line[0] as string;
  }

  private fields(): string[] {
    this.#fields ??= this.line.split('\t');
    return this.#fields;
  }

  private int(i: number): number {
    const value = Number(this.fields()[i]);
    return Number.isFinite(value) ? value : 0;
  }

  get path(): string {
    this.#path ??= unescapeField(this.line.slice(2, this.line.indexOf('\t', 2)));
    return this.#path;
  }
  get size(): number {
    return this.int(2);
  }
  get mtimeMs(): number {
    return this.int(3);
  }
  get hash(): string | undefined {
    if (this.kind === 'R') return undefined;
    return this.fields()[E.hash] || undefined;
  }
  get refused(): string | undefined {
    return this.kind === 'R' ? unescapeField(this.fields()[4] ?? '') : undefined;
  }
  get problem(): { line: number; message: string } | undefined {
    if (this.kind === 'R') return { line: 1, message: this.refused as string };
    if (this.kind !== 'P') return undefined;
    return { line: this.int(5) || 1, message: unescapeField(this.fields()[6] ?? '') };
  }
  /** The facets as a view whose `date` is read straight from the line: `--since` rejects most rows on it alone. */
  get facets(): EntryFacets | undefined {
    if (this.kind !== 'E') return undefined;
    this.#view ??= this.allFacets;
    return this.#view;
  }

  /** Every facet, decoded once. */
  get allFacets(): EntryFacets {
    if (!this.#facets) {
      const f = this.fields();
      const optional = (i: number) => (f[i] === undefined || f[i] === '' ? undefined : unescapeField(f[i] as string));
      const tagCount = Number(f[E.tags]) || 0;
      const linkAt = E.tags + 1 + tagCount;
      const facets: EntryFacets = {
        id: unescapeField(f[E.id] ?? ''),
        title: unescapeField(f[E.title] ?? ''),
        date: f[E.date] ?? '',
        tags: f.slice(E.tags + 1, linkAt).map(unescapeField),
        builds_on: f.slice(linkAt + 1, linkAt + 1 + (Number(f[linkAt]) || 0)).map(unescapeField),
      };
      const hours = f[E.hours] === undefined || f[E.hours] === '' ? undefined : Number(f[E.hours]);
      const extra: Partial<Record<keyof EntryFacets, unknown>> = {
        created: optional(E.created),
        hours: hours !== undefined && Number.isFinite(hours) ? hours : undefined,
        activity: optional(E.activity),
        template: optional(E.template),
        author: optional(E.author),
        visibility: optional(E.visibility),
        status: optional(E.status),
      };
      for (const [key, value] of Object.entries(extra)) if (value !== undefined) (facets as unknown as Record<string, unknown>)[key] = value;
      this.#facets = facets;
    }
    return this.#facets;
  }
}

/** The rows a facets view reads: each row's date, id and number of links (from columns) and its line. */
interface FacetRows {
  date(i: number): string;
  id(i: number): string;
  links(i: number): number;
  row(i: number): LineRow;
}

/**
 * The facets of row `at` of a rows file: the date, id and whether it has links from columns, everything else
 * decoded from its line on first use, so `--since` and `--until`, finding an id and back-links decode few rows.
 */
export function facetsView(rows: FacetRows, at: number): EntryFacets {
  return new RowFacets(rows, at);
}

/** EntryFacets over a row: the date without decoding anything else, the rest decoded on first use. */
class RowFacets implements EntryFacets {
  constructor(
    private readonly rows: FacetRows,
    private readonly at: number,
  ) {}
  get date() {
    return this.rows.date(this.at);
  }
  private get all() {
    return this.rows.row(this.at).allFacets;
  }
  get id() {
    return this.rows.id(this.at);
  }
  get title() {
    return this.all.title;
  }
  get tags() {
    return this.all.tags;
  }
  get builds_on() {
    return this.rows.links(this.at) === 0 ? [] : this.all.builds_on;
  }
  get created() {
    return this.all.created;
  }
  get hours() {
    return this.all.hours;
  }
  get activity() {
    return this.all.activity;
  }
  get template() {
    return this.all.template;
  }
  get author() {
    return this.all.author;
  }
  get visibility() {
    return this.all.visibility;
  }
  get status() {
    return this.all.status;
  }
}
