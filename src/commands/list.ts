import { dateParserFor } from '../codecs/natural-date.js';
import type { Context } from '../container.js';
import type { EntryProblem } from '../core/entries/entry.js';
import { entryToJson } from '../core/entries/entry-json.js';
import type { EntryFilter, SortKey } from '../core/entries/filters.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { Ui } from '../ui/output.js';

/** The filters `list` and `search` share, as commander hands them over. */
export interface FilterOptions {
  since?: string | undefined;
  until?: string | undefined;
  tag?: string[] | undefined;
  activity?: string | undefined;
  template?: string | undefined;
  author?: string | undefined;
  visibility?: string | undefined;
  status?: string | undefined;
  limit?: string | undefined;
  sort?: SortKey | undefined;
  /** Include archived entries (issue 17). */
  archived?: boolean | undefined;
  /** table (default), json, or paths (one per line, for xargs). */
  format?: 'table' | 'json' | 'paths' | undefined;
}

export type ListOptions = FilterOptions;

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

/** `--limit N`: a whole number above 0. */
export function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(messages.badNumber('--limit', value));
  return Number(value);
}

/** The filter, sort and limit that the options ask for. */
export async function filterFromOptions(opts: FilterOptions, now: Date): Promise<EntryFilter & { sort?: SortKey | undefined; limit?: number | undefined }> {
  const limit = parseLimit(opts.limit);
  const range = await resolveDateRange(opts, now);
  return {
    ...range,
    tags: opts.tag,
    activity: opts.activity,
    template: opts.template,
    author: opts.author,
    visibility: opts.visibility,
    status: opts.status,
    archived: opts.archived,
    sort: opts.sort,
    limit,
  };
}

/** How results are printed: `--format`, else `--json`, else a table. */
export function outputFormat(opts: FilterOptions, ctx: Pick<Context, 'globals'>): 'table' | 'json' | 'paths' {
  return opts.format ?? (ctx.globals.json ? 'json' : 'table');
}

/** Files that could not be read are reported one per line, `path:line: problem`, on stderr. */
export function reportProblems(ui: Ui, problems: EntryProblem[]): void {
  for (const problem of problems) ui.warn(ui.safe(`${problem.path}:${problem.line}: ${problem.message}`));
  if (problems.length > 0) ui.warn(messages.skippedProblems(problems.length));
}

export async function runList(opts: ListOptions, ctx: Context): Promise<void> {
  const query = await filterFromOptions(opts, ctx.clock.now());
  const { entries, problems } = await ctx.journal.query(query);
  reportProblems(ctx.ui, problems);
  const format = outputFormat(opts, ctx);
  if (format === 'json') {
    ctx.ui.json(entries.map((entry) => entryToJson(entry)));
    return;
  }
  if (format === 'paths') {
    if (entries.length > 0) ctx.ui.data(entries.map((entry) => ctx.ui.safe(entry.path)).join('\n'));
    return;
  }
  if (entries.length === 0) {
    ctx.ui.info(messages.noEntries);
    return;
  }
  const { entryTable } = await import('../ui/tables.js');
  await ctx.ui.page(entryTable(entries, ctx.ui, ctx.runtime.stdout.columns));
}
