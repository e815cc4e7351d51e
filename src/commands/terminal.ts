import type { Runtime } from '../container.js';
import { InputRequiredError } from '../errors.js';

/** Whether mindlines can ask questions here: a terminal to read keys from and one to draw on. */
export function isInteractive(runtime: Pick<Runtime, 'stdin' | 'stdout' | 'stderr'>): boolean {
  const { stdin, stderr, stdout } = runtime;
  return Boolean(stdin.isTTY) && Boolean(stderr.isTTY || stdout.isTTY);
}

/** Refuses at once, with what to do instead, when a command that asks questions has no terminal to ask them in. */
export function requireTerminal(runtime: Pick<Runtime, 'stdin' | 'stdout' | 'stderr'>, message: string, hint: string): void {
  if (!isInteractive(runtime)) throw new InputRequiredError(message, { hint });
}
