import { dateParserFor } from '../codecs/natural-date.js';
import { defaultVisibility } from '../config/journal-config.js';
import type { BuildContext } from '../core/reflection/reflection.js';
import type { Answers } from '../core/reflection/reflection.js';
import type { JournalPorts } from './context.js';

/**
 * The author recorded on new entries: the journal's `author:` setting, else git's user.name, else git's user.email
 * (so entries in a team repository always say who wrote them when git knows).
 */
export async function authorFor(ctx: Pick<JournalPorts, 'config' | 'root' | 'git'>): Promise<string | undefined> {
  return ctx.config.author ?? (await ctx.git.identity(ctx.root));
}

/**
 * The BuildContext every new entry is built with (`new --answers`, the interview, quick capture, a review's
 * follow-up), so an entry written any way is the same. Dates in the answers may be natural language; chrono-node is
 * loaded only if one needs it.
 */
export async function buildContextFor(
  ctx: Pick<JournalPorts, 'config' | 'root' | 'git' | 'clock' | 'journal'>,
  answers: Answers,
  source: string,
  id?: string,
): Promise<BuildContext> {
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
