import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { linksOf } from '../core/entries/links.js';
import { renderEntry } from '../ui/entry-view.js';
import { linksJson } from '../ui/loop-views.js';

export interface ShowOptions {
  ref: string;
}

export async function runShow(opts: ShowOptions, ctx: Context): Promise<void> {
  // Back-links come from every entry's `builds_on`, answered by the index (in the same sync) without reading any body.
  const { entry, linked } = await ctx.journal.findWithLinks(opts.ref);
  const links = linksOf(entry, linked);
  if (ctx.globals.json) {
    ctx.ui.json({ ...entryToJson(entry, true), links: linksJson(links) });
    return;
  }
  const rendered = ctx.ui.colorEnabled && ctx.ui.stdoutIsTTY;
  await ctx.ui.page(await renderEntry(entry, ctx.ui, ctx.markdown, { columns: ctx.runtime.stdout.columns, withPath: true, links, rendered }));
}
