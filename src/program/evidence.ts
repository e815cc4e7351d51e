import type { Command } from 'commander';
import type { ExportBlogCommandOptions } from '../commands/export-blog.js';
import type { ExportCpdCommandOptions } from '../commands/export-cpd.js';
import { help } from '../ui/help.js';
import { keepingHelp } from '../ui/help-keeping.js';
import type { ProgramWiring } from './wiring.js';

/** Evidence for appraisal (issue 6): export cpd, export blog, stats. */
export function registerEvidence(program: Command, wiring: ProgramWiring): void {
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
    .option('--all-authors', help.options.allAuthors)
    .option('--exclude-private', help.options.excludePrivate)
    .option('--no-exclude-private', help.options.noExcludePrivate)
    .option('--include-drafts', help.options.includeDrafts)
    .option('--skip-invalid', help.options.skipInvalid)
    .option('--allow-findings', help.options.allowFindings)
    .option('--force', help.options.forceOutput)
    // issue 18: the report with the included entries' attachments, in one zip
    .option('--bundle <zip>', keepingHelp.options.bundle)
    .addHelpText('after', help.exportCpdAfter)
    .exitOverride()
    .action(async (opts: ExportCpdCommandOptions, command: Command) => {
      const { runExportCpd } = await import('../commands/export-cpd.js');
      await runExportCpd(opts, await wiring.context(command));
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
      const { runExportBlog } = await import('../commands/export-blog.js');
      await runExportBlog(ids, opts, await wiring.context(command));
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
      const { runStats } = await import('../commands/stats.js');
      await runStats(opts, await wiring.context(command));
    });
}
