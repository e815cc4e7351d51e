import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellText, type CpdReport } from '../core/cpd/cpd-report.js';
import { mixTables, outsideTotals, whoAndWhen } from './cpd-tables.js';
import { labels } from './labels.js';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'D0D7DE' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/**
 * Entry Markdown as Word paragraphs: blank lines separate paragraphs, `-`, `*` and `1.` lines become bullets, and
 * `**bold**` and `*italic*` become bold and italic runs. Everything else is kept as the text it is.
 */
export function markdownParagraphs(markdown: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length > 0) paragraphs.push(new Paragraph({ children: runs(buffer.join(' ')) }));
    buffer = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const bullet = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (line.trim() === '') flush();
    else if (bullet) {
      flush();
      paragraphs.push(new Paragraph({ children: runs(bullet[1] as string), bullet: { level: 0 } }));
    } else if (heading) {
      flush();
      paragraphs.push(new Paragraph({ children: [new TextRun({ text: heading[1] as string, bold: true })] }));
    } else buffer.push(line.trim());
  }
  flush();
  return paragraphs;
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

function cell(content: string | Paragraph[], options: { header?: boolean; right?: boolean } = {}): TableCell {
  const children =
    typeof content === 'string'
      ? [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: content, bold: options.header ?? false })] })]
      : content.length > 0
        ? content
        : [new Paragraph('')];
  return new TableCell({
    children,
    borders: BORDERS,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F6F8FA' } } : {}),
  });
}

function table(head: string[], rows: (string | Paragraph[])[][], numeric: boolean[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, { header: true, right: numeric[i] ?? false })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, { right: numeric[i] ?? false })) })),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const para = (text: string, italics = false) => new Paragraph({ children: [new TextRun({ text, italics })] });

/**
 * The CPD summary as a Word document (.docx, Office Open XML): opens in Word and LibreOffice. A4 landscape, so the
 * log's columns have room; the log's header row repeats on every page.
 */
export async function renderCpdDocx(report: CpdReport): Promise<Buffer> {
  const title = labels.cpdTitle(report.profile.name);
  const children: (Paragraph | Table)[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  for (const [key, value] of whoAndWhen(report)) {
    children.push(new Paragraph({ children: [new TextRun({ text: `${key}: `, bold: true }), new TextRun(value)] }));
  }

  children.push(heading(labels.requirementsHeading, HeadingLevel.HEADING_1));
  if (report.requirements.length === 0) children.push(para(labels.noRequirements));
  else {
    children.push(
      table(
        [labels.requirement, labels.required, labels.achieved, labels.status],
        report.requirements.map((r) => [
          [
            para(r.name + labels.perSuffix[r.per]),
            ...(r.years ?? []).map((y) => para(`${labels.perYear(y.from, y.to)}: ${labels.amount(r.measure, y.achieved)}, ${y.met ? labels.met : labels.notYetMet}`, true)),
          ],
          labels.requiredText(r),
          labels.achievedText(r),
          labels.statusText(r),
        ]),
      ),
    );
  }
  children.push(para(labels.totalsLine(report.totals, report.profile.unit)));
  const outside = outsideTotals(report);
  for (const line of outside.lines) children.push(para(line, true));

  const mix = mixTables(report);
  if (mix.length > 0) {
    children.push(heading(labels.mixHeading, HeadingLevel.HEADING_1));
    for (const t of mix) children.push(table(t.head, t.rows, t.numeric), para(''));
  }

  children.push(heading(report.log.title, HeadingLevel.HEADING_1));
  if (report.log.rows.length === 0) children.push(para(labels.emptyLog, true));
  else {
    const numeric = report.log.columns.map((c) => c.field === 'hours' || c.field === 'participatory' || c.field === 'credits');
    children.push(
      table(
        report.log.columns.map((c) => c.name),
        report.log.rows.map((row) =>
          report.log.columns.map((c) => {
            const text = cellText(row, c.field);
            return c.field === 'experience' || c.field === 'learning' || c.field === 'change' ? markdownParagraphs(text) : text;
          }),
        ),
        numeric,
      ),
    );
  }

  if (outside.tables.length > 0) {
    children.push(heading(labels.outsideHeading, HeadingLevel.HEADING_1));
    for (const aside of outside.tables) {
      children.push(heading(aside.heading, HeadingLevel.HEADING_2));
      if (aside.intro) children.push(para(aside.intro));
      children.push(table(aside.table.head, aside.table.rows, aside.table.numeric));
    }
  }

  if (report.summary) {
    children.push(heading(report.summary.heading, HeadingLevel.HEADING_1));
    children.push(...(report.summary.text ? markdownParagraphs(report.summary.text) : [para(report.summary.empty ?? '', true)]));
  }

  if (report.accounts.length > 0 || report.missingAccounts.length > 0) {
    children.push(heading(labels.accountsHeading, HeadingLevel.HEADING_1));
    for (const missing of report.missingAccounts) children.push(para(`${missing.name}: ${missing.message}`, true));
    for (const account of report.accounts) {
      children.push(heading(`${account.layoutName}: ${account.title}`, HeadingLevel.HEADING_2));
      children.push(para(labels.accountMeta(account.date, account.activityName), true));
      for (const box of account.fields) {
        children.push(heading(box.heading, HeadingLevel.HEADING_3));
        for (const item of box.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        children.push(...markdownParagraphs(box.text));
        if (!box.text && box.items.length === 0) children.push(para(labels.notWritten, true));
      }
      if (account.further.length > 0) {
        children.push(heading(labels.further, HeadingLevel.HEADING_3));
        for (const s of account.further) {
          if (s.heading) children.push(new Paragraph({ children: [new TextRun({ text: s.heading, bold: true })] }));
          children.push(...markdownParagraphs(s.text));
        }
      }
    }
  }

  children.push(heading(labels.pdpHeading, HeadingLevel.HEADING_1));
  if (report.actions.length === 0) children.push(para(labels.noActions, true));
  else children.push(table([labels.action, labels.due, labels.from], report.actions.map((a) => [a.text, a.due ?? '', `${a.entryDate} ${a.entryTitle}`])));

  const doc = new Document({
    creator: 'mindlines',
    title,
    description: labels.footer,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 720, bottom: 720, left: 720, right: 720 },
          },
        },
        footers: { default: new Footer({ children: [para(labels.footer, true)] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
