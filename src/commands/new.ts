import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gitUserEmail, gitUserName } from '../adapters/git-cli.js';
import { formatTimestamp } from '../codecs/dates.js';
import { parseSafeYaml } from '../codecs/safe-yaml.js';
import type { Context } from '../container.js';
import { draftProgress, draftTitle, type Draft } from '../core/reflection/draft.js';
import { entryToJson } from '../core/entries/entry-json.js';
import type { Prompter } from '../core/reflection/prompter.js';
import { resolveLinks } from '../core/entries/links.js';
import { buildEntry, LINKS_KEY, type Answers } from '../core/reflection/reflection.js';
import { InputRequiredError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';

export interface NewOptions {
  answers?: string | undefined;
  template?: string | undefined;
  title?: string | undefined;
  /** `--resume` (the most recent draft) or `--resume ID`. */
  resume?: string | boolean | undefined;
}

/** Everything piped to stdin (or any stream), as UTF-8 text. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
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

/** "3 min ago", "2 days ago": when a draft was last saved. */
export function ago(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - new Date(iso).getTime()) / 60000));
  if (!Number.isFinite(minutes)) return iso;
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** The template to use: `--template`, else asked, with the journal's default first. */
export async function chooseTemplate(ctx: Context, prompter: Prompter, given: string | undefined, exclude: string[] = []): Promise<string> {
  if (given) return (await ctx.templates.get(given)).id;
  const templates = [...(await ctx.templates.all()).values()].filter((t) => !exclude.includes(t.id));
  const preferred = ctx.config.defaults.template;
  templates.sort((a, b) => Number(b.id === preferred) - Number(a.id === preferred) || a.name.localeCompare(b.name));
  return prompter.select({
    message: messages.chooseTemplate,
    choices: templates.map((t) => ({ value: t.id, name: `${t.name} (${t.id})`, description: t.description })),
    default: templates.some((t) => t.id === preferred) ? preferred : templates[0]?.id,
  });
}

/** Offers the unfinished drafts (newest first) or a fresh start; undefined means start afresh. */
export async function offerDrafts(ctx: Context, prompter: Prompter, drafts: Draft[]): Promise<Draft | undefined> {
  if (drafts.length === 0) return undefined;
  const templates = await ctx.templates.all();
  const now = ctx.clock.now();
  const choice = await prompter.select<string>({
    message: messages.chooseDraft,
    choices: [
      ...drafts.slice(0, 8).map((d) => ({
        value: d.id,
        name: messages.resumeChoice(draftTitle(d), d.template, draftProgress(d, templates.get(d.template)?.ask.length ?? d.asked.length), ago(d.updated, now)),
      })),
      { value: '', name: messages.startNew },
    ],
    default: drafts[0]?.id,
  });
  return drafts.find((d) => d.id === choice);
}

/** Finishes an interview for a draft of kind `new`, and saves the entry. */
async function continueNew(ctx: Context, prompter: Prompter, draft: Draft): Promise<void> {
  const { draftStore, runSession } = await import('./interview-session.js');
  const template = await ctx.templates.get(draft.template).catch((error: unknown) => {
    throw new UsageError(messages.draftTemplateGone(draft.template), { cause: error, hint: messages.draftNotFoundHint });
  });
  const outcome = await runSession(ctx, { template, draft, prompter, entryId: draft.id });
  const store = draftStore(ctx);
  if (outcome.action === 'discard') {
    await store.discard(draft.id);
    ctx.ui.info(messages.reflectionDiscarded);
    return;
  }
  const entry = await ctx.journal.create(outcome.built);
  // Only once the entry is safely on disk does its draft go.
  await store.discard(draft.id);
  ctx.ui.success(messages.entrySaved(entry.path));
  if (ctx.globals.json) ctx.ui.json(entryToJson(entry, true));
  else ctx.ui.data(entry.path);
}

/** The guided interview in a terminal: resume a draft or start one, ask, preview, save. */
async function runInteractiveNew(opts: NewOptions, ctx: Context): Promise<void> {
  const session = await import('./interview-session.js');
  const store = session.draftStore(ctx);
  const { drafts, problems } = await store.list();
  for (const problem of problems) ctx.ui.warn(messages.draftProblem(problem.file, problem.message));
  const prompter = await session.createPrompter(ctx);
  let draft: Draft | undefined;
  if (typeof opts.resume === 'string') draft = await store.get(opts.resume);
  else if (opts.resume === true) {
    draft = drafts[0];
    if (!draft) throw new UsageError(messages.noDraftsToResume, { hint: 'start one with `mindlines new`' });
  } else if (!opts.template && !opts.title) {
    draft = await offerDrafts(ctx, prompter, drafts);
  }
  if (draft) {
    ctx.ui.info(messages.resuming(draftTitle(draft)));
    if (draft.kind === 'reflect') {
      const { continueReflect } = await import('./reflect.js');
      return continueReflect(ctx, prompter, draft);
    }
    return continueNew(ctx, prompter, draft);
  }
  const template = await chooseTemplate(ctx, prompter, opts.template);
  const now = formatTimestamp(ctx.clock.now());
  const fresh: Draft = { id: ctx.journal.newId(), kind: 'new', template, created: now, updated: now, answers: {}, asked: [] };
  if (opts.title?.trim()) {
    fresh.answers.title = opts.title.trim();
    fresh.asked.push('title');
  }
  // The journal's usual activity is offered as the default answer (Enter keeps it).
  const activity = ctx.config.defaults.activity;
  if (activity && (await ctx.templates.get(template)).fields.some((f) => f.key === 'activity')) fresh.answers.activity = activity;
  return continueNew(ctx, prompter, fresh);
}

export async function runNew(opts: NewOptions, ctx: Context): Promise<void> {
  if (!opts.answers) {
    // Checked before anything else loads, so a script without a terminal gets its answer at once.
    const { stdin, stderr, stdout } = ctx.runtime;
    if (!stdin.isTTY || !(stderr.isTTY || stdout.isTTY)) {
      throw new InputRequiredError(
        opts.resume ? messages.newNeedsTerminalForResume : messages.newNeedsAnswers,
        { hint: messages.newNeedsAnswersHint },
      );
    }
    return runInteractiveNew(opts, ctx);
  }
  const { answers, source } = await readAnswers(opts.answers, ctx);
  if (opts.title !== undefined) answers.title = opts.title;
  // `builds_on` may name entries as `show` does (short ids, starts of ids, paths): stored as full ids.
  if (Array.isArray(answers[LINKS_KEY]) || typeof answers[LINKS_KEY] === 'string') {
    answers[LINKS_KEY] = await resolveLinks(ctx.journal, answers[LINKS_KEY]);
  }
  const template = await ctx.templates.get(opts.template ?? ctx.config.defaults.template);
  const { buildContextFor } = await import('./interview-session.js');
  const built = buildEntry(template, answers, await buildContextFor(ctx, answers, source));
  const entry = await ctx.journal.create(built);
  if (ctx.globals.json) ctx.ui.json(entryToJson(entry, true));
  else ctx.ui.data(entry.path);
}
