import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gitUserEmail, gitUserName } from '../adapters/git-cli.js';
import { dateParserFor } from '../codecs/natural-date.js';
import { parseSafeYaml } from '../codecs/safe-yaml.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entry-json.js';
import { buildEntry, type Answers } from '../core/reflection.js';
import { InputRequiredError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';

export interface NewOptions {
  answers?: string | undefined;
  template?: string | undefined;
  title?: string | undefined;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads an answers map from a YAML or JSON file, or from stdin with `-`. */
export async function readAnswers(ref: string, ctx: Pick<Context, 'runtime'>): Promise<{ answers: Answers; source: string }> {
  let text: string;
  let source: string;
  if (ref === '-') {
    if (ctx.runtime.stdin.isTTY) throw new UsageError(messages.answersFromTerminal, { hint: messages.answersFromTerminalHint });
    source = 'stdin';
    text = await readStream(ctx.runtime.stdin);
  } else {
    source = ref;
    try {
      text = await fs.readFile(path.resolve(ctx.runtime.cwd, ref), 'utf8');
    } catch (error) {
      throw new UsageError(messages.answersUnreadable(ref, error), { cause: error });
    }
  }
  const parsed = parseSafeYaml(text);
  if (!parsed.ok) throw new UsageError(`${source}:${parsed.problem.line}: ${parsed.problem.message}`);
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(messages.answersNotMap(source));
  return { answers: value as Answers, source };
}

/**
 * The author recorded on new entries: the journal's `author:` setting, else git's user.name, else git's user.email
 * (so entries in a team repository always say who wrote them when git knows).
 */
export async function authorFor(ctx: Pick<Context, 'config' | 'root'>): Promise<string | undefined> {
  return ctx.config.author ?? (await gitUserName(ctx.root)) ?? (await gitUserEmail(ctx.root));
}

export async function runNew(opts: NewOptions, ctx: Context): Promise<void> {
  if (!opts.answers) {
    throw new InputRequiredError(messages.newNeedsAnswers, { hint: messages.newNeedsAnswersHint });
  }
  const { answers, source } = await readAnswers(opts.answers, ctx);
  if (opts.title !== undefined) answers.title = opts.title;
  const template = await ctx.templates.get(opts.template ?? ctx.config.defaults.template);
  const now = ctx.clock.now();
  const dateInputs = [answers.date, ...(Array.isArray(answers.actions) ? answers.actions.map((a: { due?: unknown }) => a?.due) : [])];
  const parseDate = await dateParserFor(
    dateInputs.filter((d): d is string => typeof d === 'string'),
    now,
  );
  const built = buildEntry(template, answers, {
    now,
    id: ctx.journal.newId(),
    author: await authorFor(ctx),
    visibility: ctx.config.defaults.visibility ?? (ctx.config.mode === 'team' ? 'team' : 'private'),
    parseDate,
    source,
  });
  const entry = await ctx.journal.create(built);
  if (ctx.globals.json) ctx.ui.json(entryToJson(entry, true));
  else ctx.ui.data(entry.path);
}
