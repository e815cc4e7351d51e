import { formatTimestamp } from '../codecs/dates.js';
import { serializeEntryText } from '../codecs/entry-file.js';
import type { Context } from '../container.js';
import { draftTitle, type Draft } from '../core/reflection/draft.js';
import { entryToJson } from '../core/entries/entry-json.js';
import type { Prompter } from '../core/reflection/prompter.js';
import { mergeRegrown, prefillFromEntry } from '../core/reflection/regrow.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { createPrompter, draftStore, requireTerminal, runSession, sha256 } from './interview-session.js';
import { chooseTemplate, offerDrafts } from './new.js';

export interface ReflectOptions {
  ref: string;
  template?: string | undefined;
}

/** Finishes a `reflect` draft: the interview, then the entry's text replaced (if it did not change meanwhile). */
export async function continueReflect(ctx: Context, prompter: Prompter, draft: Draft): Promise<void> {
  if (!draft.entry) throw new UsageError(messages.draftBadId(draft.id));
  const entry = await ctx.journal.find(draft.entry.path);
  const original = await ctx.journal.readText(entry.path);
  const template = await ctx.templates.get(draft.template);
  const store = draftStore(ctx);
  const outcome = await runSession(ctx, {
    template,
    draft,
    prompter,
    entryId: entry.meta.id,
    adjust: (built) => mergeRegrown(entry, built, template, formatTimestamp(ctx.clock.now())),
  });
  if (outcome.action === 'discard') {
    await store.discard(draft.id);
    ctx.ui.info(messages.reflectionDiscarded);
    return;
  }
  const expected = draft.entry.hash ?? sha256(original);
  const text = serializeEntryText(outcome.built.frontMatter, outcome.built.body);
  const saved = await ctx.journal.replaceText(entry.path, text, expected);
  await store.discard(draft.id);
  ctx.ui.success(messages.reflectSaved(entry.path));
  if (ctx.globals.json) ctx.ui.json(entryToJson({ ...saved, path: entry.path }, true));
  else ctx.ui.data(entry.path);
}

/** `mindlines reflect ID`: grows a quick note (or any entry) into a full reflection with a chosen template. */
export async function runReflect(opts: ReflectOptions, ctx: Context): Promise<void> {
  requireTerminal(ctx, messages.reflectNeedsTerminal, messages.reflectNeedsTerminalHint);
  const entry = await ctx.journal.find(opts.ref);
  const store = draftStore(ctx);
  const prompter = await createPrompter(ctx);
  const { drafts } = await store.list();
  const mine = drafts.filter((d) => d.kind === 'reflect' && d.entry?.id === entry.meta.id);
  const resumed = opts.template ? undefined : await offerDrafts(ctx, prompter, mine);
  if (resumed) {
    ctx.ui.info(messages.resuming(draftTitle(resumed)));
    return continueReflect(ctx, prompter, resumed);
  }
  const templateId = await chooseTemplate(ctx, prompter, opts.template, ['quick']);
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
  return continueReflect(ctx, prompter, draft);
}
