import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import type { SearchHit } from '../core/entries/journal.js';
import { fitLines } from '../ui/fit-table.js';
import { messages } from '../ui/messages.js';
import type { Ui } from '../ui/output.js';
import { filterFromOptions, outputFormat, reportProblems, type FilterOptions } from './list.js';

export interface SearchCommandOptions extends FilterOptions {
  query: string;
}

/** A snippet for the terminal: entry text escaped, matched words in bold yellow (plain when colour is off). */
export function highlightSnippet(hit: SearchHit, ui: Ui): string {
  const { text, highlights } = hit.snippet;
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += ui.safe(text.slice(at, start)) + ui.color.bold.yellow(ui.safe(text.slice(start, end)));
    at = end;
  }
  return out + ui.safe(text.slice(at));
}

export async function runSearch(opts: SearchCommandOptions, ctx: Context): Promise<void> {
  const query = await filterFromOptions(opts, ctx.clock.now());
  const { hits, problems } = await ctx.journal.search(opts.query, query);
  reportProblems(ctx.ui, problems);
  const format = outputFormat(opts, ctx);
  if (format === 'json') {
    ctx.ui.json(
      hits.map((hit) => ({
        ...entryToJson(hit.entry),
        score: hit.score,
        snippet: hit.snippet.text,
        highlights: hit.snippet.highlights,
      })),
    );
    return;
  }
  if (format === 'paths') {
    if (hits.length > 0) ctx.ui.data(hits.map((hit) => ctx.ui.safe(hit.entry.path)).join('\n'));
    return;
  }
  if (hits.length === 0) {
    ctx.ui.info(ctx.ui.safe(messages.noHits(opts.query)));
    return;
  }
  const c = ctx.ui.color;
  const lines: string[] = [];
  for (const hit of hits) {
    const m = hit.entry.meta;
    lines.push(`${m.date}  ${c.dim(m.id.slice(-4).toLowerCase())}  ${c.bold(ctx.ui.safe(m.title))}  ${c.dim(`(${hit.score.toFixed(2)})`)}`);
    lines.push(`    ${highlightSnippet(hit, ctx.ui)}`);
  }
  await ctx.ui.page(fitLines(lines.join('\n'), ctx.runtime.stdout.columns));
}
