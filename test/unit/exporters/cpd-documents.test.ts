import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCpdReport, type CpdReport } from '../../../src/core/cpd/cpd-report.js';
import { renderCpdDocx } from '../../../src/exporters/cpd-docx.js';
import { renderCpdHtml } from '../../../src/exporters/cpd-html.js';
import { columnTwips, longestWord, planLogColumns } from '../../../src/exporters/log-columns.js';
import { cssString, runningHeader } from '../../../src/exporters/running-header.js';
import { builtInProfile, cpdReportOptions, makeEntry } from '../../helpers/make-entry.js';

const HOSTILE = 'Sam "</style><script>alert(1)</script>\\ Nurse';

function entries() {
  return [
    makeEntry({ date: '2026-02-01', title: 'Anaphylaxis update', activity: 'course', hours: 6, participatory: 6, resources: ['Resus Council guideline'] }, { 'What I understand now': 'Adrenaline first.' }),
    makeEntry(
      { date: '2026-03-01', title: 'Handover on a busy ward', activity: 'reflective-account', template: 'nmc-reflective-account', hours: 1, standards: ['preserve-safety'] },
      {
        'What was the nature of the CPD activity, practice-related feedback or event?': 'A handover where an allergy was nearly missed.',
        'What did you learn from it?': 'SBAR catches what memory drops.',
        'How did you change or improve your practice as a result?': 'I use the SBAR sheet.',
        Afterthoughts: 'The night team asks for the sheet too.',
      },
    ),
  ];
}

function report(registrant: { name?: string; registrationNumber?: string } = { name: 'Sam Nurse', registrationNumber: '12A3456E' }, profile = 'nmc'): CpdReport {
  return buildCpdReport(entries(), cpdReportOptions(profile, {
    period: { from: '2024-04-01', to: '2027-03-31', label: 'revalidation cycle', source: 'cycle-start' },
    yearStart: '04-01',
    today: '2026-11-27',
    journal: 'Revalidation 2027',
    registrant,
  }));
}

const docxFiles = async (r: CpdReport) => {
  const files = unzipSync(new Uint8Array(await renderCpdDocx(r)));
  return (name: string) => strFromU8(files[name] as Uint8Array);
};

describe('whose evidence it is: the registrant on every page', () => {
  it('the report carries the name, the number and what the regulator calls it', () => {
    expect(report().registrant).toEqual({ name: 'Sam Nurse', registrationNumber: '12A3456E', numberLabel: 'NMC PIN' });
    expect(report({ name: 'Dr Alex Morgan', registrationNumber: '1234567' }, 'gmc').registrant.numberLabel).toBe('GMC number');
    expect(report({}, 'generic').registrant).toEqual({ name: null, registrationNumber: null, numberLabel: null });
  });

  it('the running header says who and what; without a registrant, the journal', () => {
    expect(runningHeader(report(), 'CPD summary: NMC revalidation')).toEqual({
      who: 'Sam Nurse · NMC PIN 12A3456E',
      what: 'CPD summary: NMC revalidation',
      period: '2024-04-01 to 2027-03-31 (revalidation cycle)',
    });
    expect(runningHeader(report({}), 'x').who).toBe('Revalidation 2027');
  });

  it('HTML: printed pages get the header and "page X of Y" from @page margin boxes; the facts name the PIN', () => {
    const html = renderCpdHtml(report());
    expect(html).toContain('@top-left { content: "Sam Nurse \\b7  NMC PIN 12A3456E"');
    expect(html).toMatch(/@bottom-right \{ content: "page" " " counter\(page\) " " "of" " " counter\(pages\)/);
    expect(html).toContain('<dt>NMC PIN</dt><dd>12A3456E</dd>');
  });

  it('a name can never end the stylesheet or the string it is printed from', () => {
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e "');
    const html = renderCpdHtml(report({ name: HOSTILE, registrationNumber: '12A3456E' }));
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    expect(style).not.toContain('<');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script/i);
  });

  it('DOCX: each section has the header (name and PIN) and a footer with PAGE and NUMPAGES fields', async () => {
    const file = await docxFiles(report());
    const document = file('word/document.xml');
    expect(document.match(/<w:headerReference /g)).toHaveLength(3);
    expect(document.match(/<w:footerReference /g)).toHaveLength(3);
    for (const n of [1, 2, 3]) {
      expect(file(`word/header${n}.xml`)).toContain('Sam Nurse · NMC PIN 12A3456E');
      const footer = file(`word/footer${n}.xml`);
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
    }
  });
});

describe('print quality', () => {
  it('log columns: dates and numbers narrow, reflection widest, and never narrower than a heading word', () => {
    const columns = builtInProfile('nmc').log.columns;
    const plans = planLogColumns(columns);
    expect(plans.filter((p) => p.weight === 0).map((p) => p.field)).toEqual(['date', 'hours', 'participatory']);
    const widths = columnTwips(plans, 15398, 20);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(15398);
    const of = (field: string) => widths[columns.findIndex((c) => c.field === field)] as number;
    expect(of('learning')).toBeGreaterThan(of('title'));
    expect(of('title')).toBeGreaterThan(of('activity'));
    expect(of('date')).toBeLessThan(of('title'));
    // "Participatory" (13 letters, bold 10 pt) at 0.75 em a letter, plus the cell's margins.
    columns.forEach((c, i) => expect(widths[i]).toBeGreaterThanOrEqual(Math.ceil(longestWord(c.name) * 200 * 0.75) + 200));
  });

  it('a short column is widened for its longest word, a URL is left to break', () => {
    const columns = [
      { field: 'activity' as const, name: 'Type' },
      { field: 'learning' as const, name: 'Reflection' },
    ];
    expect(planLogColumns(columns, [['Quality improvement activity', 'x']])[0]?.contentChars).toBe(11);
    expect(planLogColumns(columns, [['https://example.org/a/very/long/path', 'x']])[0]?.contentChars).toBe(12);
  });

  it('HTML: headers never hyphenated, the log sized to its content, "Further reflection" a heading of its own', () => {
    const html = renderCpdHtml(report());
    expect(html).not.toMatch(/hyphens:\s*auto/);
    expect(html).toMatch(/th \{[^}]*hyphens: manual/);
    // On screen the browser sizes the log to its content; printed, the plan's widths hold (fixed layout).
    expect(html).toMatch(/table\.log \{[^}]*table-layout: auto/);
    const print = html.match(/@media print \{\n {2}table\.log \{ table-layout: fixed; \}\n([^}]*\}\n)+\}/)?.[0] ?? '';
    const widths = [...print.matchAll(/col:nth-child\((\d)\) \{ width: ([\d.]+)%; \}/g)].map((m) => Number(m[2]));
    expect(widths).toHaveLength(8);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(widths[3]).toBeGreaterThan(widths[2] as number); // reflection wider than the topic
    expect(widths[0]).toBeLessThan(widths[2] as number); // the date narrower than the topic
    expect(html).toContain('<section class="further"><h4 class="further">Further reflection</h4>');
    expect(html).toContain('<h5>Afterthoughts</h5>');
    expect(html).toMatch(/@page log \{ size: A4 landscape/);
    expect(html).toMatch(/#accounts, \.pack \{ page: form; \}/);
  });

  it('DOCX: portrait, then the log on landscape pages, then the forms on portrait pages', async () => {
    const document = (await docxFiles(report()))('word/document.xml');
    const sizes = [...document.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/g)].map((m) => `${m[3]} ${m[1]}x${m[2]}`);
    expect(sizes).toEqual(['portrait 11906x16838', 'landscape 16838x11906', 'portrait 11906x16838']);
    const [front, log, forms] = document.split(/<w:sectPr>/);
    expect(front).toContain('Totals against the requirements');
    expect(log).toContain('CPD log');
    expect(log).toContain('<w:tblLayout w:type="fixed"/>');
    expect(forms).toContain('Reflective account: Handover on a busy ward');
  });

  it('DOCX: paragraph spacing and heading styles, "Further reflection" in a style of its own', async () => {
    const file = await docxFiles(report());
    const styles = file('word/styles.xml');
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276"\/>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="FurtherReflection"[\s\S]*?<w:name w:val="Further reflection"\/>/);
    expect(file('word/document.xml')).toMatch(/<w:pStyle w:val="FurtherReflection"\/><\/w:pPr><w:r><w:t xml:space="preserve">Further reflection<\/w:t>/);
  });

  it('DOCX: bug: the creation date was the wall clock; it is the report’s date (MINDLINES_NOW)', async () => {
    const core = (await docxFiles(report()))('docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-27T12:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-27T12:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>CPD summary: NMC revalidation</dc:title>');
    // The same report gives the same bytes: nothing else in the file depends on when it was packed.
    expect(Buffer.compare(await renderCpdDocx(report()), await renderCpdDocx(report()))).toBe(0);
  });
});
