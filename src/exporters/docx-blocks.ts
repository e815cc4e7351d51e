import type {
  HeadingLevel} from 'docx';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** The building blocks of the Word documents: paragraphs from Markdown, table cells, tables, headings. */

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'D0D7DE' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** Paragraphs inside a table cell sit closer together than in the running text. */
const CELL_SPACING = { before: 0, after: 60 };

export interface ParagraphOptions {
  /** Inside a table cell: tighter spacing. */
  compact?: boolean;
}

function runs(text: string): TextRun[] {
  const out: TextRun[] = [];
  for (const part of text.split(/(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|_[^_\s][^_]*_)/)) {
    if (!part) continue;
    if (/^\*\*[^*]+\*\*$/.test(part)) out.push(new TextRun({ text: part.slice(2, -2), bold: true }));
    else if (/^(\*[^*]+\*|_[^_]+_)$/.test(part)) out.push(new TextRun({ text: part.slice(1, -1), italics: true }));
    else out.push(new TextRun(part));
  }
  return out;
}

/**
 * Entry Markdown as Word paragraphs: blank lines separate paragraphs, `-`, `*` and `1.` lines become bullets, and
 * `**bold**` and `*italic*` become bold and italic runs. Everything else is kept as the text it is.
 */
export function markdownParagraphs(markdown: string, options: ParagraphOptions = {}): Paragraph[] {
  const spacing = options.compact ? { spacing: CELL_SPACING } : {};
  const paragraphs: Paragraph[] = [];
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length > 0) paragraphs.push(new Paragraph({ children: runs(buffer.join(' ')), ...spacing }));
    buffer = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const bullet = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (line.trim() === '') flush();
    else if (bullet) {
      flush();
      paragraphs.push(new Paragraph({ children: runs(bullet[1] as string), bullet: { level: 0 }, ...spacing }));
    } else if (heading) {
      flush();
      paragraphs.push(new Paragraph({ children: [new TextRun({ text: heading[1] as string, bold: true })], ...spacing }));
    } else buffer.push(line.trim());
  }
  flush();
  return paragraphs;
}

export function cell(content: string | Paragraph[], options: { header?: boolean; right?: boolean; width?: number } = {}): TableCell {
  const children =
    typeof content === 'string'
      ? [
          new Paragraph({
            alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
            spacing: CELL_SPACING,
            children: [new TextRun({ text: content, bold: options.header ?? false })],
          }),
        ]
      : content.length > 0
        ? content
        : [new Paragraph({ spacing: CELL_SPACING })];
  return new TableCell({
    children,
    borders: BORDERS,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    ...(options.width ? { width: { size: options.width, type: WidthType.DXA } } : {}),
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F6F8FA' } } : {}),
  });
}

export interface TableOptions {
  /** Which columns hold numbers (right-aligned). */
  numeric?: boolean[];
  /** Column widths in twips; the table is then laid out fixed at their sum (Word and LibreOffice keep them). */
  widths?: number[];
}

/** A table whose header row repeats on every page and whose rows never split across pages. */
export function table(head: string[], rows: (string | Paragraph[])[][], options: TableOptions = {}): Table {
  const numeric = options.numeric ?? [];
  const widths = options.widths;
  return new Table({
    ...(widths
      ? { width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED }
      : { width: { size: 100, type: WidthType.PERCENTAGE } }),
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, { header: true, right: numeric[i] ?? false, width: widths?.[i] })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, { right: numeric[i] ?? false, width: widths?.[i] })) })),
    ],
  });
}

export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
export const para = (text: string, italics = false) => new Paragraph({ children: [new TextRun({ text, italics })] });
