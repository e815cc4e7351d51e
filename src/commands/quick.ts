import { dateParserFor } from '../codecs/natural-date.js';
import { defaultVisibility } from '../config/journal-config.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { leadingDateCandidates, parseQuickNote } from '../core/reflection/quick-capture.js';
import { buildEntry } from '../core/reflection/reflection.js';
import { InputRequiredError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { authorFor } from './new.js';

export interface QuickOptions {
  text: string[];
  tag?: string[] | undefined;
}

/** The note: the words given, else stdin when it is piped, else one prompt in a terminal. */
async function noteText(opts: QuickOptions, ctx: Context): Promise<string> {
  if (opts.text.length > 0) return opts.text.join(' ');
  if (!ctx.runtime.stdin.isTTY) return (await import('./new.js')).readStream(ctx.runtime.stdin);
  const { isInteractive, createPrompter } = await import('./interview-session.js');
  if (!isInteractive(ctx)) throw new InputRequiredError(messages.quickEmpty);
  const prompter = await createPrompter(ctx);
  return prompter.text({ message: messages.quickPrompt, validate: (v) => (v.trim() ? undefined : messages.interview.required) });
}

/**
 * `mindlines quick TEXT…`: a `quick` entry (status draft) written at once. Loads no prompt library, and the
 * natural-date parser only when the note starts with something that may be a date.
 */
export async function runQuick(opts: QuickOptions, ctx: Context): Promise<void> {
  const input = (await noteText(opts, ctx)).trim();
  if (!input) throw new UsageError(messages.quickEmpty);
  const now = ctx.clock.now();
  // chrono-node is loaded only when a candidate phrase needs it ("yesterday", "last Tuesday" do not).
  const parseDate = await dateParserFor(leadingDateCandidates(input), now);
  const note = parseQuickNote(input, (phrase) => parseDate(phrase, now) !== undefined);
  const template = await ctx.templates.get('quick');
  const answers = {
    note: note.text,
    title: note.title,
    ...(note.dateText ? { date: note.dateText } : {}),
    ...(note.tags.length + (opts.tag?.length ?? 0) > 0 ? { tags: [...new Set([...note.tags, ...(opts.tag ?? [])])] } : {}),
  };
  const built = buildEntry(template, answers, {
    now,
    id: ctx.journal.newId(),
    author: await authorFor(ctx),
    visibility: defaultVisibility(ctx.config),
    parseDate,
    source: 'the note',
  });
  const entry = await ctx.journal.create(built);
  if (ctx.globals.json) {
    ctx.ui.json(entryToJson(entry, true));
    return;
  }
  ctx.ui.success(messages.quickSaved(entry.path, entry.meta.date));
  ctx.ui.data(entry.path);
}
