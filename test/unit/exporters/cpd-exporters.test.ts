import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildBlogDraft } from '../../../src/core/sharing/blog.js';
import { buildCpdReport } from '../../../src/core/cpd/cpd-report.js';
import { renderBlogHtml } from '../../../src/exporters/blog-html.js';
import { renderBlogMarkdown } from '../../../src/exporters/blog-markdown.js';
import { renderCpdCsv } from '../../../src/exporters/cpd-csv.js';
import { renderCpdDocx } from '../../../src/exporters/cpd-docx.js';
import { renderCpdHtml } from '../../../src/exporters/cpd-html.js';
import { renderCpdJson } from '../../../src/exporters/cpd-json.js';
import { renderCpdMarkdown } from '../../../src/exporters/cpd-markdown.js';
import { CPD_FORMATS, cpdExporter } from '../../../src/exporters/registry.js';
import { markdownToSafeHtml, neutraliseMarkdown } from '../../../src/exporters/safe-html.js';
import { cpdReportSchemaErrors } from '../../helpers/cpd-schema.js';
import { cpdReportOptions, makeEntry } from '../../helpers/make-entry.js';

/** Payloads from the usual XSS cheat sheets, in every place entry text reaches a document. */
const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<svg onload=alert(3)>',
  '[click](javascript:alert(4))',
  '[click](JaVaScRiPt:alert(5))',
  '[click](&#106;avascript:alert(6))',
  '<a href="javascript:alert(7)">x</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<div style="background:url(https://evil.example/x.png)">x</div>',
  '![x](https://evil.example/track.png)',
  '<javascript:alert(8)>',
  '[ref][r]\n\n[r]: javascript:alert(9)',
  '<body onpageshow=alert(10)>',
  '"><script>alert(11)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(12)>',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMyk8L3NjcmlwdD4=)',
];

function xssEntries() {
  return [
    makeEntry(
      {
        date: '2026-03-01',
        title: `Handover ${XSS[0]}`,
        activity: 'reflective-account',
        hours: 1,
        tags: ['<b onmouseover=alert(14)>tag</b>'],
        resources: [XSS[6] as string],
        standards: ['preserve-safety', '<svg onload=alert(15)>'],
        actions: [{ text: '<img src=x onerror=alert(16)>', due: '2026-12-01' }],
        visibility: 'public',
      },
      {
        'What happened': XSS.join('\n\n'),
        'What I understand now': `Lactate early. ${XSS[3]} and ${XSS[1]}`,
        'What I will do differently': XSS.slice(4).join('\n\n'),
        [`Odd heading ${XSS[2]}`]: 'More text.',
      },
    ),
    makeEntry({ date: '2026-04-01', title: '=HYPERLINK("https://evil.example","x")', activity: 'course', hours: 2.5, participatory: 1 }, { 'What I understand now': 'Line one,\nline "two"' }),
  ];
}

function report() {
  return buildCpdReport(
    xssEntries(),
    cpdReportOptions('nmc', {
      period: { from: '2024-01-01', to: '2026-12-31', label: 'revalidation cycle', source: 'profile' },
      today: '2026-11-27',
      generated: '2026-11-27T09:00:00Z',
      author: 'Sam Nurse',
    }),
  );
}

/** What must never appear in HTML made from entries (escaped text such as `&lt;img onerror=…&gt;` is only words). */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(img|svg|iframe|math|object|embed|link|base|style\s+[^>]*src)\b/i);
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<[^>]*\b(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  expect(html).not.toMatch(/<[^>]*\bstyle\s*=/i);
  expect(html).not.toMatch(/<[^>]*url\(/i);
  expect(html.match(/<style>[\s\S]*?<\/style>/)?.[0] ?? '').not.toMatch(/url\(|@import/i);
  // A link to a site is only words until clicked; anything that would load from it is not.
  expect(html).not.toMatch(/<[^>]*\b(src|srcset|poster|background|data)\s*=\s*["']?[^"'>]*evil\.example/i);
}

describe('CPD exporters', () => {
  it('are registered by name for every format', async () => {
    for (const format of CPD_FORMATS) expect(typeof (await cpdExporter(format))).toBe('function');
  });

  it('HTML: XSS payloads in titles, tags, sections, links and actions never reach the page', () => {
    const html = renderCpdHtml(report());
    expectInert(html);
    expect(html).toContain('Content-Security-Policy');
    // The words are still there, as text.
    expect(html).toContain('Handover &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Lactate early.');
  });

  it('HTML: one self-contained page; nothing it refers to lives elsewhere', () => {
    const html = renderCpdHtml(report());
    const urls = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
    expect(urls.filter((u) => !/^(https?:|mailto:|#)/.test(u ?? ''))).toEqual([]);
    expect(html).not.toMatch(/<link\b|@import|<script|<[^>]*\bsrc=/i);
    expect(html).toMatch(/@media print/);
  });

  it('Markdown: raw HTML and script links from entries are inert', () => {
    const md = renderCpdMarkdown(report());
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/\]\(\s*(javascript|data):/i);
    expect(md).not.toMatch(/<img|<svg|<iframe/i);
    expectInert(markdownToSafeHtml(md));
    expect(md).toContain('| CPD hours | at least 35 hours | 3.5 hours | not yet met |');
  });

  it('CSV: RFC 4180 with a BOM, parsed back by a CSV library into the same rows', () => {
    const r = report();
    const csv = renderCpdCsv(r);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0] as object)).toEqual([...r.log.columns.map((c) => c.name), 'Entry id']);
    expect(rows.map((row) => row['Entry id'])).toEqual(r.log.rows.map((row) => row.id));
    expect(rows[0]?.Topic).toBe('Handover <script>alert(1)</script>');
    expect(rows[1]?.['How it relates to my practice']).toBe('Line one,\nline "two"');
    expect(rows[1]?.Hours).toBe('2.5');
    expect(rows[1]?.['Participatory hours']).toBe('1');
    // A formula is shown as text, never run by the spreadsheet.
    expect(rows[1]?.Topic).toBe('\'=HYPERLINK("https://evil.example","x")');
  });

  it('CSV: a cell with a bare line break and no comma or quote is quoted, so each entry stays one record (bug: 28 records read as 30)', () => {
    const gibbs = makeEntry(
      { date: '2026-05-01', activity: 'course', hours: 1, template: 'gibbs' },
      { Description: 'First line\nsecond line\n\nthird paragraph', Conclusion: 'One\ntwo' },
    );
    const r = buildCpdReport([gibbs], cpdReportOptions('generic', { period: { from: '2026-01-01', to: '2026-12-31', label: 'year', source: 'options' }, today: '2026-12-31' }));
    const csv = renderCpdCsv(r);
    expect(csv).toContain('"One\ntwo"');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['What I learned']).toBe('One\ntwo');
  });

  it('every format says what the totals leave out: today, planned, unfinished, not counted, private, unreadable (issue 12)', async () => {
    const r = buildCpdReport(
      [
        makeEntry({ date: '2026-02-01', activity: 'course', hours: 2 }),
        makeEntry({ date: '2026-03-01', activity: 'ward-teaching', hours: 1.5 }),
        makeEntry({ date: '2026-04-01', activity: 'course', hours: 1, visibility: 'private' }),
        makeEntry({ date: '2026-08-01', title: 'Booked course', activity: 'course', hours: 7 }),
        makeEntry({ date: '2026-04-02', template: 'quick', status: 'draft', title: 'a quick thought' }, { Note: 'a quick thought' }),
      ],
      cpdReportOptions('nmc', {
        period: { from: '2026-01-01', to: '2026-12-31', label: 'year', source: 'options' },
        today: '2026-06-01',
        excludePrivate: true,
        defaultVisibility: 'team',
        skipped: [{ path: 'entries/2026/05/broken.md', line: 3, message: '`hours` should be a number of hours' }],
      }),
    );
    const short = r.unfinished.notes[0]?.shortId as string;
    const expected = [
      'Counted up to 2026-06-01 (today): CPD dated later is planned, not counted.',
      `1 unfinished note not included: ${short}`,
      '1 private entry (1 hour) left out of this summary (--exclude-private).',
      'Not counted by this profile',
      '1 entry (1.5 hours) in the period has an activity the NMC revalidation profile does not recognise',
      'Planned (after today, not counted)',
      'Booked course',
      'Entry files that could not be read (not counted)',
      'entries/2026/05/broken.md',
    ];
    const md = renderCpdMarkdown(r);
    const html = renderCpdHtml(r);
    const xml = strFromU8(unzipSync(new Uint8Array(await renderCpdDocx(r)))['word/document.xml'] as Uint8Array);
    const docx = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const text of expected) {
      expect(md).toContain(text);
      expect(html).toContain(text);
      expect(docx).toContain(text);
    }
    expect(md).toContain('1 entry counted, 2 hours (0 participatory), 0 reflective accounts');
  });

  it('DOCX: a Word document whose document.xml holds the totals, the log and the accounts', async () => {
    const bytes = await renderCpdDocx(report());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('CPD summary: NMC revalidation');
    expect(text).toContain('Participatory CPD hours');
    expect(text).toContain('Handover &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('What did you learn from it?');
    expect(text).toContain('Personal development plan: open actions');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:tblHeader');
  });

  it('JSON: the report itself, stable for scripts, as the shipped schema describes it', () => {
    const json = JSON.parse(renderCpdJson(report()));
    expect(cpdReportSchemaErrors(json)).toEqual([]);
    expect(json.schema).toBe('mindlines.cpd-report/1');
    expect(json.totals).toMatchObject({ entries: 2, hours: 3.5, participatoryHours: 1, accounts: 1 });
    expect(json.requirements.map((r: { id: string }) => r.id)).toEqual(['cpd-hours', 'participatory-hours', 'feedback', 'reflective-accounts', 'reflective-discussion']);
  });
});

describe('blog exporters', () => {
  const entry = () => xssEntries()[0]!;

  it('Markdown: Jekyll or Hugo front matter with none of the private fields', () => {
    const draft = buildBlogDraft([entry()]);
    for (const site of ['jekyll', 'hugo'] as const) {
      const md = renderBlogMarkdown(draft, site);
      const fm = parseYaml(md.split('---\n')[1] as string) as Record<string, unknown>;
      expect(fm.title).toBe('Handover ‹script›alert(1)‹/script›');
      expect(fm.date).toBe('2026-03-01');
      expect(Object.keys(fm).sort()).toEqual(site === 'jekyll' ? ['date', 'excerpt', 'layout', 'published', 'tags', 'title'] : ['date', 'draft', 'summary', 'tags', 'title']);
      expect(md).not.toMatch(/hours|participatory|visibility|2026-12-01/);
    }
    const plain = renderBlogMarkdown(draft, 'plain');
    expect(plain.startsWith('# ')).toBe(true);
  });

  it.each([['yes'], ['Yes'], ['no'], ['NO'], ['on'], ['off'], ['y'], ['n'], ['null'], ['~'], ['2024-05-01'], ['12'], ['1.5'], ['0x1F'], ['1_000'], ['12:30'], ['.inf'], ['a: b'], ['='], ['<<'], ['- item'], ['#tag']])(
    'front matter: a YAML 1.1 reader (Jekyll, PyYAML) gets the title %j as a string (issue 12)',
    (title) => {
      const draft = { ...buildBlogDraft([entry()]), title, summary: title, tags: [title, 'true'] };
      const shown = title.replace(/</g, '‹'); // angle brackets are made inert for site templates
      for (const site of ['jekyll', 'hugo'] as const) {
        const text = renderBlogMarkdown(draft, site).split('---\n')[1] as string;
        const old = parseYaml(text, { version: '1.1' }) as Record<string, unknown>;
        expect(old.title).toBe(shown);
        expect(old[site === 'jekyll' ? 'excerpt' : 'summary']).toBe(shown);
        expect(old.tags).toEqual([shown, 'true']);
        expect(old.date).toEqual(new Date('2026-03-01T00:00:00Z'));
        expect((parseYaml(text) as Record<string, unknown>).title).toBe(shown);
        // PyYAML refuses a bare `=` or `<<` whatever the key: every string value is double-quoted.
        for (const line of text.split('\n').filter((l) => /^(title|excerpt|summary|layout| {2}-) /.test(l))) expect(line).toMatch(/(: |- )"/);
      }
    },
  );

  it('Markdown: raw HTML and javascript: links are neutralised, so a site generator renders them as text', () => {
    const md = renderBlogMarkdown(buildBlogDraft([entry()]), 'jekyll');
    expect(md).not.toMatch(/<(script|img|svg|iframe)/i);
    expect(md).not.toMatch(/\]\(\s*(javascript|data)/i);
    expect(md).not.toMatch(/^\[r\]:/m);
    expectInert(markdownToSafeHtml(md));
  });

  it('HTML: sanitised, self-contained, and the learning is still there', () => {
    const html = renderBlogHtml(buildBlogDraft([entry()]), 'plain');
    expectInert(html);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Lactate early.');
    const jekyll = renderBlogHtml(buildBlogDraft([entry()]), 'jekyll');
    expect(jekyll.startsWith('---\nlayout: "post"\n')).toBe(true);
    expectInert(jekyll);
  });

  it('neutraliseMarkdown keeps ordinary Markdown as it was', () => {
    const text = '**Bold**, a [guideline](https://www.nice.org.uk/guidance/ng51), `<code>` and BP < 140/90.\n\n- one\n- two';
    expect(neutraliseMarkdown(text)).toBe(text);
  });
});
