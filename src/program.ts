import { Command } from 'commander';
import type { GlobalOptions, Runtime } from './container.js';
import { createRequire } from 'node:module';
import { registerEvidence } from './program/evidence.js';
import { refuseUnknownCommand, registerHousekeeping } from './program/housekeeping.js';
import { registerJournal } from './program/journal.js';
import { registerKeeping } from './program/keeping.js';
import { registerLoop } from './program/loop.js';
import { registerPrivacy } from './program/privacy.js';
import { registerRecords } from './program/records.js';
import { registerReflection } from './program/reflection.js';
import { registerSearch } from './program/search.js';
import { registerTeam } from './program/team.js';
import type { ProgramWiring } from './program/wiring.js';
import { help } from './ui/help.js';

/**
 * package.json's version, for --version: read as JSON through require, so --help loads no adapter (STACK.md). It is
 * one folder up from src/ and dist/, two from the bundle's chunks (dist/bundle/), so both are tried, by name.
 */
function mindlinesVersion(): string {
  const require = createRequire(import.meta.url);
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const { name, version } = require(relative) as { name?: unknown; version?: unknown };
      if (name === 'mindlines') return String(version ?? '');
    } catch {
      // Not here: the other place.
    }
  }
  return '';
}

/**
 * The command line: the global options and the home menu here, each group of commands registered from its own
 * module under program/. Every action imports its command module only when it runs, so `--help` and fast
 * commands load nothing they do not use (STACK.md: eager imports cost ~380 ms at start-up).
 */
export function createProgram(runtime: Runtime): Command {
  const program = new Command('mindlines');
  // --journal may be repeated (a cohort for `export cpd`): every value is kept in `journals`, the last in `journal`.
  const globals = (command: Command): GlobalOptions => {
    const { journal, ...rest } = command.optsWithGlobals<Omit<GlobalOptions, 'journal'> & { journal?: string[] }>();
    return journal && journal.length > 0 ? { ...rest, journal: journal.at(-1), journalsGiven: journal } : rest;
  };
  // container.js (and through it every adapter) is loaded only when a command runs, never for --help.
  const opened: { finish(): Promise<void> }[] = [];
  const context = async (command: Command, options: { readsIndex?: boolean } = {}) => {
    const { openContext, createUi } = await import('./container.js');
    const ctx = await openContext(runtime, globals(command), createUi(runtime, globals(command)), options.readsIndex ?? true);
    opened.push(ctx);
    return ctx;
  };
  // When a command has run, what it changed is committed (issue 17: each change in a personal journal).
  program.hook('postAction', async () => {
    for (const ctx of opened.splice(0)) await ctx.finish();
  });

  program
    .description(help.program)
    .option('--journal <dir>', help.options.journal, (dir: string, previous: string[] = []) => [...previous, dir])
    .option('--json', help.options.json)
    .option('--no-color', help.options.noColor)
    .option('-q, --quiet', help.options.quiet)
    .option('--debug', help.options.debug)
    .option('--no-pager', help.options.noPager)
    .addHelpText('after', help.programAfter)
    .showSuggestionAfterError(true)
    // issue 17: `--version`, `help COMMAND`, and a word that names no command is refused with a suggestion.
    .version(mindlinesVersion(), '-V, --version', help.options.version)
    .helpCommand('help [command]', help.options.helpCommand)
    .allowExcessArguments(true)
    .action(async (_opts, command: Command) => {
      const [word] = command.args;
      if (word !== undefined) await refuseUnknownCommand(program, word);
      // In a terminal, a small menu; otherwise the one-screen status (guided reflection, issue 3).
      const { runHome } = await import('./commands/home.js');
      await runHome(await context(command));
    });

  const wiring: ProgramWiring = { runtime, globals, context };
  // Each group registers its commands from its own module, in the order --help lists them.
  registerJournal(program, wiring);
  registerReflection(program, wiring);
  registerPrivacy(program, wiring);
  registerLoop(program, wiring);
  registerEvidence(program, wiring);
  registerTeam(program, wiring);
  registerSearch(program, wiring);
  // Records that survive (issue 14).
  registerRecords(program, wiring);
  registerHousekeeping(program, wiring);
  // issue 18: import, attach, lock, unlock
  registerKeeping(program, wiring);
  return program;
}
