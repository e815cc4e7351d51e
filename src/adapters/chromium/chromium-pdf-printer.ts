import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PdfPrinter } from '../../core/cpd/ports.js';
import { PrintError } from '../../errors.js';
import { messages } from '../../ui/messages.js';
import { DevToolsPipe } from './devtools-pipe.js';
import { findBrowser, type BrowserSearch } from './find-browser.js';

export interface ChromiumPrinterOptions extends Partial<BrowserSearch> {
  env: NodeJS.ProcessEnv;
  /** How long printing may take, start-up included. */
  timeoutMs?: number;
}

interface FrameTree {
  frameTree: { frame: { id: string } };
}

/**
 * The page is handed to the browser over the DevTools pipe (Page.setDocumentContent) and the PDF comes back the same
 * way (Page.printToPDF), so no reflection is written to a temporary file; the only thing on disk is the browser's
 * throwaway profile. The page's own @page rules choose the paper, the orientation of each part and the running
 * header and page numbers (preferCSSPageSize), exactly as when a person prints the HTML.
 */
async function printWith(pipe: DevToolsPipe, html: string): Promise<Buffer> {
  const { targetId } = await pipe.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await pipe.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  await pipe.send('Page.enable', {}, sessionId);
  const { frameTree } = await pipe.send<FrameTree>('Page.getFrameTree', {}, sessionId);
  await pipe.send('Page.setDocumentContent', { frameId: frameTree.frame.id, html }, sessionId);
  await pipe.send('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true }, sessionId);
  const { data } = await pipe.send<{ data: string }>(
    'Page.printToPDF',
    { preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, generateTaggedPDF: true, generateDocumentOutline: true },
    sessionId,
  );
  return Buffer.from(data, 'base64');
}

/** Prints an HTML page to PDF with the Chrome, Chromium or Edge found on this machine (or $MINDLINES_BROWSER). */
export async function printPdf(html: string, options: ChromiumPrinterOptions): Promise<Buffer> {
  const browser = findBrowser({ env: options.env, platform: options.platform ?? process.platform, home: options.home ?? os.homedir(), isExecutable: options.isExecutable });
  const timeoutMs = options.timeoutMs ?? 120_000;
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'mindlines-print-'));
  const pipe = new DevToolsPipe(browser, profile);
  let timer: NodeJS.Timeout | undefined;
  try {
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        pipe.kill();
        reject(new PrintError(messages.printTimedOut(browser, Math.round(timeoutMs / 1000)), { hint: messages.printHtmlInstead }));
      }, timeoutMs);
    });
    return await Promise.race([printWith(pipe, html), timedOut]);
  } catch (error) {
    if (error instanceof PrintError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    // The browser's own output is noise in a message, but it is what explains a crash: it goes with --debug.
    throw new PrintError(messages.printFailed(browser, reason), { hint: messages.printHtmlInstead, cause: new Error(`${reason}\nbrowser output:\n${pipe.stderrTail}`, { cause: error }) });
  } finally {
    clearTimeout(timer);
    await pipe.close();
    // The profile is the browser's scratch space, never the document; best effort if a helper process still holds it.
    await fs.rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
  }
}

/** The PdfPrinter port, backed by a headless Chromium-family browser. */
export function chromiumPdfPrinter(options: ChromiumPrinterOptions): PdfPrinter {
  return { print: (html) => printPdf(html, options) };
}
