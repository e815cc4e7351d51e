import { stripVTControlCharacters } from 'node:util';

/**
 * Text that fits the terminal (issue 17: every table fits `process.stdout.columns`): display widths, truncation
 * with an ellipsis, word wrapping, and borderless tables whose flexible columns give way so no row wraps.
 */

// Wide (two-cell) characters: East Asian wide and fullwidth forms, and emoji.
const WIDE: [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
// Combining marks, zero-width spaces and joiners, variation selectors.
const ZERO_WIDTH: [number, number][] = [[0x0300, 0x036f], [0x200b, 0x200f], [0xfe00, 0xfe0f]];

function cellWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (ZERO_WIDTH.some(([from, to]) => code >= from && code <= to)) return 0;
  return WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
}

/** How many terminal cells text takes, colours ignored. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripVTControlCharacters(text)) width += cellWidth(ch);
  return width;
}

/** Cuts plain text to at most `width` cells, marking a cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = cellWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/**
 * Wraps plain text at spaces to lines of at most `width` cells; lines after the first start with `indent`. The
 * spacing between words that stay on a line is kept (columns stay aligned); a word longer than a line is cut.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  const room = () => Math.max(1, width - (lines.length === 0 ? 0 : displayWidth(indent)));
  const push = () => {
    lines.push(lines.length === 0 ? line : `${indent}${line}`);
    line = '';
  };
  // Words with the spaces before them: ['', 'a'], ['  ', 'b'] …
  const parts = text.match(/ *[^ ]+| +$/g) ?? [];
  for (const part of parts) {
    const space = /^ */.exec(part)?.[0] ?? '';
    let word = part.slice(space.length);
    if (!word) continue;
    if (line && displayWidth(line + space + word) <= room()) {
      line += space + word;
      continue;
    }
    if (line) push();
    else if (lines.length === 0) word = space + word; // a leading indent stays
    while (displayWidth(word) > room()) {
      let piece = '';
      for (const ch of word) {
        if (displayWidth(piece + ch) > room()) break;
        piece += ch;
      }
      line = piece;
      word = word.slice(piece.length);
      push();
    }
    line = word;
  }
  if (line || lines.length === 0) push();
  return lines;
}

/** A cell: its plain text, and how to colour it once it is cut to size. */
export type Cell = string | { text: string; style?: (text: string) => string };

export interface Column {
  header: string;
  /** The narrowest it may become before it is dropped (default: its header). */
  min?: number;
  /** The widest it is ever shown (cells are cut to it). */
  max?: number;
  /** How readily it keeps its width when space is short: higher keeps more (default 1; 0: fixed). */
  weight?: number;
  align?: 'left' | 'right';
  /** May be left out when even the narrowest widths do not fit; the first to go has the lowest `dropOrder`. */
  dropOrder?: number;
}

const textOf = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);

/** The width each column gets so the row fits `width`, or undefined for a column left out. */
export function columnWidths(columns: readonly Column[], rows: readonly (readonly Cell[])[], width: number, gap = 2): (number | undefined)[] {
  const natural = columns.map((c, i) => Math.min(c.max ?? Infinity, Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(textOf(r[i] ?? ''))))));
  // An optional column with nothing in it (no entry has an activity) gives its room to the others.
  const widths: (number | undefined)[] = natural.map((w, i) =>
    columns[i]?.dropOrder !== undefined && rows.length > 0 && rows.every((r) => textOf(r[i] ?? '') === '') ? undefined : w,
  );
  const min = (i: number) => Math.min(natural[i] ?? 0, columns[i]?.min ?? displayWidth(columns[i]?.header ?? ''));
  const total = () => widths.reduce<number>((sum, w) => sum + (w ?? 0), 0) + gap * Math.max(0, widths.filter((w) => w !== undefined).length - 1);
  const shrinkOnce = (floor: (i: number) => number): boolean => {
    let best = -1;
    let bestScore = 0;
    widths.forEach((w, i) => {
      const weight = columns[i]?.weight ?? 1;
      if (w === undefined || weight === 0 || w <= floor(i)) return;
      const score = w / weight;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    if (best < 0) return false;
    widths[best] = (widths[best] as number) - 1;
    return true;
  };
  while (total() > width && shrinkOnce(min));
  // Still too wide at the narrowest: leave out the optional columns, least needed first.
  const optional = columns.map((c, i) => ({ i, order: c.dropOrder })).filter((c) => c.order !== undefined).sort((a, b) => (a.order as number) - (b.order as number));
  for (const { i } of optional) {
    if (total() <= width) break;
    widths[i] = undefined;
  }
  // A very narrow terminal: the flexible columns go below their minimum, down to one cell.
  while (total() > width && shrinkOnce(() => 1));
  return widths;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const space = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? space + text : text + space;
}

/**
 * A borderless table that fits `width` cells: headers in `head` style, two spaces between columns, every cell cut
 * to its column with an ellipsis, trailing spaces trimmed.
 */
export function fitTable(columns: readonly Column[], rows: readonly (readonly Cell[])[], width: number, head: (text: string) => string = (t) => t, gap = 2): string {
  const widths = columnWidths(columns, rows, width, gap);
  const line = (cells: readonly Cell[], header: boolean) =>
    columns
      .map((column, i) => {
        const w = widths[i];
        if (w === undefined) return undefined;
        const cell = cells[i] ?? '';
        const text = truncate(textOf(cell), w);
        const styled = header ? head(text) : typeof cell === 'string' || !cell.style ? text : cell.style(text);
        return pad(styled, w, column.align ?? 'left');
      })
      .filter((cell): cell is string => cell !== undefined)
      .join(' '.repeat(gap))
      .replace(/\s+$/, '');
  return [line(columns.map((c) => c.header), true), ...rows.map((row) => line(row, false))].join('\n');
}

const ESC = String.fromCharCode(27);
const LEADING = new RegExp(`^((?:${ESC}\\[[0-9;]*m)*)( *)`);

/**
 * Lines of output wrapped at spaces to `columns` (issue 17: `stats` lines broke mid-word), each continuation
 * indented two spaces beyond the line's own indent. Lines that fit are left exactly as they are.
 */
export function fitLines(text: string, columns: number | undefined): string {
  if (!columns) return text;
  return text
    .split('\n')
    .flatMap((line) => {
      if (displayWidth(line) <= columns) return [line];
      // A colour code may come before the indent (a dimmed line): it stays in front, the indent is kept.
      const [, codes = '', indent = ''] = LEADING.exec(line) ?? [];
      const pieces = wrap(line.slice(codes.length + indent.length), columns - indent.length, '  ');
      return pieces.map((piece, i) => `${i === 0 ? codes : ''}${indent}${piece}`);
    })
    .join('\n');
}
