import { loadDateParser, parseDateFast, type DateParser } from '../codecs/natural-date.js';
import type { Template } from '../codecs/template.js';
import type { Draft } from '../core/reflection/draft.js';
import { runInterview, type InterviewContext, type InterviewOutcome } from '../core/reflection/interview.js';
import { linkCandidates, pickLinks } from '../core/reflection/link-picker.js';
import type { SessionView } from '../core/reflection/ports.js';
import { isPromptCancel, type Prompter } from '../core/reflection/prompter.js';
import { buildEntry, LINKS_KEY, type BuiltEntry } from '../core/reflection/reflection.js';
import { CancelledError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { buildContextFor } from './entry-context.js';

/** The ports an interview uses. */
export type SessionPorts = Pick<JournalPorts, 'journal' | 'templates' | 'profiles' | 'drafts' | 'config' | 'clock' | 'root' | 'git' | 'privacy'>;

/** The person at the terminal: questions go to the prompter, everything else to the view. */
export interface SessionIO {
  prompter: Prompter;
  view: SessionView;
}

export interface SessionOptions {
  template: Template;
  draft: Draft;
  /** The id the entry gets: the draft's for a new entry, the entry's own for `reflect`. */
  entryId: string;
  /** Overrides for what `build` produces (reflect keeps the entry's own created, author, unknown keys). */
  adjust?: (built: BuiltEntry) => BuiltEntry;
}

/** Tags used in the journal, most used first. */
async function knownTags(ctx: Pick<JournalPorts, 'journal'>): Promise<string[]> {
  const { entries } = await ctx.journal.query();
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of entry.meta.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/**
 * The `builds_on` step of `new` and `reflect`: after the questions, offer to link earlier entries with a picker
 * that searches their titles. Asked once per draft (a resumed interview keeps its links); skipped for a template
 * that asks for `builds_on` itself, and when there is nothing earlier to link.
 */
async function offerLinks(ctx: Pick<JournalPorts, 'journal'>, template: Template, draft: Draft, prompter: Prompter, save: (draft: Draft) => Promise<void>): Promise<void> {
  if (!template.offerLinks || draft.asked.includes(LINKS_KEY) || template.fields.some((f) => f.key === LINKS_KEY)) return;
  const { entries } = await ctx.journal.query();
  const own = draft.entry?.id ?? draft.id;
  const existing = entries.find((e) => e.meta.id === own)?.meta.builds_on ?? [];
  const current = Array.isArray(draft.answers[LINKS_KEY]) ? (draft.answers[LINKS_KEY] as string[]) : existing;
  const candidates = linkCandidates(entries.filter((e) => e.meta.id !== own));
  const linked = await pickLinks({ prompter, words: messages.links }, candidates, current);
  if (linked.length > 0) draft.answers[LINKS_KEY] = linked;
  else delete draft.answers[LINKS_KEY];
  draft.asked.push(LINKS_KEY);
  await save(draft);
}

/**
 * Runs the interview for a draft, saving the draft after every answer. Ctrl-C (or a closed terminal) ends it with a
 * CancelledError (exit 130) after the draft is safely on disk; an interview with no answer yet leaves no draft.
 * Each answer is checked for identifiers as soon as it is given (issue 5), and the view says what was found.
 */
export async function runSession(ctx: SessionPorts, io: SessionIO, options: SessionOptions): Promise<InterviewOutcome> {
  const store = ctx.drafts;
  let natural: DateParser | undefined;
  // A draft resumed from disk is always kept; a fresh one only once something was answered.
  let saved = await store.get(options.draft.id).then(
    () => true,
    () => false,
  );
  const now = ctx.clock.now();
  const buildCtx = await buildContextFor(ctx, {}, 'the interview', options.entryId);
  const scanner = await ctx.privacy();
  const interview: InterviewContext = {
    prompter: io.prompter,
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
    activityTypes: await ctx.profiles.activityTypes(ctx.config.profile),
    knownTags: await knownTags(ctx),
    defaultVisibility: buildCtx.visibility,
    checkAnswer: (text) => io.view.describeFindings(scanner.scanText(text, 'answer'), text.includes('\n')),
    build: (answers) => {
      const built = buildEntry(options.template, answers, buildCtx);
      return options.adjust ? options.adjust(built) : built;
    },
    preview: (built) => io.view.preview(built),
    afterQuestions: (draft) => offerLinks(ctx, options.template, draft, io.prompter, (d) => store.save(d)),
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
