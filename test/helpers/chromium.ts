import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The flags that work in this project's containers (no sandbox, no GPU, no background network of its own). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium, installed with apt-get when it is missing (CI runs as root); the path to run. */
export function ensureChromium(): string {
  const found = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit', timeout: 900_000 });
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

function run(chromium: string, args: string[], timeoutMs = 120_000): Promise<void> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'mindlines-chromium-'));
  return new Promise((resolve, reject) => {
    const child = spawn(chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      removeProfile(profile);
      if (code === 0) resolve();
      else reject(new Error(`chromium exited ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

/** `chromium --print-to-pdf`: the page as the user's browser would print it (A4 from the page's own @page rule). */
export function printToPdf(chromium: string, htmlFile: string, pdfFile: string): Promise<void> {
  return run(chromium, ['--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href]);
}

/** The number of pages in a PDF Chromium wrote (its page objects are uncompressed dictionaries). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;
}

interface CdpMessage {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * A DevTools session over `--remote-debugging-pipe` (file descriptors 3 and 4, messages separated by NUL), so a
 * test can watch every request a page makes and measure its layout, with no WebSocket client or browser download.
 */
export class ChromiumSession {
  private nextId = 1;
  private buffer = '';
  private readonly pending = new Map<number, { resolve: (m: CdpMessage) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((m: CdpMessage) => void)[] = [];
  private readonly profile = mkdtempSync(path.join(os.tmpdir(), 'mindlines-cdp-'));
  private readonly child;

  constructor(chromium: string) {
    this.child = spawn(chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${this.profile}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    const output = this.child.stdio[4] as NodeJS.ReadableStream;
    output.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      let end = this.buffer.indexOf('\0');
      while (end !== -1) {
        const message = JSON.parse(this.buffer.slice(0, end)) as CdpMessage;
        this.buffer = this.buffer.slice(end + 1);
        end = this.buffer.indexOf('\0');
        if (message.id !== undefined && this.pending.has(message.id)) {
          const waiter = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.error) waiter?.reject(new Error(message.error.message));
          else waiter?.resolve(message);
        } else {
          for (const listener of this.listeners) listener(message);
        }
      }
    });
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const input = this.child.stdio[3] as NodeJS.WritableStream;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (m) => resolve(m.result ?? {}), reject });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  on(listener: (m: CdpMessage) => void): void {
    this.listeners.push(listener);
  }

  /** The next `method` event (of one page's session, when given). */
  waitFor(method: string, sessionId?: string, timeoutMs = 30_000): Promise<CdpMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
      this.on((m) => {
        if (m.method === method && (sessionId === undefined || m.sessionId === sessionId)) {
          clearTimeout(timer);
          resolve(m);
        }
      });
    });
  }

  /** Closes the browser the way DevTools clients do (Browser.close), so its helper processes end with it. */
  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    await Promise.race([this.send('Browser.close').catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    removeProfile(this.profile);
  }
}

/** Best effort: a helper process that outlived the browser may still hold a file for a moment. */
function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {
    // Left in the temp folder; nothing a test depends on.
  }
}

export interface PageInspection {
  /** Every URL the page asked for, the document itself included. */
  requests: string[];
  /** The page's text as a reader sees it. */
  text: string;
  /** Elements wider than the printable A4 width, or whose content overflows them, in print layout. */
  overflowing: string[];
  /** The document's width and the printable width, in CSS pixels. */
  widths: { document: number; printable: number };
}

/**
 * Opens a file in Chromium with its Content-Security-Policy bypassed (so anything the page refers to would really be
 * fetched and so recorded), then lays it out as print at the printable width of A4 and reports what overflows.
 * Given a running browser (a ChromiumSession), the page gets a tab of its own there, closed afterwards: starting
 * Chromium costs far more than a tab. Given the path to Chromium, it starts one for this page alone.
 */
export async function inspectPage(chromium: string | ChromiumSession, htmlFile: string, printableWidthPx: number): Promise<PageInspection> {
  const cdp = typeof chromium === 'string' ? new ChromiumSession(chromium) : chromium;
  const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  try {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const requests: string[] = [];
    cdp.on((m) => {
      if (m.sessionId === sessionId && m.method === 'Network.requestWillBeSent') requests.push(String((m.params?.request as { url: string }).url));
    });
    await cdp.send('Network.enable', {}, sessionId);
    await cdp.send('Page.enable', {}, sessionId);
    await cdp.send('Page.setBypassCSP', { enabled: true }, sessionId);
    const loaded = cdp.waitFor('Page.loadEventFired', sessionId);
    await cdp.send('Page.navigate', { url: pathToFileURL(htmlFile).href }, sessionId);
    await loaded;
    await cdp.send('Emulation.setEmulatedMedia', { media: 'print' }, sessionId);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: printableWidthPx, height: 1100, deviceScaleFactor: 1, mobile: false }, sessionId);
    const probe = `(() => {
      const limit = ${printableWidthPx} + 0.5;
      const over = [];
      for (const el of document.querySelectorAll('body *')) {
        const box = el.getBoundingClientRect();
        // Content wider than its box spills over (or is clipped), whether or not the box itself fits.
        const spills = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
        if (box.right > limit || spills) {
          over.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + Math.round(box.right) + 'px: ' + (el.textContent || '').slice(0, 60));
        }
      }
      return JSON.stringify({ over, document: document.documentElement.scrollWidth, text: document.body.innerText });
    })()`;
    const evaluated = (await cdp.send('Runtime.evaluate', { expression: probe, returnByValue: true }, sessionId)) as { result: { value: string } };
    const result = JSON.parse(evaluated.result.value) as { over: string[]; document: number; text: string };
    return { requests, text: result.text, overflowing: result.over, widths: { document: result.document, printable: printableWidthPx } };
  } finally {
    if (cdp === chromium) await cdp.send('Target.closeTarget', { targetId });
    else await cdp.close();
  }
}
