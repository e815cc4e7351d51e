import { completionValues, type CompletionPorts, type CompletionValue } from '../app/completion.js';
import type { CliContext } from '../container.js';
import { UsageError } from '../errors.js';
import { completionScripts, type Shell } from '../ui/completion-scripts.js';
import { messages } from '../ui/messages.js';

/** `mindlines completion bash|zsh|fish`: the script to install (issue 17). */
export function runCompletionScript(shell: string | undefined, ctx: Pick<CliContext, 'ui'>): void {
  if (!shell || !(shell in completionScripts)) throw new UsageError(messages.completionShell(shell), { hint: messages.completionShellHint });
  ctx.ui.raw(completionScripts[shell as Shell]);
}

export interface CompleteRequest {
  values: CompletionValue[];
  data?: 'templates' | 'profiles' | 'tags' | 'ids' | 'settings' | undefined;
}

/**
 * `mindlines __complete -- WORDS…` (what the scripts call): the candidates, one `value<TAB>description` per line.
 * It never fails loudly: a journal that cannot be read simply offers nothing more.
 */
export async function runComplete(request: CompleteRequest, ctx: Pick<CliContext, 'ui'>, open: () => Promise<CompletionPorts>): Promise<void> {
  let values = request.values;
  if (request.data) {
    const data = request.data;
    values = [...values, ...(await open().then((ports) => completionValues(ports, data)).catch(() => []))];
  }
  const line = (v: CompletionValue) => (v.description ? `${v.value}\t${v.description.replace(/\s+/g, ' ')}` : v.value);
  if (values.length > 0) ctx.ui.raw(`${values.map(line).join('\n')}\n`);
}
