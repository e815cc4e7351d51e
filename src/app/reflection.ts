import { formatTimestamp } from '../codecs/dates.js';
import { serializeEntryText } from '../codecs/entry-file.js';
import type { SavedEntry } from '../core/entries/entry-writer.js';
import { draftProgress, draftTitle, type Draft } from '../core/reflection/draft.js';
import type { Prompter } from '../core/reflection/prompter.js';
import { mergeRegrown, prefillFromEntry } from '../core/reflection/regrow.js';
import { estimateMinutes, questionCount, SHORT_TEMPLATE } from '../core/reflection/template-time.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { runSession, type SessionIO, type SessionPorts } from './reflection-session.js';

/**
 * node:crypto, loaded the first time a hash or random bytes are wanted: it is one of the larger built-in modules,
 * and a warm `search` or `list` never needs it.
 */
const crypto = () => process.getBuiltinModule('node:crypto');

/**
 * A guided reflection, shared by `new`, `reflect` and the home menu: choose or resume a draft, run the interview,
 * then write the entry (a new one, or the text of the entry being grown) through the journal's one write path.
 */

export type ReflectionPorts = SessionPorts & Pick<JournalPorts, 'writer' | 'capture'>;

/** How a reflection ended: saved (a new entry, or an entry grown by `reflect`), or discarded with its draft. */
export type ReflectionResult = { action: 'discarded' } | ({ action: 'saved'; kind: 'new' | 'reflect' } & SavedEntry);

export const sha256 = (text: string) => crypto().createHash('sha256').update(text).digest('hex');

/**
 * The template to use: the one given, else asked. The chooser shows every template a person writes with (never an
 * internal one such as review's follow-up), the journal's default first, then the short path, each with how many
 * questions it asks, about how long it takes, and what it is for (issue 17).
 */
export async function chooseTemplate(
  ctx: Pick<JournalPorts, 'templates' | 'config'>,
  prompter: Prompter,
  given: string | undefined,
  exclude: string[] = [],
): Promise<string> {
  if (given) return (await ctx.templates.get(given)).id;
  const templates = [...(await ctx.templates.all()).values()].filter((t) => !t.internal && !exclude.includes(t.id));
  const preferred = ctx.config.defaults.template;
  const rank = (id: string) => (id === preferred ? 0 : id === SHORT_TEMPLATE ? 1 : 2);
  templates.sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name));
  const width = Math.max(...templates.map((t) => t.name.length));
  return prompter.select({
    message: messages.chooseTemplate,
    hint: messages.chooseTemplateHint,
    choices: templates.map((t) => ({
      value: t.id,
      name: messages.templateChoice(t.name.padEnd(width), estimateMinutes(t), t.purpose),
      description: messages.templateDescription(t.id, questionCount(t), t.description),
    })),
    default: templates.some((t) => t.id === preferred) ? preferred : templates[0]?.id,
  });
}

/** Offers the unfinished drafts (newest first) or a fresh start; undefined means start afresh. */
export async function offerDrafts(ctx: Pick<JournalPorts, 'templates' | 'clock'>, prompter: Prompter, drafts: Draft[]): Promise<Draft | undefined> {
  if (drafts.length === 0) return undefined;
  const templates = await ctx.templates.all();
  const now = ctx.clock.now();
  const choice = await prompter.select<string>({
    message: messages.chooseDraft,
    choices: [
      ...drafts.slice(0, 8).map((d) => ({
        value: d.id,
        name: messages.resumeChoice(draftTitle(d), d.template, draftProgress(d, templates.get(d.template)?.ask.length ?? d.asked.length), messages.ago(d.updated, now)),
      })),
      { value: '', name: messages.startNew },
    ],
    default: drafts[0]?.id,
  });
  return drafts.find((d) => d.id === choice);
}

/** Finishes an interview for a draft of kind `new`, and saves the entry; only then does the draft go. */
async function continueNew(ctx: ReflectionPorts, io: SessionIO, draft: Draft): Promise<ReflectionResult> {
  const template = await ctx.templates.get(draft.template).catch((error: unknown) => {
    throw new UsageError(messages.draftTemplateGone(draft.template), { cause: error, hint: messages.draftNotFoundHint });
  });
  const outcome = await runSession(ctx, io, { template, draft, entryId: draft.id });
  if (outcome.action === 'discard') {
    await ctx.drafts.discard(draft.id);
    return { action: 'discarded' };
  }
  const saved = await ctx.writer.create(outcome.built, { review: ctx.capture });
  await ctx.drafts.discard(draft.id);
  return { action: 'saved', kind: 'new', ...saved };
}

/** Finishes a `reflect` draft: the interview, then the entry's text replaced (if it did not change meanwhile). */
async function continueReflect(ctx: ReflectionPorts, io: SessionIO, draft: Draft): Promise<ReflectionResult> {
  if (!draft.entry) throw new UsageError(messages.draftBadId(draft.id));
  const entry = await ctx.journal.find(draft.entry.path);
  const original = await ctx.journal.readText(entry.path);
  const template = await ctx.templates.get(draft.template);
  const outcome = await runSession(ctx, io, {
    template,
    draft,
    entryId: entry.meta.id,
    adjust: (built) => mergeRegrown(entry, built, template, formatTimestamp(ctx.clock.now())),
  });
  if (outcome.action === 'discard') {
    await ctx.drafts.discard(draft.id);
    return { action: 'discarded' };
  }
  const expected = draft.entry.hash ?? sha256(original);
  const text = serializeEntryText(outcome.built.frontMatter, outcome.built.body);
  const saved = await ctx.writer.replaceText(entry.path, text, expected, { review: ctx.capture });
  await ctx.drafts.discard(draft.id);
  return { action: 'saved', kind: 'reflect', ...saved };
}

/** Carries on with a draft, whichever command started it. */
function continueDraft(ctx: ReflectionPorts, io: SessionIO, draft: Draft): Promise<ReflectionResult> {
  io.view.info(messages.resuming(draftTitle(draft)));
  return draft.kind === 'reflect' ? continueReflect(ctx, io, draft) : continueNew(ctx, io, draft);
}

export interface NewReflectionOptions {
  template?: string | undefined;
  title?: string | undefined;
  /** `--resume` (the most recent draft) or `--resume ID`. */
  resume?: string | boolean | undefined;
}

/** `new` in a terminal: resume a draft (asked, or `--resume`) or start one, ask, preview, save. */
export async function newReflection(ctx: ReflectionPorts, io: SessionIO, opts: NewReflectionOptions): Promise<ReflectionResult> {
  const { drafts, problems } = await ctx.drafts.list();
  for (const problem of problems) io.view.warn(messages.draftProblem(problem.file, problem.message));
  let draft: Draft | undefined;
  if (typeof opts.resume === 'string') draft = await ctx.drafts.get(opts.resume);
  else if (opts.resume === true) {
    draft = drafts[0];
    if (!draft) throw new UsageError(messages.noDraftsToResume, { hint: 'start one with `mindlines new`' });
  } else if (!opts.template && !opts.title) {
    draft = await offerDrafts(ctx, io.prompter, drafts);
  }
  if (draft) return continueDraft(ctx, io, draft);
  const template = await chooseTemplate(ctx, io.prompter, opts.template);
  const now = formatTimestamp(ctx.clock.now());
  const fresh: Draft = { id: ctx.journal.newId(), kind: 'new', template, created: now, updated: now, answers: {}, asked: [] };
  if (opts.title?.trim()) {
    fresh.answers.title = opts.title.trim();
    fresh.asked.push('title');
  }
  // The journal's usual activity is offered as the default answer (Enter keeps it).
  const activity = ctx.config.defaults.activity;
  if (activity && (await ctx.templates.get(template)).fields.some((f) => f.key === 'activity')) fresh.answers.activity = activity;
  return continueNew(ctx, io, fresh);
}

/** `reflect ID`: grows a quick note (or any entry) into a full reflection with a chosen template. */
export async function reflectOn(ctx: ReflectionPorts, io: SessionIO, opts: { ref: string; template?: string | undefined }): Promise<ReflectionResult> {
  const entry = await ctx.journal.find(opts.ref);
  const { drafts } = await ctx.drafts.list();
  const mine = drafts.filter((d) => d.kind === 'reflect' && d.entry?.id === entry.meta.id);
  const resumed = opts.template ? undefined : await offerDrafts(ctx, io.prompter, mine);
  if (resumed) return continueDraft(ctx, io, resumed);
  const templateId = await chooseTemplate(ctx, io.prompter, opts.template, ['quick']);
  if (templateId === 'quick') throw new UsageError(messages.reflectTemplateQuick);
  const template = await ctx.templates.get(templateId);
  const now = formatTimestamp(ctx.clock.now());
  const draft: Draft = {
    id: ctx.journal.newId(),
    kind: 'reflect',
    template: template.id,
    created: now,
    updated: now,
    answers: prefillFromEntry(entry, template),
    asked: [],
    entry: { id: entry.meta.id, path: entry.path, hash: sha256(await ctx.journal.readText(entry.path)) },
  };
  return continueReflect(ctx, io, draft);
}
