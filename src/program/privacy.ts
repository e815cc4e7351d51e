import type { Command } from 'commander';
import { help } from '../ui/help.js';
import type { ProgramWiring } from './wiring.js';

/** The privacy guard (issue 5): check, hooks, visibility. */
export function registerPrivacy(program: Command, wiring: ProgramWiring): void {
  program
    .command('check')
    .description(help.check)
    .argument('[path...]', 'Markdown or text files or folders to check (default: every entry in the journal)')
    .option('--staged', help.options.staged)
    .option('--strict', help.options.checkStrict)
    .addHelpText('after', help.checkAfter)
    .action(async (paths: string[], opts: { staged?: boolean; strict?: boolean }, command: Command) => {
      const [{ runCheck }, { createUi, openCheckPorts }] = await Promise.all([import('../commands/check.js'), import('../container.js')]);
      const g = wiring.globals(command);
      await runCheck({ paths, staged: opts.staged, strict: opts.strict }, { runtime: wiring.runtime, globals: g, ui: createUi(wiring.runtime, g) }, () => openCheckPorts(wiring.runtime, g));
    });

  program
    .command('hooks')
    .description(help.hooks)
    .argument('<action>', 'install or uninstall')
    .option('--local', help.options.hooksLocal)
    .addHelpText('after', help.hooksAfter)
    .action(async (action: string, opts: { local?: boolean }, command: Command) => {
      const { runHooks } = await import('../commands/hooks.js');
      await runHooks({ action, local: opts.local }, await wiring.context(command));
    });

  // issue 13: redact
  program
    .command('redact')
    .description(help.redact)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .option('--all', help.options.redactAll)
    .option('-y, --yes', help.options.redactYes)
    .addHelpText('after', help.redactAfter)
    .action(async (ref: string, opts: { all?: boolean; yes?: boolean }, command: Command) => {
      const { runRedact } = await import('../commands/redact.js');
      await runRedact({ ref, all: opts.all, yes: opts.yes }, await wiring.context(command));
    });

  program
    .command('visibility')
    .description(help.visibility)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .argument('<visibility>', 'private, team or public')
    .addHelpText('after', help.visibilityAfter)
    .action(async (ref: string, visibility: string, _opts, command: Command) => {
      const { runVisibility } = await import('../commands/visibility.js');
      await runVisibility({ ref, visibility }, await wiring.context(command));
    });
}
