import type { Command } from 'commander';
import { help } from '../ui/help.js';
import type { ProgramWiring } from './wiring.js';

/** Team journals (issue 7): sync, team digest, team members. */
export function registerTeam(program: Command, wiring: ProgramWiring): void {
  program
    .command('sync')
    .description(help.sync)
    .addHelpText('after', help.syncAfter)
    .action(async (_opts, command: Command) => {
      const { runSync } = await import('../commands/sync.js');
      await runSync({}, await wiring.context(command));
    });

  const team = program.command('team').description(help.team);
  team
    .command('digest')
    .description(help.teamDigest)
    .option('--since <date>', help.teamOptions.digestSince)
    .option('--until <date>', help.teamOptions.digestUntil)
    .addOption(program.createOption('--format <format>', help.teamOptions.format).choices(['md', 'html', 'json']))
    .addHelpText('after', help.teamDigestAfter)
    .action(async (opts: { since?: string; until?: string; format?: string }, command: Command) => {
      const { runTeamDigest } = await import('../commands/team.js');
      await runTeamDigest(opts, await wiring.context(command));
    });
  team
    .command('members')
    .description(help.teamMembers)
    .addHelpText('after', help.teamMembersAfter)
    .action(async (_opts, command: Command) => {
      const { runTeamMembers } = await import('../commands/team.js');
      await runTeamMembers(await wiring.context(command));
    });
}
