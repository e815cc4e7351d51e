import type { LogColumn, LogField } from '../codecs/profile.js';

/**
 * How the log's columns share a page, for the HTML and the DOCX alike: dates and numbers as narrow as their
 * content and their heading's longest word (a heading is never broken inside a word), the rest sharing what is left
 * by how much they usually hold (a reflection more than a title, a title more than a type).
 */
export type ColumnKind = 'date' | 'number' | 'short' | 'title' | 'prose';

export interface ColumnPlan {
  field: LogField;
  kind: ColumnKind;
  /** The longest word of its heading, in characters: the column is never narrower (headings never break in a word). */
  headingChars: number;
  /** The longest word of its values (a date: 10), up to a limit: a short column is widened for it when there is room. */
  contentChars: number;
  /** Its share of the width left once the narrow columns have theirs (0 for narrow columns). */
  weight: number;
}

const KINDS: Record<LogField, ColumnKind> = {
  date: 'date',
  hours: 'number',
  participatory: 'number',
  credits: 'number',
  title: 'title',
  activity: 'short',
  category: 'short',
  standards: 'short',
  learned_with: 'short',
  resources: 'short',
  tags: 'short',
  author: 'short',
  evidence: 'short',
  experience: 'prose',
  learning: 'prose',
  change: 'prose',
};

const WEIGHTS: Record<ColumnKind, number> = { date: 0, number: 0, short: 2, title: 3, prose: 5 };

/** The longest word of a heading, in characters ("Participatory hours" → 13). */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => [...word].length));
}

/** A word in a cell longer than this (a URL, a file path) may break: a column is not widened for it. */
const LONGEST_KEPT_WORD = 12;

/**
 * The plan of each column. `cells` (the text of each row, column by column) widens a short column to its longest
 * word, so "improvement" is not broken in a narrow type column; very long words are left to break.
 */
export function planLogColumns(columns: readonly LogColumn[], cells: readonly (readonly string[])[] = []): ColumnPlan[] {
  return columns.map((column, i) => {
    const kind = KINDS[column.field];
    // A date is 10 characters (2026-11-27); a number rarely more than 5 (12.75).
    const content = kind === 'date' ? 10 : kind === 'number' ? 5 : Math.max(0, ...cells.map((row) => Math.min(LONGEST_KEPT_WORD, longestWord(row[i] ?? ''))));
    return { field: column.field, kind, headingChars: longestWord(column.name), contentChars: content, weight: WEIGHTS[kind] };
  });
}

/** Whether a column is sized to its content rather than given a share of the page. */
export const isNarrow = (plan: ColumnPlan) => plan.weight === 0;

/**
 * Widths in twentieths of a point (Word's unit) for a table `total` wide. Dates and numbers get their longest word;
 * the other columns divide the rest by their weights, except that none gets less than its longest word (such a column
 * is given that, and the others divide what remains); when even the words do not fit, all shrink alike. A character
 * of a bold heading is taken as 0.75 of the font size and of plain text as 0.62: Calibri needs less, but where it
 * is missing (LibreOffice on Linux) a wider font such as DejaVu Sans stands in, and a heading must not break inside
 * a word there either.
 */
export function columnTwips(plans: readonly ColumnPlan[], total: number, fontHalfPoints: number): number[] {
  const point = (fontHalfPoints / 2) * 20;
  const margins = 2 * 80 + 40;
  const mins = plans.map((p) => Math.ceil(Math.max(p.headingChars * point * 0.75, p.contentChars * point * 0.62)) + margins);
  const needed = mins.reduce((a, b) => a + b, 0);
  if (needed >= total) return mins.map((m) => Math.floor((m * total) / needed));
  const widths = plans.map((p, i) => (isNarrow(p) ? (mins[i] as number) : 0));
  let open = plans.map((p, i) => i).filter((i) => !isNarrow(plans[i] as ColumnPlan));
  // Water-filling: a column whose share is below its longest word keeps the word, and the rest share again.
  for (;;) {
    const left = total - widths.reduce((a, b) => a + b, 0);
    const weights = open.reduce((sum, i) => sum + (plans[i] as ColumnPlan).weight, 0);
    const short = open.filter((i) => (left * (plans[i] as ColumnPlan).weight) / weights < (mins[i] as number));
    if (short.length === 0) {
      for (const i of open) widths[i] = Math.floor((left * (plans[i] as ColumnPlan).weight) / weights);
      break;
    }
    for (const i of short) widths[i] = mins[i] as number;
    open = open.filter((i) => !short.includes(i));
    if (open.length === 0) break;
  }
  // What rounding left over goes to the last column, so the table is exactly as wide as the page.
  widths[widths.length - 1] = (widths.at(-1) as number) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
