import path from 'node:path';
import { lineOfKey, parseSafeYaml } from '../codecs/safe-yaml.js';
import type { Answers } from '../core/reflection/reflection.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { WorkspacePorts } from './context.js';

/** Standard input as a use-case sees it: a stream, and whether it is a terminal (nothing piped). */
export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };

/** Everything piped to stdin (or any stream), as UTF-8 text. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads an answers map from a YAML or JSON file (relative to the working folder), or from stdin with `-`. */
export async function readAnswers(
  ref: string,
  ctx: Pick<WorkspacePorts, 'files' | 'cwd'> & { stdin: InputStream },
): Promise<{ answers: Answers; source: string; keyLines: Record<string, number> }> {
  let text: string;
  let source: string;
  if (ref === '-') {
    if (ctx.stdin.isTTY) throw new UsageError(messages.answersFromTerminal, { hint: messages.answersFromTerminalHint });
    source = 'stdin';
    text = await readStream(ctx.stdin);
  } else {
    source = ref;
    try {
      text = await ctx.files.readText(path.resolve(ctx.cwd, ref));
    } catch (error) {
      throw new UsageError(messages.answersUnreadable(ref, error), { cause: error });
    }
  }
  const parsed = parseSafeYaml(text);
  if (!parsed.ok) throw new UsageError(`${source}:${parsed.problem.line}: ${parsed.problem.message}`);
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(messages.answersNotMap(source));
  // The line of each top-level key, so every unknown answer can be named where it is (issue 17).
  const keyLines = Object.fromEntries(Object.keys(value).map((key) => [key, lineOfKey(parsed.doc, parsed.lineCounter, key)]));
  return { answers: value as Answers, source, keyLines };
}
