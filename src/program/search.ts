import type { Command } from 'commander';
import type { FilterOptions } from '../commands/list.js';
import { help } from '../ui/help.js';
import { addFilterOptions } from './filters.js';
import type { ProgramWiring } from './wiring.js';

/** Search and the index (issue 4): search, reindex. */
export function registerSearch(program: Command, wiring: ProgramWiring): void {
  const search = program
    .command('search')
    .description(help.search)
    .argument('<query...>', help.options.query)
    .addHelpText('after', help.searchAfter)
    .action(async (words: string[], opts: FilterOptions, command: Command) => {
      const { runSearch } = await import('../commands/search.js');
      // An argument holding a space was quoted in the shell (`search "spacer technique"`): it is a phrase.
      const query = words.map((word) => (/\s/.test(word.trim()) && !word.includes('"') ? `"${word}"` : word)).join(' ');
      await runSearch({ ...opts, query }, await wiring.context(command));
    });
  addFilterOptions(search);

  program
    .command('reindex')
    .description(help.reindex)
    .addHelpText('after', help.reindexAfter)
    .action(async (_opts, command: Command) => {
      const { runReindex } = await import('../commands/reindex.js');
      await runReindex(await wiring.context(command));
    });
}
