import type { Command } from 'commander';
import { housekeepingHelp as help } from '../ui/help-housekeeping.js';
import type { ProgramWiring } from './wiring.js';

/** The names a command can be called by, for "did you mean" (`help` is commander's own). */
export function commandNames(program: Command): string[] {
  // Hidden commands (`__complete`, for the completion scripts) are not for people, so never suggested.
  const shown = program.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden);
  return [...shown.flatMap((c) => [c.name(), ...c.aliases()]), 'help'];
}

/**
 * A word where a command was expected that names none (`mindlines lsit`): a usage error (exit 2) suggesting the
 * nearest command, instead of commander's "too many arguments".
 */
export async function refuseUnknownCommand(program: Command, word: string): Promise<never> {
  const [{ UsageError }, { didYouMean }, { messages }] = await Promise.all([
    import('../errors.js'),
    import('../codecs/did-you-mean.js'),
    import('../ui/messages.js'),
  ]);
  throw new UsageError(messages.unknownCommand(word, didYouMean(word, commandNames(program))), { hint: messages.unknownCommandHint });
}

/** Housekeeping (issue 17): config, delete, archive, history, undo, completion. */
export function registerHousekeeping(program: Command, wiring: ProgramWiring): void {
  program
    .command('config')
    .description(help.config)
    .argument('[action]', 'list (default), get, set or unset')
    .argument('[key]', 'the setting, e.g. profile, year_start, registrant.name')
    .argument('[value...]', help.options.configValue)
    .addHelpText('after', help.configAfter)
    .action(async (action: string | undefined, key: string | undefined, value: string[], _opts, command: Command) => {
      const { runConfig } = await import('../commands/config.js');
      await runConfig({ action, key, value }, await wiring.context(command));
    });

  program
    .command('delete')
    .alias('rm')
    .description(help.delete)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .option('-y, --yes', help.options.yesDelete)
    .addHelpText('after', help.deleteAfter)
    .action(async (ref: string, opts: { yes?: boolean }, command: Command) => {
      const { runDelete } = await import('../commands/delete.js');
      await runDelete({ ref, yes: opts.yes }, await wiring.context(command));
    });

  program
    .command('archive')
    .description(help.archive)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .option('--restore', help.options.restore)
    .addHelpText('after', help.archiveAfter)
    .action(async (ref: string, opts: { restore?: boolean }, command: Command) => {
      const { runArchive } = await import('../commands/archive.js');
      await runArchive({ ref, restore: opts.restore }, await wiring.context(command));
    });

  program
    .command('history')
    .description(help.history)
    .argument('[id|path]', 'the entry (default: the whole journal)')
    .option('--limit <n>', help.options.historyLimit)
    .addHelpText('after', help.historyAfter)
    .action(async (ref: string | undefined, opts: { limit?: string }, command: Command) => {
      const { runHistory } = await import('../commands/history.js');
      await runHistory({ ref, limit: opts.limit }, await wiring.context(command));
    });

  program
    .command('undo')
    .description(help.undo)
    .option('-y, --yes', help.options.yesUndo)
    .addHelpText('after', help.undoAfter)
    .action(async (opts: { yes?: boolean }, command: Command) => {
      const { runUndo } = await import('../commands/undo.js');
      await runUndo({ yes: opts.yes }, await wiring.context(command));
    });

  program
    .command('completion')
    .description(help.completion)
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', help.completionAfter)
    .action(async (shell: string, _opts, command: Command) => {
      const [{ runCompletionScript }, { createUi }] = await Promise.all([import('../commands/completion.js'), import('../container.js')]);
      runCompletionScript(shell, { ui: createUi(wiring.runtime, wiring.globals(command)) });
    });

  // What the completion scripts call with the words typed so far; not for people, so not in --help.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .action(async (words: string[], _opts, command: Command) => {
      const [{ completionNeed }, { runComplete }, { createUi, openCompletionPorts }] = await Promise.all([
        import('./completion.js'),
        import('../commands/completion.js'),
        import('../container.js'),
      ]);
      const need = completionNeed(program, words.length > 0 ? words : ['']);
      const commands = program.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden).map((c) => ({ value: c.name() }));
      const values = need.source === 'commands' ? commands : need.values;
      const data = need.source === 'commands' ? undefined : need.source;
      const ui = createUi(wiring.runtime, { ...wiring.globals(command), color: false });
      await runComplete({ values, data }, { ui }, () => openCompletionPorts(wiring.runtime, need.journal ?? wiring.globals(command).journal));
    });
}
