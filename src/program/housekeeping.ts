import type { Command } from 'commander';
import { help } from '../ui/help.js';
import type { ProgramWiring } from './wiring.js';

/** The names a command can be called by, for "did you mean" (`help` is commander's own). */
export function commandNames(program: Command): string[] {
  return [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), 'help'];
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

/** Housekeeping commands (issue 17): config, delete, archive, history, undo, completion. */
export function registerHousekeeping(program: Command, wiring: ProgramWiring): void {
  void wiring;
  void help;
}
