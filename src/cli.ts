import { readFileSync } from 'node:fs';
import type { Runtime } from './container.js';
import { parseReadCommand, runReadCommand } from './program/read-path.js';

export function processRuntime(): Runtime {
  return { env: process.env, cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/**
 * Runs mindlines and returns the exit code: 0 ok, 1 failure or problems found, 2 usage, 130 cancelled.
 * Every error is caught here and said once, as one sentence (plus a hint); the stack trace only with --debug.
 */
export async function run(argv: string[], runtime: Runtime = processRuntime()): Promise<number> {
  const debug = argv.includes('--debug');
  // The Ui is loaded only to report an error: --help never needs it.
  const errorUi = async () =>
    (await import('./container.js')).createUi(runtime, { color: argv.includes('--no-color') ? false : undefined, quiet: false });
  try {
    // search, list and show in their everyday forms skip commander (program/read-path.ts); --help is pre-rendered.
    const lean = parseReadCommand(argv.slice(2));
    if (lean) {
      await runReadCommand(lean, runtime);
      return 0;
    }
    const help = prerenderedHelp(argv, runtime);
    if (help !== undefined) {
      runtime.stdout.write(help);
      return 0;
    }
    return await runProgram(argv, runtime);
  } catch (error) {
    // Loaded only to say what went wrong, like the Ui: --help never needs the message catalogue or the errors.
    const [ui, { messages }, { MindlinesError }, { isPromptCancel }] = await Promise.all([
      errorUi(),
      import('./ui/messages.js'),
      import('./errors.js'),
      import('./core/reflection/prompter.js'),
    ]);
    if (error instanceof MindlinesError) {
      ui.error(ui.safe(error.message));
      if (error.hint) ui.info(ui.safe(error.hint));
      if (debug) runtime.stderr.write(`${error.stack ?? ''}\n${error.cause ? `cause: ${String((error.cause as Error).stack ?? error.cause)}\n` : ''}`);
      return error.exitCode;
    }
    if (isPromptCancel(error)) {
      ui.error(messages.interrupted);
      return 130;
    }
    // A system error nobody wrapped still says what and where in one sentence (issue 14), never "something went wrong".
    const system = error as NodeJS.ErrnoException | undefined;
    if (typeof system?.code === 'string' && /^E[A-Z]+$/.test(system.code)) {
      ui.error(ui.safe(messages.systemError(system.path, system)));
      if (debug) runtime.stderr.write(`${system.stack ?? ''}\n`);
      return 1;
    }
    ui.error(messages.unexpected);
    if (debug) runtime.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}

/** Where `npm run build` saves `mindlines --help` as commander prints it without a terminal (scripts/bundle.mjs). */
export const HELP_FILE = 'help.txt';

/**
 * The top-level help, rendered at build time, when that is exactly what is asked for and printed where it was
 * rendered for (no terminal: 80 columns, no colour). Undefined otherwise, or when there is no rendered copy (the
 * sources run as they are), and commander prints it.
 */
function prerenderedHelp(argv: string[], runtime: Runtime): string | undefined {
  const args = argv.slice(2);
  if (args.length !== 1 || (args[0] !== '--help' && args[0] !== '-h') || runtime.stdout.isTTY) return undefined;
  try {
    return readFileSync(new URL(HELP_FILE, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

/** Every other command line, through commander (program.ts). */
async function runProgram(argv: string[], runtime: Runtime): Promise<number> {
  const [{ createProgram }, { CommanderError }] = await Promise.all([import('./program.js'), import('commander')]);
  const program = createProgram(runtime);
  program.exitOverride();
  program.configureOutput({
    writeOut: (text) => runtime.stdout.write(text),
    writeErr: (text) => runtime.stderr.write(text),
    // Help is wrapped to the runtime's terminal, not to whatever process.stdout is (in-process runs in tests).
    getOutHelpWidth: () => (runtime.stdout.isTTY ? runtime.stdout.columns : undefined) ?? 80,
    getErrHelpWidth: () => (runtime.stderr.isTTY ? (runtime.stderr as { columns?: number }).columns : undefined) ?? 80,
    outputError: (text, write) => write(text.replace(/^error: /, 'mindlines: ')),
  });
  // Subcommands copy these settings when they are made, so apply them to every level (`actions done`).
  const overrideAll = (command: typeof program) => {
    for (const sub of command.commands) {
      sub.exitOverride();
      sub.configureOutput(program.configureOutput());
      overrideAll(sub);
    }
  };
  overrideAll(program);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
}

/** The process entry point (bin/mindlines.js): the only place that ends the process. */
export async function main(argv: string[]): Promise<void> {
  // `mindlines list | head` closes the pipe early: that is the reader's choice, not a failure.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  const code = await run(argv);
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}
