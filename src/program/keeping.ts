import type { Command } from 'commander';
import type { ImportCommandOptions } from '../commands/import.js';
import type { LockCommandOptions } from '../commands/lock.js';
import { keepingHelp } from '../ui/help-keeping.js';
import type { ProgramWiring } from './wiring.js';

/** Bringing the past in, evidence files and private entries at rest (issue 18): import, attach, lock, unlock. */
export function registerKeeping(program: Command, wiring: ProgramWiring): void {
  program
    .command('import')
    .description(keepingHelp.import)
    .argument('<source>', 'a jrnl JSON export, a folder of Markdown notes, a Markdown note, or a CPD log CSV')
    .option('--dry-run', keepingHelp.options.dryRun)
    .option('-f, --format <format>', keepingHelp.options.importFormat)
    .option('--map <fields>', keepingHelp.options.map)
    .addOption(program.createOption('--visibility <who>', keepingHelp.options.importVisibility).choices(['private', 'team', 'public']))
    .addHelpText('after', keepingHelp.importAfter)
    .action(async (source: string, opts: ImportCommandOptions, command: Command) => {
      const { runImportCommand } = await import('../commands/import.js');
      await runImportCommand(source, opts, await wiring.context(command));
    });

  program
    .command('attach')
    .description(keepingHelp.attach)
    .argument('<id|path>', 'the entry: an id (or its start), a short id, or a path')
    .argument('<file...>', 'the files to attach')
    .addHelpText('after', keepingHelp.attachAfter)
    .action(async (ref: string, files: string[], _opts, command: Command) => {
      const { runAttach } = await import('../commands/attach.js');
      await runAttach(ref, files, await wiring.context(command));
    });

  program
    .command('lock')
    .description(keepingHelp.lock)
    .option('--clear-front-matter', keepingHelp.options.clearFrontMatter)
    .option('--no-clear-front-matter', keepingHelp.options.noClearFrontMatter)
    .option('--identity <file>', keepingHelp.options.identity)
    .addHelpText('after', keepingHelp.lockAfter)
    .action(async (opts: LockCommandOptions, command: Command) => {
      const { runLock } = await import('../commands/lock.js');
      await runLock(opts, await wiring.context(command));
    });

  program
    .command('unlock')
    .description(keepingHelp.unlock)
    .addHelpText('after', keepingHelp.unlockAfter)
    .action(async (_opts, command: Command) => {
      const { runUnlock } = await import('../commands/lock.js');
      await runUnlock(await wiring.context(command));
    });
}
