import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChromiumSession } from './chromium.js';

const which = (name: string): string | undefined => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : undefined;
};

/** Debian's poppler-utils (pdftotext, pdfinfo, pdftoppm), installed with apt-get when missing (CI runs as root). */
export function ensurePoppler(): void {
  if (which('pdftotext') && which('pdfinfo') && which('pdftoppm')) return;
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils'], { stdio: 'inherit', timeout: 900_000 });
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  orientation: 'portrait' | 'landscape';
  /** Size in points, as pdfinfo says. */
  width: number;
  height: number;
  /** The page's text (pdftotext -layout). */
  text: string;
}

/** Every page of a PDF: its size and orientation (pdfinfo) and its text (pdftotext). */
export function pdfPages(file: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ number: Number(m[1]), width: Number(m[2]), height: Number(m[3]) }));
  const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return sizes.map((s) => ({ ...s, orientation: s.width > s.height ? 'landscape' : 'portrait', text: texts[s.number - 1] ?? '' }));
}

const execFileAsync = promisify(execFile);

/**
 * PNGs of a PDF's pages (pdftoppm), `prefix-1.png` …; resolves to their paths. Asynchronous, so a test can render
 * several PDFs at once, or while a browser works.
 */
export async function pdfToPngs(file: string, prefix: string, dpi = 60): Promise<string[]> {
  await execFileAsync('pdftoppm', ['-png', '-r', String(dpi), file, prefix]);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** LibreOffice's soffice when installed (Debian: libreoffice-writer-nogui); undefined otherwise. */
export function findLibreOffice(): string | undefined {
  return which('soffice') ?? which('libreoffice');
}

/**
 * Converts documents to PDF with LibreOffice, headless, with a throwaway profile; the PDFs land in `outDir`.
 * Asynchronous: LibreOffice takes many seconds, which a test can spend on its other checks.
 */
export async function libreOfficeToPdf(soffice: string, files: string[], outDir: string): Promise<void> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'mindlines-lo-'));
  try {
    await execFileAsync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      timeout: 300_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}


/**
 * The words of table headings that a browser lays out across two lines (hyphenated or broken), with the page in
 * print layout at `widthPx`: for every word of every `th`, a Range over it must give one line box.
 */
export async function brokenHeadingWords(cdp: ChromiumSession, htmlFile: string, widthPx: number): Promise<string[]> {
  const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  try {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await cdp.send('Page.enable', {}, sessionId);
    const loaded = cdp.waitFor('Page.loadEventFired', sessionId);
    await cdp.send('Page.navigate', { url: pathToFileURL(htmlFile).href }, sessionId);
    await loaded;
    await cdp.send('Emulation.setEmulatedMedia', { media: 'print' }, sessionId);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: widthPx, height: 1000, deviceScaleFactor: 1, mobile: false }, sessionId);
    const probe = `(() => {
      const broken = [];
      for (const th of document.querySelectorAll('th')) {
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.data.matchAll(/\\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(m[0]);
          }
        }
      }
      return JSON.stringify(broken);
    })()`;
    const result = (await cdp.send('Runtime.evaluate', { expression: probe, returnByValue: true }, sessionId)) as { result: { value: string } };
    return JSON.parse(result.result.value) as string[];
  } finally {
    await cdp.send('Target.closeTarget', { targetId });
  }
}

/**
 * A PNG of the page as a screen `width` px wide shows it (the whole page), taken in a tab of a running browser:
 * starting Chromium for each screenshot costs far more than the shot.
 */
export async function screenshotPage(cdp: ChromiumSession, htmlFile: string, width: number): Promise<Buffer> {
  const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  try {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await cdp.send('Page.enable', {}, sessionId);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
    const loaded = cdp.waitFor('Page.loadEventFired', sessionId);
    await cdp.send('Page.navigate', { url: pathToFileURL(htmlFile).href }, sessionId);
    await loaded;
    const { data } = (await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }, sessionId)) as { data: string };
    return Buffer.from(data, 'base64');
  } finally {
    await cdp.send('Target.closeTarget', { targetId });
  }
}
