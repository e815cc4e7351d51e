import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSession, ensureChromium, inspectPage, pdfPageCount, printToPdf } from '../helpers/chromium.js';
import { screenshotPage } from '../helpers/documents.js';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/journals/nmc-known-totals');
const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts');

/**
 * A copy of the fixture journal (known totals), with "now" fixed at 2026-11-27. The export runs in-process: the
 * point here is the page in a real browser, not the process that wrote it (test/cli/export-cpd.test.ts has the rest).
 */
function journal() {
  const isolated = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
  const root = path.join(tempDir('mindlines-cpd-'), 'journal');
  cpSync(FIXTURE, root, { recursive: true });
  return {
    root,
    run: (args: string[]) => runInProcess(['--journal', root, ...args], { cwd: root, env: isolated.env }),
  };
}

describe('the HTML summary in a real browser (headless Chromium)', () => {
  let chromium = '';
  // One browser for every page inspected and the screenshot; the PDF uses Chromium's own --print-to-pdf, as a person
  // printing the file would.
  let browser: ChromiumSession;
  let html = '';
  beforeAll(async () => {
    chromium = ensureChromium();
    browser = new ChromiumSession(chromium);
    const j = journal();
    const out = await j.run(['export', 'cpd', '--format', 'html', '-o', 'summary.html']);
    expect(out.code).toBe(0);
    html = path.join(j.root, 'summary.html');
  }, 900_000);
  afterAll(() => browser?.close());

  it('makes no request beyond the file itself, and shows the totals and the log', async () => {
    const page = await inspectPage(browser, html, 703);
    expect(page.requests).toEqual([expect.stringMatching(/^file:\/\/.*summary\.html$/)]);
    expect(page.text).toMatch(/CPD hours\s+at least 35 hours\s+29\.5 hours\s+not yet met/);
    expect(page.text).toMatch(/Participatory CPD hours[\s\S]*19 hours/);
    expect(page.text).toMatch(/Reflective discussion\s+at least 1 record\s+1 record\s+✓ met/);
    for (const title of ['Anaphylaxis update', 'Nursing congress', 'NICE sepsis guideline']) expect(page.text).toContain(title);
  }, 120_000);

  it('the browser check itself catches a page that fetches something or is too wide to print', async () => {
    const bad = path.join(tempDir('mindlines-bad-'), 'bad.html');
    writeFileSync(bad, '<!doctype html><p><img src="http://127.0.0.1:9/pixel.png" alt=""></p><pre style="white-space:pre">' + 'x'.repeat(400) + '</pre>');
    const page = await inspectPage(browser, bad, 703);
    expect(page.requests).toContain('http://127.0.0.1:9/pixel.png');
    expect(page.overflowing.length).toBeGreaterThan(0);
  }, 120_000);

  it('fits the printable width of A4: nothing is cut off when printed', async () => {
    const page = await inspectPage(browser, html, 703);
    expect(page.overflowing).toEqual([]);
    expect(page.widths.document).toBeLessThanOrEqual(703);
  }, 120_000);

  it.each(['gmc', 'rcpsc-moc', 'hcpc'])('fits A4 with the %s profile’s columns too', async (profile) => {
    const j = journal();
    const file = path.join(j.root, `${profile}.html`);
    expect((await j.run(['export', 'cpd', '--profile', profile, '--from', '2024-01-01', '--to', '2026-12-31', '-o', file])).code).toBe(0);
    const page = await inspectPage(browser, file, 703);
    expect(page.overflowing).toEqual([]);
    expect(page.requests).toHaveLength(1);
  }, 120_000);

  it('prints to a PDF with --print-to-pdf and keeps a screenshot as a test artefact', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = path.join(ARTIFACTS, 'cpd-summary-nmc.pdf');
    const png = path.join(ARTIFACTS, 'cpd-summary-nmc.png');
    // The screenshot in a tab of the running browser while a second Chromium prints: starting one costs seconds.
    const [, shot] = await Promise.all([printToPdf(chromium, html, pdf), screenshotPage(browser, html, 1100)]);
    writeFileSync(png, shot);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(2);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(20_000);
  }, 240_000);
});
