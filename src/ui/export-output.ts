import { UsageError } from '../errors.js';
import { messages } from './messages.js';
import type { Ui } from './output.js';

/**
 * Prints an export on stdout (no `-o FILE`). Binary formats are refused on a terminal, and text shown on one has
 * its control characters escaped; to a pipe or file the bytes go through unchanged, for scripts.
 */
export function printExport(content: string | Buffer, ui: Ui, format: string): void {
  if (typeof content !== 'string' && ui.stdoutIsTTY) {
    throw new UsageError(messages.binaryToTerminal(format), { hint: messages.binaryToTerminalHint(format) });
  }
  ui.raw(typeof content === 'string' && ui.stdoutIsTTY ? ui.safe(content) : content);
}
