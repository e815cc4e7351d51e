import { colors, type Colors } from './colors.js';
import { fitLines } from './fit-table.js';
import { escapeForTerminal } from './terminal-text.js';

export interface OutputStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; rows?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export interface UiOptions {
  /** false for --no-color; undefined to decide from NO_COLOR / FORCE_COLOR and the terminal. */
  color?: boolean | undefined;
  quiet?: boolean | undefined;
  env: NodeJS.ProcessEnv;
  /**
   * Shows text through a pager, resolving false when there is none to run (issue 17). Given only when stdout is a
   * terminal and --no-pager was not asked for.
   */
  pager?: ((text: string) => Promise<boolean>) | undefined;
}

/**
 * The only place that writes to the console (with cli.ts). stdout carries data (tables, JSON, rendered entries),
 * stderr carries everything said to the user, so `mindlines list --json > out.json` stays clean.
 */
export class Ui {
  readonly color: Colors;
  readonly colorEnabled: boolean;
  readonly quiet: boolean;
  private readonly pager: ((text: string) => Promise<boolean>) | undefined;

  constructor(
    private readonly streams: OutputStreams,
    options: UiOptions,
  ) {
    const env = options.env;
    const noColor = options.color === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
    const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
    this.colorEnabled = !noColor && (forced || Boolean(streams.stdout.isTTY));
    this.color = colors(this.colorEnabled);
    this.quiet = Boolean(options.quiet);
    this.pager = streams.stdout.isTTY ? options.pager : undefined;
  }

  get stdoutIsTTY(): boolean {
    return Boolean(this.streams.stdout.isTTY);
  }

  /** Data for stdout, printed as given (callers escape entry text with `safe`). */
  data(text: string): void {
    this.streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /**
   * Data for stdout that may be long (`show`, `list`, `search`, `history`): through the pager when it is taller
   * than the terminal, as git does; printed as usual when piped, when it fits, or when there is no pager.
   */
  async page(text: string): Promise<void> {
    const rows = this.streams.stdout.rows;
    const lines = text.split('\n').length;
    if (this.pager && rows && lines >= rows && (await this.pager(text.endsWith('\n') ? text : `${text}\n`))) return;
    this.data(text);
  }

  /** Bytes or text for stdout exactly as given (an export piped to a file), with nothing added. */
  raw(data: string | Uint8Array): void {
    this.streams.stdout.write(data);
  }

  json(value: unknown): void {
    this.streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** A message wrapped at spaces to a terminal's width (issue 17: sentences broke mid-word); as it is otherwise. */
  private fitted(message: string): string {
    const stderr = this.streams.stderr;
    // One column spare: a line exactly as wide as the terminal leaves some terminals' cursor in a wrap state.
    return stderr.isTTY && stderr.columns ? fitLines(message, stderr.columns - 1) : message;
  }

  info(message: string): void {
    if (!this.quiet) this.streams.stderr.write(`${this.fitted(message)}\n`);
  }

  success(message: string): void {
    if (!this.quiet) this.streams.stderr.write(`${this.color.green(this.fitted(message))}\n`);
  }

  warn(message: string): void {
    this.streams.stderr.write(`${this.color.yellow(this.fitted(message))}\n`);
  }

  error(message: string): void {
    const prefix = 'mindlines:';
    const text = this.fitted(`${prefix} ${message}`).slice(prefix.length);
    this.streams.stderr.write(`${this.color.red(prefix)}${text}\n`);
  }

  /** Entry text made safe for the terminal. */
  safe(text: string): string {
    return escapeForTerminal(text);
  }
}
