import { Command, Option } from 'commander';
import type { GlobalOptions, Runtime } from './container.js';
import type { ExportBlogCommandOptions } from './commands/export-blog.js';
import type { ExportCpdCommandOptions } from './commands/export-cpd.js';
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
      // In a terminal, a small menu; otherwise the one-screen status (guided reflection, issue 3).
      const { runHome } = await import('./commands/home.js');
      await runHome(await context(command));
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
      const [{ runInit }, { openSetupContext }] = await Promise.all([import('./commands/init.js'), import('./container.js')]);
      await runInit({ dir, ...opts }, openSetupContext(runtime, globals(command)));
    });

  program
    .command('new')
    .description(help.new)
    .option('--answers <file>', help.options.answers)
    .option('-t, --template <id>', help.options.template)
    .option('--title <title>', help.options.title)
    .option('--resume [id]', help.options.resume)
    .addHelpText('after', help.newAfter)
    .action(async (opts: { answers?: string; template?: string; title?: string; resume?: string | boolean }, command: Command) => {
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

  // guided reflection (issue 3): quick capture, reflect, edit, drafts, templates
  program
    .command('quick')
    .description(help.quick)
    .argument('[text...]', 'the note; a leading date such as "yesterday:" sets its date (default: stdin)')
    .option('--tag <tag>', help.options.quickTag, collect)
    .addHelpText('after', help.quickAfter)
    .action(async (text: string[], opts: { tag?: string[] }, command: Command) => {
      const { runQuick } = await import('./commands/quick.js');
      await runQuick({ text, tag: opts.tag }, await context(command));
    });

  program
    .command('reflect')
    .description(help.reflect)
    .argument('<id|path>', 'the entry to grow: an id (or its start), a short id, or a path')
    .option('-t, --template <id>', help.options.reflectTemplate)
    .addHelpText('after', help.reflectAfter)
    .action(async (ref: string, opts: { template?: string }, command: Command) => {
      const { runReflect } = await import('./commands/reflect.js');
      await runReflect({ ref, template: opts.template }, await context(command));
    });

  program
    .command('edit')
    .description(help.edit)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .addHelpText('after', help.editAfter)
    .action(async (ref: string, _opts, command: Command) => {
      const { runEdit } = await import('./commands/edit.js');
      await runEdit({ ref }, await context(command));
    });

  program
    .command('drafts')
    .description(help.drafts)
    .argument('[action]', 'list (default) or discard')
    .argument('[id]', 'the draft to discard')
    .addHelpText('after', help.draftsAfter)
    .action(async (action: string | undefined, id: string | undefined, _opts, command: Command) => {
      const { runDrafts } = await import('./commands/drafts.js');
      await runDrafts({ action, id }, await context(command));
    });

  program
    .command('templates')
    .description(help.templates)
    .argument('[action]', 'list (default), show or validate')
    .argument('[id|file]', 'the template id to show, or the file to validate')
    .addHelpText('after', help.templatesAfter)
    .action(async (action: string | undefined, arg: string | undefined, _opts, command: Command) => {
      const { runTemplates } = await import('./commands/templates.js');
      await runTemplates({ action, arg }, await context(command));
    });

  // privacy guard (issue 5): check, hooks, visibility
  program
    .command('check')
    .description(help.check)
    .argument('[path...]', 'Markdown or text files or folders to check (default: every entry in the journal)')
    .option('--staged', help.options.staged)
    .addHelpText('after', help.checkAfter)
    .action(async (paths: string[], opts: { staged?: boolean }, command: Command) => {
      const [{ runCheck }, { createUi, openCheckPorts }] = await Promise.all([import('./commands/check.js'), import('./container.js')]);
      const g = globals(command);
      await runCheck({ paths, staged: opts.staged }, { runtime, globals: g, ui: createUi(runtime, g) }, () => openCheckPorts(runtime, g));
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

  // closing the loop: actions, spaced review, the belief ledger (issue 8)
  const actions = program
    .command('actions')
    .description(help.actions)
    .option('--open', help.options.actionsOpen)
    .option('--done', help.options.actionsDone)
    .option('--overdue', help.options.actionsOverdue)
    .addHelpText('after', help.actionsAfter)
    .action(async (opts: { open?: boolean; done?: boolean; overdue?: boolean }, command: Command) => {
      const { runActions } = await import('./commands/actions.js');
      await runActions(opts, await context(command));
    });
  actions
    .command('done')
    .description(help.actionsDoneCommand)
    .argument('<ENTRY#N>', 'the entry (id, its start, short id or path), #, and the action number, e.g. 7f3k#1')
    .option('--note <text>', help.options.actionNote)
    .addHelpText('after', help.actionsDoneAfter)
    .action(async (ref: string, opts: { note?: string }, command: Command) => {
      const { runActionDone } = await import('./commands/actions.js');
      await runActionDone({ ref, note: opts.note }, await context(command));
    });

  program
    .command('review')
    .description(help.review)
    .option('--list', help.options.reviewList)
    .addHelpText('after', help.reviewAfter)
    .action(async (opts: { list?: boolean }, command: Command) => {
      const { runReview } = await import('./commands/review.js');
      await runReview(opts, await context(command));
    });

  program
    .command('beliefs')
    .description(help.beliefs)
    .addHelpText('after', help.beliefsAfter)
    .action(async (_opts, command: Command) => {
      const { runBeliefs } = await import('./commands/beliefs.js');
      await runBeliefs(await context(command));
    });

  // evidence for appraisal: export cpd, export blog, stats (issue 6)
  const exportCommand = program.command('export').description(help.export).addHelpText('after', help.exportAfter);
  exportCommand
    .command('cpd')
    .description(help.exportCpd)
    .option('--profile <id>', help.options.exportProfile)
    .option('--from <date>', help.options.from)
    .option('--to <date>', help.options.to)
    .option('-f, --format <format>', help.options.cpdFormat)
    .option('-o, --output <file>', help.options.output)
    .option('--author <name>', help.options.author)
    .option('--allow-findings', help.options.allowFindings)
    .option('--force', help.options.forceOutput)
    .addHelpText('after', help.exportCpdAfter)
    .exitOverride()
    .action(async (opts: ExportCpdCommandOptions, command: Command) => {
      const { runExportCpd } = await import('./commands/export-cpd.js');
      await runExportCpd(opts, await context(command));
    });
  exportCommand
    .command('blog')
    .description(help.exportBlog)
    .argument('<id...>', 'entries to build the post from: ids (or their start), short ids or paths')
    .option('-f, --format <format>', help.options.blogFormat)
    .option('--site <site>', help.options.site)
    .option('-o, --output <file>', help.options.output)
    .option('--title <title>', help.options.blogTitle)
    .option('--include-private', help.options.includePrivate)
    .option('--allow-findings', help.options.allowFindings)
    .option('--force', help.options.forceOutput)
    .addHelpText('after', help.exportBlogAfter)
    .exitOverride()
    .action(async (ids: string[], opts: ExportBlogCommandOptions, command: Command) => {
      const { runExportBlog } = await import('./commands/export-blog.js');
      await runExportBlog(ids, opts, await context(command));
    });

  program
    .command('stats')
    .description(help.stats)
    .option('--from <date>', help.options.from)
    .option('--to <date>', help.options.to)
    .option('--profile <id>', help.options.exportProfile)
    .option('--author <name>', help.options.author)
    .addHelpText('after', help.statsAfter)
    .action(async (opts: { from?: string; to?: string; profile?: string; author?: string }, command: Command) => {
      const { runStats } = await import('./commands/stats.js');
      await runStats(opts, await context(command));
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
    .option('--author <name>', help.options.authorFilter)
    .addOption(new Option('--visibility <who>', help.options.visibility).choices(['private', 'team', 'public']))
    .addOption(new Option('--status <status>', help.options.status).choices(['draft', 'complete']))
    .option('--limit <n>', help.options.limit)
    .addOption(new Option('--sort <key>', help.options.sort).choices(['date', 'hours', 'title']))
    .addOption(new Option('--format <format>', help.options.format).choices(['table', 'json', 'paths']));
}
