import { Command, Option } from 'commander';
import type { GlobalOptions, Runtime } from './container.js';
import type { FilterOptions } from './commands/list.js';
import { help } from './ui/help.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * The command line. Each action imports its command module only when it runs, so `--help` and fast commands load
 * nothing they do not use (STACK.md: eager imports cost ~380 ms at start-up).
 */
export function createProgram(runtime: Runtime): Command {
  const program = new Command('mindlines');
  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();
  // container.js (and through it every adapter) is loaded only when a command runs, never for --help.
  const context = async (command: Command) => (await import('./container.js')).openContext(runtime, globals(command));

  program
    .description(help.program)
    .option('--journal <dir>', help.options.journal)
    .option('--json', help.options.json)
    .option('--no-color', help.options.noColor)
    .option('-q, --quiet', help.options.quiet)
    .option('--debug', help.options.debug)
    .addHelpText('after', help.programAfter)
    .showSuggestionAfterError(true)
    .action(async (_opts, command: Command) => {
      const { runStatus } = await import('./commands/status.js');
      await runStatus(await context(command));
    });

  program
    .command('init')
    .description(help.init)
    .argument('[dir]', 'the folder to make a journal (default: the current folder)')
    .addOption(new Option('--mode <mode>', help.options.mode).choices(['personal', 'team']))
    .option('--profile <profile>', help.options.profile)
    .option('--name <name>', help.options.name)
    .addHelpText('after', help.initAfter)
    .action(async (dir: string | undefined, opts: { mode?: string; profile?: string; name?: string }, command: Command) => {
      const [{ runInit }, { createUi }] = await Promise.all([import('./commands/init.js'), import('./container.js')]);
      const g = globals(command);
      await runInit({ dir, ...opts }, runtime, g, createUi(runtime, g));
    });

  program
    .command('new')
    .description(help.new)
    .option('--answers <file>', help.options.answers)
    .option('-t, --template <id>', help.options.template)
    .option('--title <title>', help.options.title)
    .addHelpText('after', help.newAfter)
    .action(async (opts: { answers?: string; template?: string; title?: string }, command: Command) => {
      const { runNew } = await import('./commands/new.js');
      await runNew(opts, await context(command));
    });

  program
    .command('list')
    .alias('ls')
    .description(help.list)
    .addHelpText('after', help.listAfter)
    .action(async (opts: FilterOptions, command: Command) => {
      const { runList } = await import('./commands/list.js');
      await runList(opts, await context(command));
    });
  addFilterOptions(program.commands.at(-1) as Command);

  program
    .command('show')
    .description(help.show)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .addHelpText('after', help.showAfter)
    .action(async (ref: string, _opts, command: Command) => {
      const { runShow } = await import('./commands/show.js');
      await runShow({ ref }, await context(command));
    });

  // search and reindex (issue 4)
  const search = program
    .command('search')
    .description(help.search)
    .argument('<query...>', help.options.query)
    .addHelpText('after', help.searchAfter)
    .action(async (words: string[], opts: FilterOptions, command: Command) => {
      const { runSearch } = await import('./commands/search.js');
      // An argument holding a space was quoted in the shell (`search "spacer technique"`): it is a phrase.
      const query = words.map((word) => (/\s/.test(word.trim()) && !word.includes('"') ? `"${word}"` : word)).join(' ');
      await runSearch({ ...opts, query }, await context(command));
    });
  addFilterOptions(search);

  program
    .command('reindex')
    .description(help.reindex)
    .addHelpText('after', help.reindexAfter)
    .action(async (_opts, command: Command) => {
      const { runReindex } = await import('./commands/reindex.js');
      await runReindex(await context(command));
    });

  return program;
}

/** The filters `list` and `search` share. */
function addFilterOptions(command: Command): void {
  command
    .option('--since <date>', help.options.since)
    .option('--until <date>', help.options.until)
    .option('--tag <tag>', help.options.tag, collect)
    .option('--activity <type>', help.options.activity)
    .option('--template <id>', help.options.templateFilter)
    .option('--author <name>', help.options.author)
    .addOption(new Option('--visibility <who>', help.options.visibility).choices(['private', 'team', 'public']))
    .addOption(new Option('--status <status>', help.options.status).choices(['draft', 'complete']))
    .option('--limit <n>', help.options.limit)
    .addOption(new Option('--sort <key>', help.options.sort).choices(['date', 'hours', 'title']))
    .addOption(new Option('--format <format>', help.options.format).choices(['table', 'json', 'paths']));
}
