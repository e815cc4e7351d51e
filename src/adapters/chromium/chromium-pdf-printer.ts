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
  /** How long one print may take, the browser's start included. */
  timeoutMs?: number;
}

/** A printer that keeps its browser between prints (a cohort's many PDFs); `close` ends the browser. */
export interface ReusablePdfPrinter extends PdfPrinter {
  close(): Promise<void>;
}

interface FrameTree {
  frameTree: { frame: { id: string } };
}

/**
 * The page is handed to the browser over the DevTools pipe (Page.setDocumentContent) and the PDF comes back the same
 * way (Page.printToPDF), so no reflection is written to a temporary file; the only thing on disk is the browser's
 * throwaway profile. The page's own @page rules choose the paper, the orientation of each part and the running
 * header and page numbers (preferCSSPageSize), exactly as when a person prints the HTML. Each print has a tab of its
 * own, closed afterwards.
 */
async function printWith(pipe: DevToolsPipe, html: string): Promise<Buffer> {
  const { targetId } = await pipe.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  try {
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
  } finally {
    await pipe.send('Target.closeTarget', { targetId }).catch(() => undefined);
  }
}

/**
 * A printer backed by a Chrome, Chromium or Edge found on this computer (or $MINDLINES_BROWSER). The browser is
 * looked for and started at the first print, so a missing one is found out only when a PDF is asked for, and kept
 * for the next print until `close`.
 */
export function chromiumPdfPrinter(options: ChromiumPrinterOptions): ReusablePdfPrinter {
  let running: { browser: string; pipe: DevToolsPipe; profile: string } | undefined;
  const timeoutMs = options.timeoutMs ?? 120_000;

  const close = async () => {
    const current = running;
    running = undefined;
    if (!current) return;
    await current.pipe.close();
    // The profile is the browser's scratch space, never the document; best effort if a helper process still holds it.
    await fs.rm(current.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
  };

  const print = async (html: string): Promise<Buffer> => {
    if (!running) {
      const browser = findBrowser({ env: options.env, platform: options.platform ?? process.platform, home: options.home ?? os.homedir(), isExecutable: options.isExecutable });
      const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'mindlines-print-'));
      running = { browser, profile, pipe: new DevToolsPipe(browser, profile) };
    }
    const { browser, pipe } = running;
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
      await close();
      if (error instanceof PrintError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      // The browser's own output is noise in a message, but it is what explains a crash: it goes with --debug.
      throw new PrintError(messages.printFailed(browser, reason), { hint: messages.printHtmlInstead, cause: new Error(`${reason}\nbrowser output:\n${pipe.stderrTail}`, { cause: error }) });
    } finally {
      clearTimeout(timer);
    }
  };

  return { print, close };
}

/** Prints one page to PDF with a browser started for it alone, then closed. */
export async function printPdf(html: string, options: ChromiumPrinterOptions): Promise<Buffer> {
  const printer = chromiumPdfPrinter(options);
  try {
    return await printer.print(html);
  } finally {
    await printer.close();
  }
}
