import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCpdReport, type CpdReport } from '../../../src/core/cpd/cpd-report.js';
import { renderCpdCsv } from '../../../src/exporters/cpd-csv.js';
import { renderCpdDocx } from '../../../src/exporters/cpd-docx.js';
import { renderCpdHtml } from '../../../src/exporters/cpd-html.js';
import { renderCpdMarkdown } from '../../../src/exporters/cpd-markdown.js';
import { cpdReportOptions, makeEntry } from '../../helpers/make-entry.js';

// Issue 16, points 6 to 8 as each format lays them out: the same sections, from the same report.
const period = { from: '2025-01-01', to: '2025-12-31', label: 'year', source: 'options' as const };

function hcpcReport(): CpdReport {
  const attachment = { name: 'certificate.pdf', size: 1200, sha256: 'b'.repeat(64) };
  const entries = [
    makeEntry({ date: '2025-01-10', title: 'Moving and handling course', activity: 'course', hours: 3, resources: ['Course handbook'], attachments: [attachment] }),
    makeEntry({ date: '2025-06-20', title: 'Reading on falls', activity: 'reading', hours: 1 }),
  ];
  return buildCpdReport(entries, cpdReportOptions('hcpc', { period, today: '2025-09-30' }));
}

const docxXml = async (report: CpdReport) => strFromU8(unzipSync(new Uint8Array(await renderCpdDocx(report)))['word/document.xml'] as Uint8Array);

describe('the HCPC’s gaps and the evidence column in every format', () => {
  it('HTML: the gaps table with each gap’s dates and length; the evidence column names the attached file', () => {
    const html = renderCpdHtml(hcpcReport());
    expect(html).toMatch(/<section id="gaps" class="pack"><h2>Gaps of three months or more between CPD activities<\/h2>/);
    expect(html).toContain('<td>2025-01-10</td><td>2025-06-20</td><td class="num">5</td><td class="num">161</td><td>between activities</td>');
    expect(html).toContain('<td>2025-06-20</td><td>2025-09-30</td><td class="num">3</td><td class="num">102</td><td>since the last activity</td>');
    expect(html).toContain('Course handbook; certificate.pdf (attached)');
  });

  it('Markdown, DOCX and CSV say the same', async () => {
    const report = hcpcReport();
    expect(renderCpdMarkdown(report)).toMatch(/\| 2025-01-10 \| 2025-06-20 \| 5 \| 161 \| between activities \|/);
    const xml = await docxXml(report);
    expect(xml).toContain('Gaps of three months or more between CPD activities');
    expect(xml).toContain('since the last activity');
    expect(renderCpdCsv(report)).toContain('Course handbook; certificate.pdf (attached)');
  });

  it('a profile that does not measure gaps shows none', () => {
    const report = buildCpdReport([makeEntry({ date: '2025-01-10', activity: 'course', hours: 3 })], cpdReportOptions('nmc', { period, today: '2025-09-30' }));
    expect(renderCpdHtml(report)).not.toContain('id="gaps"');
  });
});

describe('GPhC: the chosen records listed before their forms', () => {
  it('says the records were chosen, and lists each with its record type', () => {
    const entries = [
      makeEntry({ date: '2025-02-01', title: 'Anticoagulation update', activity: 'planned', template: 'gphc-planned' }),
      makeEntry({ date: '2025-03-01', title: 'Methotrexate query', activity: 'unplanned', template: 'gphc-unplanned' }),
    ];
    const chosen = (entries[1] as (typeof entries)[0]).meta.id;
    const report = buildCpdReport(entries, cpdReportOptions('gphc', { period, today: '2025-09-30', select: [chosen] }));
    const md = renderCpdMarkdown(report);
    expect(md).toContain('The records chosen for this submission (--select)');
    expect(md).toMatch(/\| 2025-03-01 \| Methotrexate query \| CPD record \(unplanned learning\) \|/);
    expect(md).not.toMatch(/^### .*: Anticoagulation update$/m);
    expect(md).toMatch(/^### .*: Methotrexate query$/m);
    expect(md.indexOf('## Records submitted')).toBeLessThan(md.indexOf('Methotrexate query', md.indexOf('## Reflective accounts')));
  });
});
