import type { Command } from 'commander';
import type { FilterOptions } from '../commands/list.js';
import { help } from '../ui/help.js';
import { addFilterOptions } from './filters.js';
import type { ProgramWiring } from './wiring.js';

/** Making a journal, writing and reading entries: init, new, list, show. */
export function registerJournal(program: Command, wiring: ProgramWiring): void {
  program
    .command('init')
    .description(help.init)
    .argument('[dir]', 'the folder to make a journal (default: the current folder)')
    .addOption(program.createOption('--mode <mode>', help.options.mode).choices(['personal', 'team']))
    .option('--profile <profile>', help.options.profile)
    .option('--name <name>', help.options.name)
    .option('--registrant <name>', help.options.registrant)
    .option('--registration-number <number>', help.options.registrationNumber)
    .addHelpText('after', help.initAfter)
    .action(async (dir: string | undefined, opts: { mode?: string; profile?: string; name?: string; registrant?: string; registrationNumber?: string }, command: Command) => {
      const [{ runInit }, { openSetupContext }] = await Promise.all([import('../commands/init.js'), import('../container.js')]);
      await runInit({ dir, ...opts }, openSetupContext(wiring.runtime, wiring.globals(command)));
    });

  program
    .command('new')
    .description(help.new)
    .option('--answers <file>', help.options.answers)
    .option('-t, --template <id>', help.options.template)
    .option('--title <title>', help.options.title)
    .option('--resume [id]', help.options.resume)
    .option('--strict', help.options.captureStrict)
    .option('-s, --short', help.options.short)
    .addHelpText('after', help.newAfter)
    .action(async (opts: { answers?: string; template?: string; title?: string; resume?: string | boolean; strict?: boolean; short?: boolean }, command: Command) => {
      const { runNew } = await import('../commands/new.js');
      await runNew(opts, await wiring.context(command));
    });

  program
    .command('list')
    .alias('ls')
    .description(help.list)
    .addHelpText('after', help.listAfter)
    .action(async (opts: FilterOptions, command: Command) => {
      const { runList } = await import('../commands/list.js');
      await runList(opts, await wiring.context(command));
    });
  addFilterOptions(program.commands.at(-1) as Command);

  program
    .command('show')
    .description(help.show)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .addHelpText('after', help.showAfter)
    .action(async (ref: string, _opts, command: Command) => {
      const { runShow } = await import('../commands/show.js');
      await runShow({ ref }, await wiring.context(command));
    });
}
