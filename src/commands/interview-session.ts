import { createHash } from 'node:crypto';
import { FsDraftStore } from '../adapters/fs-draft-store.js';
import { loadActivityTypes } from '../adapters/fs-profile-source.js';
import { dateParserFor, loadDateParser, parseDateFast, type DateParser } from '../codecs/natural-date.js';
import { serializeEntryText } from '../codecs/entry-file.js';
import type { Template } from '../codecs/template.js';
import { defaultVisibility } from '../config/journal-config.js';
import type { Context } from '../container.js';
import type { Draft } from '../core/reflection/draft.js';
import { readEntry } from '../core/entries/entry.js';
import { entryPathFor } from '../core/entries/entry-path.js';
import { runInterview, type InterviewContext, type InterviewOutcome } from '../core/reflection/interview.js';
import type { Prompter } from '../core/reflection/prompter.js';
import { isPromptCancel } from '../core/reflection/prompter.js';
import { buildEntry, type Answers, type BuildContext, type BuiltEntry } from '../core/reflection/reflection.js';
import { CancelledError, InputRequiredError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { offerLinks } from './link-offer.js';
import { authorFor } from './new.js';
import { entryHeader } from './show.js';

/** Whether mindlines can ask questions here: a terminal to read keys from and one to draw on. */
export function isInteractive(ctx: Pick<Context, 'runtime'>): boolean {
  const { stdin, stderr, stdout } = ctx.runtime;
  return Boolean(stdin.isTTY) && Boolean(stderr.isTTY || stdout.isTTY);
}

export function requireTerminal(ctx: Pick<Context, 'runtime'>, message: string, hint: string): void {
  if (!isInteractive(ctx)) throw new InputRequiredError(message, { hint });
}

/** The @inquirer prompter, drawn on stderr (stdout stays data); loaded only when a prompt is needed. */
export async function createPrompter(ctx: Context): Promise<Prompter> {
  const { InquirerPrompter } = await import('../adapters/inquirer-prompter.js');
  const { runtime } = ctx;
  const output = runtime.stderr.isTTY ? runtime.stderr : runtime.stdout;
  return new InquirerPrompter({ input: runtime.stdin, output, root: ctx.root, env: runtime.env, dim: (t) => ctx.ui.color.dim(t) });
}

export function draftStore(ctx: Pick<Context, 'root' | 'clock'>): FsDraftStore {
  return new FsDraftStore(ctx.root, ctx.clock);
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The BuildContext `new --answers` and the interview share, so an entry written either way is identical.
 * Dates in the answers may be natural language; chrono-node is loaded only if one needs it.
 */
export async function buildContextFor(ctx: Context, answers: Answers, source: string, id?: string): Promise<BuildContext> {
  const now = ctx.clock.now();
  const dateInputs = [answers.date, ...(Array.isArray(answers.actions) ? answers.actions.map((a: { due?: unknown }) => a?.due) : [])];
  for (const value of Object.values(answers)) {
    if (Array.isArray(value)) for (const item of value) if (item && typeof item === 'object') dateInputs.push((item as { due?: unknown }).due);
  }
  const parseDate = await dateParserFor(
    dateInputs.filter((d): d is string => typeof d === 'string'),
    now,
  );
  return {
    now,
    id: id ?? ctx.journal.newId(),
    author: await authorFor(ctx),
    visibility: defaultVisibility(ctx.config),
    parseDate,
    source,
  };
}

/** Tags used in the journal, most used first. */
async function knownTags(ctx: Context): Promise<string[]> {
  const { entries } = await ctx.journal.query();
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of entry.meta.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/** A rendered preview of an entry about to be saved: the header `show` prints, then the body. */
async function renderPreview(ctx: Context, built: BuiltEntry): Promise<string> {
  const fm = built.frontMatter;
  const path = entryPathFor(String(fm.date), String(fm.title ?? 'entry'), String(fm.id));
  const result = readEntry(path, serializeEntryText(fm, built.body));
  if (!result.ok) return ctx.ui.safe(built.body);
  const body = ctx.ui.safe(result.entry.body.trim());
  const header = entryHeader(result.entry, ctx.ui, false);
  if (ctx.ui.colorEnabled) {
    const { renderMarkdownForTerminal } = await import('../adapters/marked-terminal-renderer.js');
    return `${header}\n\n${renderMarkdownForTerminal(body, ctx.runtime.stdout.columns ?? 80).trimEnd()}`;
  }
  return `${header}\n\n${body}`;
}

export interface SessionOptions {
  template: Template;
  draft: Draft;
  prompter: Prompter;
  /** The id the entry gets: the draft's for a new entry, the entry's own for `reflect`. */
  entryId: string;
  /** Overrides for what `build` produces (reflect keeps the entry's own created, author, unknown keys). */
  adjust?: (built: BuiltEntry) => BuiltEntry;
  /** For tests and the privacy guard (issue 5): warnings for an answer's text. */
  checkAnswer?: (text: string) => string[];
}

/**
 * Runs the interview for a draft with the real adapters. Ctrl-C (or a closed terminal) ends it with a
 * CancelledError (exit 130) after the draft is safely on disk; an interview with no answer yet leaves no draft.
 */
/** The identifier scanner with the journal's own names and allow-list; loaded only when an interview runs. */
async function privacyCheckFor(ctx: Context): Promise<(text: string) => string[]> {
  const { describeFindings } = await import('../ui/privacy-findings.js');
  const options = { names: ctx.config.privacy.names, allow: ctx.config.privacy.allow };
  return (text) => describeFindings(text, options);
}

export async function runSession(ctx: Context, options: SessionOptions): Promise<InterviewOutcome> {
  const store = draftStore(ctx);
  let natural: DateParser | undefined;
  // A draft resumed from disk is always kept; a fresh one only once something was answered.
  let saved = await store.get(options.draft.id).then(
    () => true,
    () => false,
  );
  const now = ctx.clock.now();
  const buildCtx = await buildContextFor(ctx, {}, 'the interview', options.entryId);
  const interview: InterviewContext = {
    prompter: options.prompter,
    words: messages.interview,
    template: options.template,
    draft: options.draft,
    saveDraft: async (draft) => {
      await store.save(draft);
      saved = true;
    },
    parseDate: async (text) => {
      const fast = parseDateFast(text, now);
      if (fast !== null) return fast;
      natural ??= await loadDateParser();
      return natural(text, now);
    },
    activityTypes: await loadActivityTypes(ctx.root, ctx.config.profile),
    knownTags: await knownTags(ctx),
    defaultVisibility: buildCtx.visibility,
    // The privacy guard (issue 5): identifiers in an answer are pointed out at once, with an offer to rewrite.
    checkAnswer: options.checkAnswer ?? (await privacyCheckFor(ctx)),
    build: (answers) => {
      const built = buildEntry(options.template, answers, buildCtx);
      return options.adjust ? options.adjust(built) : built;
    },
    preview: (built) => renderPreview(ctx, built),
    afterQuestions: (draft) => offerLinks(ctx, options.template, draft, options.prompter, (d) => store.save(d)),
  };
  try {
    return await runInterview(interview);
  } catch (error) {
    if (!isPromptCancel(error)) throw error;
    if (!saved) {
      await store.discard(options.draft.id);
      throw new CancelledError(messages.cancelledNothingSaved, { cause: error });
    }
    await store.save(options.draft);
    throw new CancelledError(messages.draftSaved(options.draft.id), { cause: error });
  }
}
