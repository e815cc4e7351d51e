import type { Context } from '../container.js';
import type { Entry } from '../core/entries/entry.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { linksOf, type EntryLinks } from '../core/entries/links.js';
import { linksJson, linksText } from '../ui/loop-views.js';
import type { Ui } from '../ui/output.js';

/**
 * The lines above the body: title, then date, activity, hours, author, tags, and what the entry builds on and what
 * builds on it (also the interview's preview).
 */
export function entryHeader(entry: Entry, ui: Ui, withPath = true, links?: EntryLinks): string {
  const m = entry.meta;
  const facts = [
    m.date,
    m.activity,
    m.hours === undefined ? undefined : `${m.hours} h${typeof m.participatory === 'number' && m.participatory > 0 ? ` (${m.participatory} participatory)` : ''}`,
    m.author && `by ${m.author}`,
    m.status === 'draft' ? 'draft' : undefined,
  ].filter(Boolean);
  const lines = [ui.color.bold(ui.safe(m.title)), ui.color.dim(ui.safe(facts.join(' · ')))];
  if (m.tags.length > 0) lines.push(ui.color.dim(ui.safe(`tags: ${m.tags.join(', ')}`)));
  if (m.resources.length > 0) lines.push(ui.color.dim(ui.safe(`resources: ${m.resources.join(', ')}`)));
  for (const belief of m.beliefs) {
    const moved = [belief.before && `held like ${belief.before}`, belief.outcome].filter(Boolean).join(', ');
    lines.push(ui.safe(`belief: ${belief.belief}${moved ? ` (${moved})` : ''}${belief.after ? ` → ${belief.after}` : ''}`));
  }
  for (const [i, action] of m.actions.entries()) {
    const done = action.done ? 'x' : ' ';
    lines.push(ui.safe(`action #${i + 1} [${done}] ${action.text}${action.due ? ` (by ${action.due})` : ''}`));
  }
  if (links) lines.push(...linksText(links, ui));
  if (withPath) lines.push(ui.color.dim(entry.path));
  return lines.join('\n');
}

export interface ShowOptions {
  ref: string;
}

export async function runShow(opts: ShowOptions, ctx: Context): Promise<void> {
  const entry = await ctx.journal.find(opts.ref);
  // Back-links come from every entry's `builds_on`, answered by the index without reading any body.
  const links = linksOf(entry, (await ctx.journal.query()).entries);
  if (ctx.globals.json) {
    ctx.ui.json({ ...entryToJson(entry, true), links: linksJson(links) });
    return;
  }
  const body = ctx.ui.safe(entry.body.trim());
  if (ctx.ui.colorEnabled && ctx.ui.stdoutIsTTY) {
    const { renderMarkdownForTerminal } = await import('../adapters/marked-terminal-renderer.js');
    ctx.ui.data(`${entryHeader(entry, ctx.ui, true, links)}\n\n${renderMarkdownForTerminal(body, ctx.runtime.stdout.columns ?? 80).trimEnd()}`);
  } else {
    ctx.ui.data(`${entryHeader(entry, ctx.ui, true, links)}\n\n${body}`);
  }
}
