import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN } from './run-cli.js';

export interface TmuxOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  width?: number;
  height?: number;
}

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The built CLI in a real terminal: a tmux server on a private socket (no user config), driven with send-keys and
 * read with capture-pane, as STACK.md "Testing prompts" describes. The command's exit code is printed as
 * `EXIT=<code>` when it ends, and the pane stays open so the screen can still be read.
 */
export class Terminal {
  private readonly dir: string;
  private readonly socket: string;
  private readonly env: NodeJS.ProcessEnv;

  private constructor(private readonly options: TmuxOptions) {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'ml-tmux-'));
    this.socket = path.join(this.dir, 's');
    this.env = { ...options.env, TERM: 'xterm-256color', SHELL: '/bin/sh' };
  }

  /** Starts `mindlines ARGS` in a new terminal. */
  static start(args: string[], options: TmuxOptions): Terminal {
    return Terminal.run(`${q(process.execPath)} ${q(BIN)} ${args.map(q).join(' ')}`, options);
  }

  /** Starts a shell command line in a new terminal (e.g. an interactive bash, for completion). */
  static run(commandLine: string, options: TmuxOptions): Terminal {
    const terminal = new Terminal(options);
    const command = `cd ${q(options.cwd)} && ${commandLine}; echo EXIT=$?; sleep 600`;
    terminal.tmux(['new-session', '-d', '-x', String(options.width ?? 100), '-y', String(options.height ?? 40), command]);
    return terminal;
  }

  /**
   * The lines wider than `width` (capture joins wrapped lines, so a line that did not fit is wider than the pane):
   * `[]` when every line of the screen fits.
   */
  overwide(width: number, screen = this.screen()): string[] {
    return screen.split('\n').filter((line) => [...line.replace(/\s+$/, '')].length > width);
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-u', '-S', this.socket, '-f', '/dev/null', ...args], { env: this.env, encoding: 'utf8' });
  }

  /** Types text literally (no key names interpreted). */
  type(text: string): this {
    this.tmux(['send-keys', '-l', text]);
    return this;
  }

  /**
   * Presses keys by tmux name: Enter, C-c, Down, Up, Space, Tab, BSpace. One tmux command for all of them, in order:
   * each tmux client started costs tens of milliseconds on a busy machine, most of a terminal test's time.
   */
  press(...keys: string[]): this {
    this.tmux(['send-keys', ...keys]);
    return this;
  }

  /** Types a line and presses Enter (one tmux client: the two commands separated by `;`). */
  line(text: string): this {
    this.tmux(['send-keys', '-l', text, ';', 'send-keys', 'Enter']);
    return this;
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-200']);
  }

  /** Waits until the screen shows `pattern`; fails with the screen when it does not within `timeoutMs`. */
  async waitFor(pattern: RegExp | string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; the screen was:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  /** The prompt waiting for an answer: the last line starting with `? ` (answered ones start with `✔`). */
  activePrompt(screen = this.screen()): string | undefined {
    const lines = screen.split('\n').filter((l) => l.startsWith('? ') || l.startsWith('✔ '));
    const last = lines.at(-1);
    return last?.startsWith('? ') ? last : undefined;
  }

  private answered(text: string, screen = this.screen()): number {
    return screen.split('\n').filter((l) => l.startsWith('✔ ') && l.includes(text)).length;
  }

  /**
   * Answers one prompt: waits until the active prompt contains `text`, does `act` (type, press keys), and waits
   * until that prompt shows as answered, so the next step never races the terminal.
   */
  async answer(text: string, act: (t: this) => unknown, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let screen = this.screen();
    while (!this.activePrompt(screen)?.includes(text)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for the prompt "${text}"; the screen was:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
      screen = this.screen();
    }
    const before = this.answered(text, screen);
    act(this);
    while (this.answered(text) <= before) {
      if (Date.now() > deadline) throw new Error(`the prompt "${text}" was not answered; the screen was:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  /** Waits for the command to end and returns its exit code. */
  async exitCode(timeoutMs = 10_000): Promise<number> {
    const screen = await this.waitFor(/EXIT=\d+/, timeoutMs);
    return Number(/EXIT=(\d+)/.exec(screen)?.[1]);
  }

  /** The process id of the command running in the pane's shell (for kill -9 tests). */
  panePid(): number {
    return Number(this.tmux(['display-message', '-p', '#{pane_pid}']).trim());
  }

  close(): void {
    try {
      this.tmux(['kill-server']);
    } catch {
      // already gone
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Whether tmux is installed (CI installs it; see .ci/run). */
export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
