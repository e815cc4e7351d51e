import type { Command } from 'commander';
import { help } from '../ui/help.js';
import type { ProgramWiring } from './wiring.js';

/** Closing the loop (issue 8): actions (and actions done), review, beliefs. */
export function registerLoop(program: Command, wiring: ProgramWiring): void {
  const actions = program
    .command('actions')
    .description(help.actions)
    .option('--open', help.options.actionsOpen)
    .option('--done', help.options.actionsDone)
    .option('--overdue', help.options.actionsOverdue)
    .addHelpText('after', help.actionsAfter)
    .action(async (opts: { open?: boolean; done?: boolean; overdue?: boolean }, command: Command) => {
      const { runActions } = await import('../commands/actions.js');
      await runActions(opts, await wiring.context(command));
    });
  actions
    .command('done')
    .description(help.actionsDoneCommand)
    .argument('<ENTRY#N>', 'the entry (id, its start, short id or path), #, and the action number, e.g. 7f3k#1')
    .option('--note <text>', help.options.actionNote)
    .addHelpText('after', help.actionsDoneAfter)
    .action(async (ref: string, opts: { note?: string }, command: Command) => {
      const { runActionDone } = await import('../commands/actions.js');
      await runActionDone({ ref, note: opts.note }, await wiring.context(command));
    });
  actions
    .command('drop')
    .description(help.actionsDropCommand)
    .argument('<ENTRY#N>', 'the entry (id, its start, short id or path), #, and the action number, e.g. 7f3k#2')
    .option('--note <text>', help.options.actionDropNote)
    .addHelpText('after', help.actionsDropAfter)
    .action(async (ref: string, opts: { note?: string }, command: Command) => {
      const { runActionDrop } = await import('../commands/actions.js');
      await runActionDrop({ ref, note: opts.note }, await wiring.context(command));
    });

  program
    .command('review')
    .description(help.review)
    .option('--list', help.options.reviewList)
    .option('--strict', help.options.captureStrict)
    .addHelpText('after', help.reviewAfter)
    .action(async (opts: { list?: boolean; strict?: boolean }, command: Command) => {
      const { runReview } = await import('../commands/review.js');
      await runReview(opts, await wiring.context(command));
    });

  program
    .command('beliefs')
    .description(help.beliefs)
    .addHelpText('after', help.beliefsAfter)
    .action(async (_opts, command: Command) => {
      const { runBeliefs } = await import('../commands/beliefs.js');
      await runBeliefs(await wiring.context(command));
    });
}
