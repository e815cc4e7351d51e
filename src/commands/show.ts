import type { Context } from '../container.js';
import type { Entry } from '../core/entry.js';
import { entryToJson } from '../core/entry-json.js';
import type { Ui } from '../ui/output.js';

/** The lines above the body: title, then date, activity, hours, author, tags. */
function header(entry: Entry, ui: Ui): string {
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
  lines.push(ui.color.dim(entry.path));
  return lines.join('\n');
}

export interface ShowOptions {
  ref: string;
}

export async function runShow(opts: ShowOptions, ctx: Context): Promise<void> {
  const entry = await ctx.journal.find(opts.ref);
  if (ctx.globals.json) {
    ctx.ui.json(entryToJson(entry, true));
    return;
  }
  const body = ctx.ui.safe(entry.body.trim());
  if (ctx.ui.colorEnabled && ctx.ui.stdoutIsTTY) {
    const { renderMarkdownForTerminal } = await import('../adapters/marked-terminal-renderer.js');
    ctx.ui.data(`${header(entry, ctx.ui)}\n\n${renderMarkdownForTerminal(body, ctx.runtime.stdout.columns ?? 80).trimEnd()}`);
  } else {
    ctx.ui.data(`${header(entry, ctx.ui)}\n\n${body}`);
  }
}
