import { CommanderError } from 'commander';
import type { Runtime } from './container.js';
import { createProgram } from './program.js';

export function processRuntime(): Runtime {
  return { env: process.env, cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/**
 * Runs mindlines and returns the exit code: 0 ok, 1 failure or problems found, 2 usage, 130 cancelled.
 * Every error is caught here and said once, as one sentence (plus a hint); the stack trace only with --debug.
 */
export async function run(argv: string[], runtime: Runtime = processRuntime()): Promise<number> {
  const program = createProgram(runtime);
  const debug = argv.includes('--debug');
  // The Ui (and chalk) is loaded only to report an error: --help never needs it.
  const errorUi = async () =>
    (await import('./container.js')).createUi(runtime, { color: argv.includes('--no-color') ? false : undefined, quiet: false });
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
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return 0;
      }
      return 2;
    }
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
