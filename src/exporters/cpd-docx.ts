import {
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import { cellText, type CpdReport } from '../core/cpd/cpd-report.js';
import { packHasPlan, packSections, type PackSection } from './cpd-pack-blocks.js';
import { mixTables, outsideTotals, whoAndWhen } from './cpd-tables.js';
import { heading, markdownParagraphs, para, table } from './docx-blocks.js';
import { labels } from './labels.js';
import { columnTwips, planLogColumns } from './log-columns.js';
import { runningHeader, type RunningHeader } from './running-header.js';

export { markdownParagraphs } from './docx-blocks.js';

/** A4 in twentieths of a point, and the margins: room above the text for the running header. */
const A4 = { short: 11906, long: 16838 };
const MARGIN = { top: 1080, bottom: 1080, left: 720, right: 720, header: 480, footer: 480 };
const FONT_HALF_POINTS = 20;

type Block = Paragraph | Table;

const small = (text: string | (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
  new TextRun({ ...(typeof text === 'string' ? { text } : { children: text }), size: 16, color: '57606A' });

/**
 * A part of the document on pages of one orientation, each page with the running header (who, what) and footer
 * (the period, "page X of Y", and the reminder that reflections are not privileged).
 */
function section(orientation: 'portrait' | 'landscape', header: RunningHeader, children: Block[]): ISectionOptions {
  const width = (orientation === 'portrait' ? A4.short : A4.long) - MARGIN.left - MARGIN.right;
  const right = [{ type: TabStopType.RIGHT, position: width }];
  return {
    properties: {
      page: {
        size: { orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE, width: A4.short, height: A4.long },
        margin: MARGIN,
      },
    },
    headers: { default: new Header({ children: [new Paragraph({ tabStops: right, children: [small(header.who), small(`\t${header.what}`)] })] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({ tabStops: right, children: [small(header.period), small(['\t', `${labels.pageWord} `, PageNumber.CURRENT, ` ${labels.ofWord} `, PageNumber.TOTAL_PAGES])] }),
          new Paragraph({ children: [new TextRun({ text: labels.footer, italics: true, size: 14, color: '57606A' })] }),
        ],
      }),
    },
    children,
  };
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * docProps/core.xml with the document's own date: the docx library stamps the wall clock, which would make the
 * same journal give a different file at each run and ignore MINDLINES_NOW.
 */
function coreProperties(title: string, made: string): string {
  const date = escapeXml(made);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>mindlines</dc:creator><dc:description>${escapeXml(labels.footer)}</dc:description>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The front page: who and when, the totals against the requirements, the activity mix. */
function frontMatter(report: CpdReport, title: string): Block[] {
  const children: Block[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
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
    for (const t of mix) children.push(table(t.head, t.rows, { numeric: t.numeric }), para(''));
  }
  return children;
}

/** The log, on landscape pages, its columns sized to their content (log-columns.ts). */
function logPart(report: CpdReport): Block[] {
  const children: Block[] = [heading(report.log.title, HeadingLevel.HEADING_1)];
  if (report.log.rows.length === 0) return [...children, para(labels.emptyLog, true)];
  const columns = report.log.columns;
  const texts = report.log.rows.map((row) => columns.map((c) => cellText(row, c.field)));
  const widths = columnTwips(planLogColumns(columns, texts), A4.long - MARGIN.left - MARGIN.right, FONT_HALF_POINTS);
  const numeric = columns.map((c) => c.field === 'hours' || c.field === 'participatory' || c.field === 'credits');
  const rows = report.log.rows.map((row) =>
    columns.map((c) => {
      const text = cellText(row, c.field);
      return c.field === 'experience' || c.field === 'learning' || c.field === 'change' ? markdownParagraphs(text, { compact: true }) : text;
    }),
  );
  children.push(table(columns.map((c) => c.name), rows, { numeric, widths }));
  // What the totals leave out (planned, not recognised, unfinished) follows the log it sits beside, on its pages.
  const outside = outsideTotals(report);
  if (outside.tables.length > 0) {
    children.push(heading(labels.outsideHeading, HeadingLevel.HEADING_1));
    for (const aside of outside.tables) {
      children.push(heading(aside.heading, HeadingLevel.HEADING_2));
      if (aside.intro) children.push(para(aside.intro));
      children.push(table(aside.table.head, aside.table.rows, { numeric: aside.table.numeric }));
    }
  }
  return children;
}

/** A pack table's columns on a portrait page: dates and numbers narrow, the text columns sharing the rest. */
function packWidths(s: PackSection): number[] {
  const width = A4.short - MARGIN.left - MARGIN.right;
  const narrow = (s.table?.head ?? []).map((_, i) => Boolean(s.narrow[i] || s.table?.numeric[i]));
  const fixed = 1500;
  const wide = narrow.filter((n) => !n).length;
  const rest = Math.floor((width - fixed * narrow.filter(Boolean).length) / Math.max(wide, 1));
  return narrow.map((n) => (n ? fixed : rest));
}

/** One of the regulator's documents: a form starts its own page; a blank is a rule to write on by hand. */
function packBlocks(s: PackSection): Block[] {
  const out: Block[] = [new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1, pageBreakBefore: s.newPage })];
  if (s.intro) out.push(para(s.intro, true));
  if (s.table) out.push(table(s.table.head, s.table.rows, { numeric: s.table.numeric, widths: packWidths(s) }));
  for (const item of s.list ?? []) out.push(new Paragraph({ text: item, bullet: { level: 0 } }));
  for (const line of s.form ?? []) {
    out.push(
      new Paragraph({
        spacing: { before: 160, after: 160 },
        children: [new TextRun({ text: `${line.label}: `, bold: true }), new TextRun(line.value || '_'.repeat(40))],
      }),
    );
  }
  if (s.empty) out.push(para(s.empty, true));
  return out;
}

/** The forms, on portrait pages: the regulator's documents, the summary of practice, the accounts, the plan. */
function formsPart(report: CpdReport): Block[] {
  const children: Block[] = packSections(report).flatMap(packBlocks);
  if (report.summary) {
    children.push(heading(report.summary.heading, HeadingLevel.HEADING_1));
    children.push(...(report.summary.text ? markdownParagraphs(report.summary.text) : [para(report.summary.empty ?? '', true)]));
  }
  if (report.accounts.length > 0 || report.missingAccounts.length > 0) {
    children.push(heading(labels.accountsHeading, HeadingLevel.HEADING_1));
    for (const missing of report.missingAccounts) children.push(para(`${missing.name}: ${missing.message}`, true));
    report.accounts.forEach((account, i) => {
      // One account per form: each after the first starts a page.
      children.push(new Paragraph({ text: `${account.layoutName}: ${account.title}`, heading: HeadingLevel.HEADING_2, pageBreakBefore: i > 0 }));
      children.push(para(labels.accountMeta(account.date, account.activityName), true));
      for (const box of account.fields) {
        children.push(heading(box.heading, HeadingLevel.HEADING_3));
        for (const item of box.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        children.push(...markdownParagraphs(box.text));
        if (!box.text && box.items.length === 0) children.push(para(labels.notWritten, true));
      }
      if (account.further.length > 0) {
        // Not a box of the form: a heading style of its own, the entry's own sections one level below it.
        children.push(new Paragraph({ text: labels.further, style: FURTHER_STYLE }));
        for (const s of account.further) {
          if (s.heading) children.push(heading(s.heading, HeadingLevel.HEADING_4));
          children.push(...markdownParagraphs(s.text));
        }
      }
    });
  }
  // The GMC pack gives the plan itself (last year's reviewed, this year's from the open actions).
  if (packHasPlan(report)) return children;
  children.push(heading(labels.pdpHeading, HeadingLevel.HEADING_1));
  if (report.actions.length === 0) children.push(para(labels.noActions, true));
  else children.push(table([labels.action, labels.due, labels.from], report.actions.map((a) => [a.text, a.due ?? '', `${a.entryDate} ${a.entryTitle}`])));
  return children;
}

const FURTHER_STYLE = 'FurtherReflection';

/** Spacing between paragraphs and around headings, so the document reads as typeset rather than as a dump. */
const STYLES = {
  default: {
    document: { run: { font: 'Calibri', size: FONT_HALF_POINTS }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { paragraph: { spacing: { after: 240 } } },
    heading1: { run: { size: 30, bold: true, color: '1B1F24' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { run: { size: 26, bold: true, color: '1B1F24' }, paragraph: { spacing: { before: 280, after: 80 }, keepNext: true } },
    heading3: { run: { size: 22, bold: true, color: '1B1F24' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
    heading4: { run: { size: 20, bold: true, italics: true, color: '1B1F24' }, paragraph: { spacing: { before: 160, after: 40 }, keepNext: true } },
  },
  paragraphStyles: [
    {
      id: FURTHER_STYLE,
      name: 'Further reflection',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 21, smallCaps: true, color: '57606A', bold: true },
      paragraph: { spacing: { before: 280, after: 80 }, keepNext: true, outlineLevel: 2 },
    },
  ],
};

/**
 * The CPD summary as a Word document (.docx, Office Open XML), for Word and LibreOffice: the totals on portrait
 * pages, the log on landscape pages (its header row repeated on each), the forms on portrait pages again; every
 * page with the registrant and the document in its header and "page X of Y" in its footer. The document's date is
 * the report's (the clock, so MINDLINES_NOW), never the time the file was packed.
 */
export async function renderCpdDocx(report: CpdReport): Promise<Buffer> {
  const title = labels.cpdTitle(report.profile.name);
  const header = runningHeader(report, title);
  const doc = new Document({
    creator: 'mindlines',
    title,
    description: labels.footer,
    styles: STYLES,
    sections: [section('portrait', header, frontMatter(report, title)), section('landscape', header, logPart(report)), section('portrait', header, formsPart(report))],
  });
  return Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(title, report.generated) }]);
}
