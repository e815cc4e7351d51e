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
      const [{ runSearch }, { queryOf }] = await Promise.all([import('../commands/search.js'), import('./read-path.js')]);
      await runSearch({ ...opts, query: queryOf(words) }, await wiring.context(command));
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
