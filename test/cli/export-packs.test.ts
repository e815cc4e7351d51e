import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/journals');

/** A copy of a documents fixture journal, "now" fixed at 2026-11-27. */
function journal(name: string) {
  const isolated = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
  const root = path.join(tempDir('mindlines-packs-'), 'journal');
  cpSync(path.join(FIXTURES, name), root, { recursive: true });
  return { root, run: (args: string[]) => runInProcess(['--journal', root, ...args], { cwd: root, env: isolated.env }) };
}

/** The text of an HTML section by id, tags dropped. */
function sectionText(html: string, id: string): string {
  const match = new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('a nurse’s revalidation pack (issue 16, point 4)', () => {
  it('the HTML holds the feedback log, and the discussion and confirmation forms with blanks for the other registrant', async () => {
    const j = journal('documents-nmc');
    const out = await j.run(['export', 'cpd', '-o', 'pack.html']);
    expect(out.code).toBe(0);
    const html = readFileSync(path.join(j.root, 'pack.html'), 'utf8');
    expect(sectionText(html, 'nmc-feedback')).toMatch(/2025-03-03 Feedback from a family on discharge; patients-and-carers A family told me/);
    const discussion = sectionText(html, 'nmc-discussion');
    expect(discussion).toMatch(/Your NMC PIN 12A3456E/);
    expect(discussion).toMatch(/Written reflective accounts discussed 2025-01-15 Handover on a busy ward; .*2026-10-20 Supporting a student nurse/);
    expect(html).toMatch(/<dt>Their NMC PIN<\/dt><dd class="blank"><\/dd><dt>Their email address<\/dt><dd class="blank"><\/dd>/);
    expect(sectionText(html, 'nmc-confirmation')).toMatch(/Practice hours in the revalidation period 1350/);
    expect(html).toMatch(/<section id="nmc-discussion" class="pack form-page">/);
  });

  it('the DOCX has the forms on portrait pages, each starting a page, a rule to write on for each blank', async () => {
    const j = journal('documents-nmc');
    expect((await j.run(['export', 'cpd', '-o', 'pack.docx'])).code).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(j.root, 'pack.docx'))))['word/document.xml'] as Uint8Array);
    const discussion = xml.indexOf('Reflective discussion form');
    expect(discussion).toBeGreaterThan(xml.indexOf('Practice-related feedback log'));
    expect(xml.slice(xml.lastIndexOf('<w:p>', discussion), discussion)).toContain('<w:pageBreakBefore/>');
    expect(xml).toMatch(/Their email address: <\/w:t><\/w:r><w:r><w:t xml:space="preserve">_{40}/);
    expect(xml).toContain('Practice hours in the revalidation period');
  });
});

describe('a GP’s appraisal in the order of the Medical Appraisal Guide (point 5)', () => {
  it('CPD by appraisal year of the cycle ending on revalidation_date, QI, significant events, feedback, the plan reviewed', async () => {
    const j = journal('documents-gmc');
    const out = await j.run(['export', 'cpd']);
    expect(out.code).toBe(0);
    const md = out.stdout;
    const order = ['## Continuing professional development', '## Quality improvement activity', '## Significant events', '## Feedback from patients and colleagues', "## Review of last year's personal development plan", "## This year's personal development plan"];
    const at = order.map((h) => md.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain('The five-year cycle from 2023-04-01 to 2028-03-31, ending with the revalidation date in mindlines.yaml.');
    expect(md).toMatch(/\| 2026-04-01 to 2027-03-31 \| 5 \| 14\.5 \|/);
    expect(md).toMatch(/\| Use the capacity template for every best-interests decision \| 2026-03-31 \| done 2026-02-20 \|/);
    expect(md).toMatch(/\| Run a consent teaching session for the practice \| 2026-01-31 \| dropped 2026-04-10 \|/);
    expect(md).toMatch(/\| Start a frailty audit \| 2026-09-30 \| still open \|/);
    expect(md).not.toContain('## Personal development plan');
  });

  it('an identifier in an earlier year of the cycle, which the pack quotes, refuses the export as any other would', async () => {
    const j = journal('documents-gmc');
    const file = path.join(j.root, 'entries/2024/10/2024-10-02-audit-of-doac-monitoring-0g02.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne patient, NHS number 943 476 5919, had no check.\n`);
    const out = await j.run(['export', 'cpd', '-o', 'appraisal.html']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/2024-10-02-audit-of-doac-monitoring-0g02\.md:\d+:\d+ nhs-number/);
    expect(existsSync(path.join(j.root, 'appraisal.html'))).toBe(false);
  });
});

describe('a pharmacist submits chosen records (point 6)', () => {
  it('--select lays out only the chosen records, each with its record type', async () => {
    const j = journal('documents-gphc');
    const out = await j.run(['export', 'cpd', '--select', '0p01,0p04', '--format', 'json']);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.accounts.map((a: { title: string }) => a.title)).toEqual(['Anticoagulation update', 'Peer discussion with a technician']);
    expect(report.pack.records.map((r: { recordType: string }) => r.recordType)).toEqual(['CPD record (planned learning)', 'Peer discussion']);
  });

  it('a record named that does not exist stops the export with exit 2 before anything is written', async () => {
    const j = journal('documents-gphc');
    const out = await j.run(['export', 'cpd', '--select', '0p01', '--select', 'zzzz', '-o', 'submission.html']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--select zzzz: no record of the period laid out on a form has this id/);
    expect(existsSync(path.join(j.root, 'submission.html'))).toBe(false);
  });
});
