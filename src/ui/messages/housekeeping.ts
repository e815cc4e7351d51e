/**
 * Housekeeping (issue 17): the first run, settings, unknown commands, delete / archive / history / undo, shell
 * completion, the pager.
 */
export const housekeepingMessages = {
  unknownCommand: (word: string, suggestion: string | undefined) =>
    `unknown command '${word}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
  unknownCommandHint: 'see every command with `mindlines --help`, and one with `mindlines help COMMAND`',
} as const;
