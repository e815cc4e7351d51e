import type { Command } from 'commander';
import { help } from '../ui/help.js';
import type { ProgramWiring } from './wiring.js';

/** Looking after the records themselves (issue 14): recover, doctor, resolve, migrate. */
export function registerRecords(program: Command, wiring: ProgramWiring): void {
  program
    .command('recover')
    .description(help.recover)
    .argument('[n]', 'the rescued text to restore: its number in the list, or its folder name')
    .option('--print', help.recordsOptions.print)
    .option('--discard', help.recordsOptions.discard)
    .option('--replace', help.recordsOptions.replace)
    .addHelpText('after', help.recoverAfter)
    .action(async (ref: string | undefined, opts: { print?: boolean; discard?: boolean; replace?: boolean }, command: Command) => {
      const { runRecover } = await import('../commands/recover.js');
      await runRecover({ ref, ...opts }, await wiring.context(command));
    });

  program
    .command('doctor')
    .description(help.doctor)
    .addHelpText('after', help.doctorAfter)
    .action(async (_opts, command: Command) => {
      const { runDoctor } = await import('../commands/doctor.js');
      await runDoctor(await wiring.context(command));
    });

  program
    .command('resolve')
    .description(help.resolve)
    .argument('<id>', 'the entry id two files hold (or the start of it)')
    .option('--keep <path>', help.recordsOptions.keep)
    .addHelpText('after', help.resolveAfter)
    .action(async (ref: string, opts: { keep?: string }, command: Command) => {
      const { runResolve } = await import('../commands/resolve.js');
      await runResolve({ ref, keep: opts.keep }, await wiring.context(command));
    });

  program
    .command('migrate')
    .description(help.migrate)
    .addHelpText('after', help.migrateAfter)
    .action(async (_opts, command: Command) => {
      const { runMigrate } = await import('../commands/migrate.js');
      await runMigrate(await wiring.context(command));
    });
}
