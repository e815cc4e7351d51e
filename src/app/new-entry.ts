import { resolveLinks } from '../core/entries/links.js';
import type { SavedEntry } from '../core/entries/entry-writer.js';
import { buildEntry, LINKS_KEY, type Answers } from '../core/reflection/reflection.js';
import type { JournalPorts } from './context.js';
import { buildContextFor } from './entry-context.js';

export interface AnswersEntryOptions {
  answers: Answers;
  /** Names the answers in messages: the file name, or `stdin`. */
  source: string;
  /** Template id (default: the journal's). */
  template?: string | undefined;
  /** `--title`, over the answers' own. */
  title?: string | undefined;
}

/** `new --answers`: an entry written from a map of answers, built exactly as the interview builds one. */
export async function writeFromAnswers(
  ctx: Pick<JournalPorts, 'journal' | 'writer' | 'templates' | 'config' | 'root' | 'git' | 'clock' | 'capture'>,
  options: AnswersEntryOptions,
): Promise<SavedEntry> {
  const answers = { ...options.answers };
  if (options.title !== undefined) answers.title = options.title;
  // `builds_on` may name entries as `show` does (short ids, starts of ids, paths): stored as full ids.
  if (Array.isArray(answers[LINKS_KEY]) || typeof answers[LINKS_KEY] === 'string') {
    answers[LINKS_KEY] = await resolveLinks(ctx.journal, answers[LINKS_KEY]);
  }
  const template = await ctx.templates.get(options.template ?? ctx.config.defaults.template);
  const built = buildEntry(template, answers, await buildContextFor(ctx, answers, options.source));
  return ctx.writer.create(built, { review: ctx.capture });
}
