import { spawn, type ChildProcess } from 'node:child_process';

/** Flags for a headless browser that prints and nothing else: no sandbox (containers), no GPU, no network of its own. */
export const HEADLESS_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--mute-audio',
];

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * A browser driven through the DevTools protocol over `--remote-debugging-pipe` (file descriptors 3 and 4, messages
 * separated by NUL), as Puppeteer does: no port is opened, and no WebSocket client or browser download is needed.
 */
export class DevToolsPipe {
  private nextId = 1;
  private buffer = '';
  private readonly pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly child: ChildProcess;
  private closedError: Error | undefined;
  /** The end of the browser's own error output, to explain a failure. */
  stderrTail = '';

  constructor(browser: string, profileDir: string) {
    this.child = spawn(browser, [...HEADLESS_FLAGS, `--user-data-dir=${profileDir}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-2000)));
    const output = this.child.stdio[4] as NodeJS.ReadableStream | null;
    output?.on('data', (chunk: Buffer) => this.receive(chunk.toString('utf8')));
    // A failed start (not a program, no permission) and an early exit both end every request in flight.
    this.child.on('error', (error) => this.fail(error));
    this.child.on('exit', (code, signal) => this.fail(new Error(`the browser exited (${signal ?? `code ${code}`}) before it had printed`)));
    // A program that is not a Chromium-family browser never reads the pipe: writing to it fails with EPIPE.
    (this.child.stdio[3] as NodeJS.WritableStream | null)?.on('error', () => this.fail(new Error('it did not answer on the DevTools pipe (is it Chrome, Chromium or Edge?)')));
  }

  private receive(text: string): void {
    this.buffer += text;
    let end = this.buffer.indexOf('\0');
    while (end !== -1) {
      const message = JSON.parse(this.buffer.slice(0, end)) as Message;
      this.buffer = this.buffer.slice(end + 1);
      end = this.buffer.indexOf('\0');
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter || message.id === undefined) continue;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message);
    }
  }

  private fail(error: Error): void {
    this.closedError ??= error;
    for (const waiter of this.pending.values()) waiter.reject(this.closedError);
    this.pending.clear();
  }

  /** Sends one command and waits for its answer (to a page's session when `sessionId` is given). */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (m) => resolve((m.result ?? {}) as T), reject });
      (this.child.stdio[3] as NodeJS.WritableStream).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Closes the browser as DevTools clients do (Browser.close), killing it if it has not gone within a few seconds. */
  async close(): Promise<void> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await Promise.race([this.send('Browser.close').catch(() => undefined), delay(3000)]);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  /** Ends the browser at once (a timeout). */
  kill(): void {
    this.child.kill('SIGKILL');
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
