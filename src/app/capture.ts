import { dateParserFor } from '../codecs/natural-date.js';
import { defaultVisibility } from '../config/journal-config.js';
import type { SavedEntry } from '../core/entries/entry-writer.js';
import { leadingDateCandidates, parseQuickNote } from '../core/reflection/quick-capture.js';
import { buildEntry } from '../core/reflection/reflection.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { authorFor } from './entry-context.js';

export interface QuickNote {
  /** The note as typed: a leading date ("yesterday:") sets its date, #tags become tags. */
  text: string;
  /** `--tag`, added to the note's own #tags. */
  tags?: readonly string[] | undefined;
}

/**
 * Captures a quick note: a `quick` entry (status draft), written at once through the journal's one write path, so
 * what the privacy guard finds in the text or the file name comes back with it. Loads no prompt library, and the
 * natural-date parser only when the note starts with something that may be a date.
 */
export async function captureQuickNote(
  ctx: Pick<JournalPorts, 'clock' | 'templates' | 'journal' | 'writer' | 'config' | 'root' | 'git' | 'capture'>,
  note: QuickNote,
): Promise<SavedEntry> {
  const input = note.text.trim();
  if (!input) throw new UsageError(messages.quickEmpty);
  const now = ctx.clock.now();
  // chrono-node is loaded only when a candidate phrase needs it ("yesterday", "last Tuesday" do not).
  const parseDate = await dateParserFor(leadingDateCandidates(input), now);
  const parsed = parseQuickNote(input, (phrase) => parseDate(phrase, now) !== undefined);
  const template = await ctx.templates.get('quick');
  const tags = [...new Set([...parsed.tags, ...(note.tags ?? [])])];
  const answers = {
    note: parsed.text,
    title: parsed.title,
    ...(parsed.dateText ? { date: parsed.dateText } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
  const built = buildEntry(template, answers, {
    now,
    id: ctx.journal.newId(),
    author: await authorFor(ctx),
    visibility: defaultVisibility(ctx.config),
    parseDate,
    source: 'the note',
  });
  return ctx.writer.create(built, { review: ctx.capture });
}
