import type { Entry } from '../core/entries/entry.js';
import { attachmentsOf } from '../core/evidence/attachments.js';
import { messages } from './messages.js';
import type { EntryLinks } from '../core/entries/links.js';
import type { MarkdownRenderer } from '../core/workspace-ports.js';
import { wrap } from './fit-table.js';
import { linksText } from './loop-views.js';
import type { Ui } from './output.js';

/**
 * The lines above the body: title, then date, activity, hours, author, tags, and what the entry builds on and what
 * builds on it (also the interview's preview). Each line is wrapped at spaces to `columns` (issue 17: headers broke
 * mid-word), continuing two spaces in, when the terminal's width is known.
 */
export function entryHeader(entry: Entry, ui: Ui, withPath = true, links?: EntryLinks, columns?: number): string {
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
    const done = action.done ? 'x' : action.dropped ? '-' : ' ';
    lines.push(ui.safe(`action #${i + 1} [${done}] ${action.text}${action.due ? ` (by ${action.due})` : ''}`));
  }
  // issue 18: the evidence files attached to the entry
  for (const a of attachmentsOf(entry.frontMatter)) lines.push(ui.color.dim(ui.safe(messages.attachmentLine(a.name, byteSize(a.size), a.sha256))));
  if (links) lines.push(...linksText(links, ui));
  if (withPath) lines.push(ui.color.dim(entry.path));
  // Piped (no terminal width), lines are left whole for whatever reads them.
  return (columns ? lines.flatMap((line) => fitLine(line, columns)) : lines).join('\n');
}

// A line coloured as a whole: an opening sequence, plain text, a closing one.
const ESC = String.fromCharCode(27);
const WHOLE_LINE_STYLE = new RegExp(`^(${ESC}\\[[0-9;]*m)([^${ESC}]*)(${ESC}\\[[0-9;]*m)$`, 's');

/** A line wrapped to the width; a line coloured as a whole keeps its colour on every piece. */
function fitLine(line: string, columns: number): string[] {
  const styled = WHOLE_LINE_STYLE.exec(line);
  if (styled) return wrap(styled[2] as string, columns, '  ').map((piece) => `${styled[1]}${piece}${styled[3]}`);
  return wrap(line, columns, '  ');
}

/** The header, then the body: as Markdown drawn for the terminal when colour is on, else as written (escaped). */
export async function renderEntry(entry: Entry, ui: Ui, markdown: MarkdownRenderer, options: { columns?: number | undefined; withPath: boolean; links?: EntryLinks; rendered: boolean }): Promise<string> {
  const body = ui.safe(entry.body.trim());
  const header = entryHeader(entry, ui, options.withPath, options.links, options.columns);
  if (!options.rendered) return `${header}\n\n${body}`;
  return `${header}\n\n${(await markdown.render(body, options.columns ?? 80)).trimEnd()}`;
}

/** A file size as people read it: 812 B, 14 KB, 2.3 MB. */
export function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
