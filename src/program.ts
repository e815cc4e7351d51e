import { Command, Option } from 'commander';
import { createUi, openContext, type GlobalOptions, type Runtime } from './container.js';
import { help } from './ui/help.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * The command line. Each action imports its command module only when it runs, so `--help` and fast commands load
 * nothing they do not use (STACK.md: eager imports cost ~380 ms at start-up).
 */
export function createProgram(runtime: Runtime): Command {
  const program = new Command('mindlines');
  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();
  const context = async (command: Command) => openContext(runtime, globals(command));

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
      const { runInit } = await import('./commands/init.js');
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
    .option('--since <date>', help.options.since)
    .option('--until <date>', help.options.until)
    .option('--tag <tag>', help.options.tag, collect)
    .option('--activity <type>', help.options.activity)
    .addHelpText('after', help.listAfter)
    .action(async (opts: { since?: string; until?: string; tag?: string[]; activity?: string }, command: Command) => {
      const { runList } = await import('./commands/list.js');
      await runList(opts, await context(command));
    });

  program
    .command('show')
    .description(help.show)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .addHelpText('after', help.showAfter)
    .action(async (ref: string, _opts, command: Command) => {
      const { runShow } = await import('./commands/show.js');
      await runShow({ ref }, await context(command));
    });

  // privacy guard (issue 5): check, hooks, visibility
  program
    .command('check')
    .description(help.check)
    .argument('[path...]', 'Markdown or text files or folders to check (default: every entry in the journal)')
    .option('--staged', help.options.staged)
    .addHelpText('after', help.checkAfter)
    .action(async (paths: string[], opts: { staged?: boolean }, command: Command) => {
      const { runCheck } = await import('./commands/check.js');
      const g = globals(command);
      await runCheck({ paths, staged: opts.staged }, runtime, g, createUi(runtime, g));
    });

  program
    .command('hooks')
    .description(help.hooks)
    .argument('<action>', 'install or uninstall')
    .addHelpText('after', help.hooksAfter)
    .action(async (action: string, _opts, command: Command) => {
      const { runHooks } = await import('./commands/hooks.js');
      await runHooks({ action }, await context(command));
    });

  program
    .command('visibility')
    .description(help.visibility)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .argument('<visibility>', 'private, team or public')
    .addHelpText('after', help.visibilityAfter)
    .action(async (ref: string, visibility: string, _opts, command: Command) => {
      const { runVisibility } = await import('./commands/visibility.js');
      await runVisibility({ ref, visibility }, await context(command));
    });

  // team: sync, digest, members (issue 7)
  program
    .command('sync')
    .description(help.sync)
    .addHelpText('after', help.syncAfter)
    .action(async (_opts, command: Command) => {
      const { runSync } = await import('./commands/sync.js');
      await runSync({}, await context(command));
    });

  const team = program.command('team').description(help.team);
  team
    .command('digest')
    .description(help.teamDigest)
    .option('--since <date>', help.teamOptions.digestSince)
    .option('--until <date>', help.teamOptions.digestUntil)
    .addOption(new Option('--format <format>', help.teamOptions.format).choices(['md', 'html', 'json']))
    .addHelpText('after', help.teamDigestAfter)
    .action(async (opts: { since?: string; until?: string; format?: string }, command: Command) => {
      const { runTeamDigest } = await import('./commands/team.js');
      await runTeamDigest(opts, await context(command));
    });
  team
    .command('members')
    .description(help.teamMembers)
    .addHelpText('after', help.teamMembersAfter)
    .action(async (_opts, command: Command) => {
      const { runTeamMembers } = await import('./commands/team.js');
      await runTeamMembers(await context(command));
    });

  return program;
}
