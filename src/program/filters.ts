import type { Command } from 'commander';
import { help } from '../ui/help.js';

/** For options given several times (`--tag a --tag b`). */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The filters `list` and `search` share. */
export function addFilterOptions(command: Command): void {
  command
    .option('--since <date>', help.options.since)
    .option('--until <date>', help.options.until)
    .option('--tag <tag>', help.options.tag, collect)
    .option('--activity <type>', help.options.activity)
    .option('--template <id>', help.options.templateFilter)
    .option('--author <name>', help.options.authorFilter)
    .addOption(command.createOption('--visibility <who>', help.options.visibility).choices(['private', 'team', 'public']))
    .addOption(command.createOption('--status <status>', help.options.status).choices(['draft', 'complete', 'archived']))
    .option('--limit <n>', help.options.limit)
    .addOption(command.createOption('--sort <key>', help.options.sort).choices(['date', 'hours', 'title']))
    .addOption(command.createOption('--format <format>', help.options.format).choices(['table', 'json', 'paths']))
    .option('--archived', help.options.archived);
}
