import { resolveLinks } from '../core/entries/links.js';
import type { SavedEntry } from '../core/entries/entry-writer.js';
import { didYouMean } from '../codecs/did-you-mean.js';
import type { Template } from '../codecs/template.js';
import { answerKeys, buildEntry, LINKS_KEY, type Answers } from '../core/reflection/reflection.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
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
  /** The line of each key in the answers file, for messages. */
  keyLines?: Record<string, number> | undefined;
}

/**
 * Every key of the answers that the template does not take, reported at once with its line and the nearest key
 * it may have been meant as (issue 17), before anything is built, so one run finds every typo.
 */
export function refuseUnknownAnswers(template: Template, answers: Answers, source: string, keyLines: Record<string, number> = {}): void {
  const known = [...answerKeys(template), LINKS_KEY];
  const unknown = Object.keys(answers).filter((key) => !known.includes(key));
  if (unknown.length === 0) return;
  const found = unknown.map((key) => ({ key, line: keyLines[key], suggestion: didYouMean(key, known) }));
  throw new UsageError(messages.answersUnknownKeys(source, found), { hint: messages.answersKnownKeys(template.id, known) });
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
  refuseUnknownAnswers(template, answers, options.source, options.keyLines);
  const built = buildEntry(template, answers, await buildContextFor(ctx, answers, options.source));
  return ctx.writer.create(built, { review: ctx.capture });
}
