import { dateParserFor } from '../codecs/natural-date.js';
import type { Context } from '../container.js';
import type { EntryProblem } from '../core/entry.js';
import { entryToJson } from '../core/entry-json.js';
import type { EntryFilter } from '../core/filters.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { Ui } from '../ui/output.js';
import { entryTable } from '../ui/tables.js';

export interface ListOptions {
  since?: string | undefined;
  until?: string | undefined;
  tag?: string[] | undefined;
  activity?: string | undefined;
}

/** Turns `--since` / `--until` text (ISO or natural language) into dates, or a UsageError naming the option. */
export async function resolveDateRange(opts: { since?: string | undefined; until?: string | undefined }, now: Date) {
  const parse = await dateParserFor([opts.since, opts.until], now);
  const one = (option: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const date = parse(value, now);
    if (!date) throw new UsageError(messages.badDate(option, value));
    return date;
  };
  return { since: one('--since', opts.since), until: one('--until', opts.until) };
}

/** Files that could not be read are reported one per line, `path:line: problem`, on stderr. */
export function reportProblems(ui: Ui, problems: EntryProblem[]): void {
  for (const problem of problems) ui.warn(ui.safe(`${problem.path}:${problem.line}: ${problem.message}`));
  if (problems.length > 0) ui.warn(messages.skippedProblems(problems.length));
}

export async function runList(opts: ListOptions, ctx: Context): Promise<void> {
  const range = await resolveDateRange(opts, ctx.clock.now());
  const filter: EntryFilter = { ...range, tags: opts.tag, activity: opts.activity };
  const { entries, problems } = await ctx.journal.list(filter);
  reportProblems(ctx.ui, problems);
  if (ctx.globals.json) {
    ctx.ui.json(entries.map((entry) => entryToJson(entry)));
    return;
  }
  if (entries.length === 0) {
    ctx.ui.info(messages.noEntries);
    return;
  }
  ctx.ui.data(entryTable(entries, ctx.ui, ctx.runtime.stdout.columns));
}
