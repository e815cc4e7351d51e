import path from 'node:path';
import { lineOfKey, parseSafeYaml } from '../codecs/safe-yaml.js';
import { decodeUtf8 } from '../codecs/utf8.js';
import type { Answers } from '../core/reflection/reflection.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { WorkspacePorts } from './context.js';

/** Standard input as a use-case sees it: a stream, and whether it is a terminal (nothing piped). */
export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };

/** Everything piped to stdin (or any stream), as UTF-8 text; bytes that are not UTF-8 are refused with their offset. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const decoded = decodeUtf8(Buffer.concat(chunks));
  if (!decoded.ok) throw new UsageError(messages.notUtf8('standard input', decoded.offset));
  return decoded.text;
}

/**
 * Refuses text given on the command line that was not UTF-8: Node has already put U+FFFD where the bad bytes were,
 * and everything before the first one was valid, so its byte length is where the bad bytes began.
 */
export function refuseReplacedBytes(text: string, where: string): string {
  const at = text.indexOf('\uFFFD');
  if (at >= 0) throw new UsageError(messages.notUtf8(where, Buffer.byteLength(text.slice(0, at), 'utf8')));
  return text;
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
