import { Option, type Command } from 'commander';
import { help } from '../ui/help.js';
import { collect } from './wiring.js';

/** The filters `list` and `search` share. */
export function addFilterOptions(command: Command): void {
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
