import { password } from '@inquirer/prompts';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';

/**
 * Asks for the journal's passphrase in the terminal, without echoing it (drawn on stderr, so stdout stays data).
 * A new passphrase is asked twice; two that differ change nothing.
 */
export async function askPassphrase(purpose: 'open' | 'new', context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }): Promise<string> {
  if (purpose === 'open') return password({ message: messages.passphrasePrompt, mask: '*' }, context);
  const first = await password({ message: messages.passphraseNewPrompt, mask: '*' }, context);
  const second = await password({ message: messages.passphraseRepeatPrompt, mask: '*' }, context);
  if (first !== second) throw new UsageError(messages.passphraseMismatch);
  return first;
}
