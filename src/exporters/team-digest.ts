import type { Count, DigestAction, DigestEntry, TeamDigest } from '../core/team/team-digest.js';

/**
 * Renderers of the team digest, registered by format name: pure functions from the digest to text; the command
 * decides where the bytes go. Entry text is escaped for the format (Markdown or HTML), never trusted.
 */

export interface DigestRenderOptions {
  /** The journal's name, for the heading. */
  journal: string;
}

export type DigestFormat = 'md' | 'html' | 'json';

export const DIGEST_FORMATS: readonly DigestFormat[] = ['md', 'html', 'json'];

const SECTION_TITLES = {
  authors: 'Who wrote',
  themes: 'Themes',
  significant: 'Significant events',
  learning: 'Learning events',
  collective: 'Collective and organisational learning',
  loops: 'Double- and triple-loop learning',
  actions: 'Shared actions still open',
  resources: 'Learning resources',
} as const;

const NONE = 'None in this period.';

/** Escapes the characters that would turn entry text into Markdown structure or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]{}<>#|!~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summaryLine(d: TeamDigest): string {
  return `${d.period.since} to ${d.period.until} · ${plural(d.totals.entries, 'entry', 'entries')} by ${plural(d.totals.authors, 'person', 'people')} · ${d.totals.hours} hours`;
}

function entryFacts(e: DigestEntry): string[] {
  return [e.author, e.activity, e.loop && `${e.loop} loop`, e.level].filter((x): x is string => Boolean(x));
}

function actionFacts(a: DigestAction): string {
  return [`owner ${a.owner}`, a.due && `due ${a.due}${a.overdue ? ' (overdue)' : ''}`].filter(Boolean).join(', ');
}

const countsText = (counts: Count[], escape: (s: string) => string) =>
  counts.map((c) => `${escape(c.value)} (${c.entries})`).join(', ') || 'none recorded';

/** The digest as Markdown, readable in a terminal, on a git host, or pasted into meeting notes. */
export function renderDigestMarkdown(d: TeamDigest, options: DigestRenderOptions): string {
  const md = escapeMarkdown;
  const out: string[] = [`# Team digest: ${md(options.journal)}`, '', summaryLine(d), ''];
  const entries = (title: string, list: DigestEntry[]) => {
    out.push(`## ${title}`, '');
    if (list.length === 0) out.push(NONE);
    for (const e of list) out.push(`- ${e.date} **${md(e.title)}** (${entryFacts(e).map(md).join(', ')})`);
    out.push('');
  };
  out.push(`## ${SECTION_TITLES.authors}`, '');
  if (d.authors.length === 0) out.push(NONE);
  else {
    out.push('| Author | Entries | Hours |', '|---|---:|---:|');
    for (const a of d.authors) out.push(`| ${md(a.author)} | ${a.entries} | ${a.hours} |`);
  }
  out.push('', `## ${SECTION_TITLES.themes}`, '');
  if (d.themes.length === 0) out.push(NONE);
  for (const t of d.themes) out.push(`- ${md(t.value)} (${t.entries})`);
  out.push('');
  entries(SECTION_TITLES.significant, d.significantEvents);
  entries(SECTION_TITLES.learning, d.learningEvents);
  entries(SECTION_TITLES.collective, d.collective);
  entries(SECTION_TITLES.loops, d.deeperLoops);
  out.push(`## ${SECTION_TITLES.actions}`, '');
  if (d.openActions.length === 0) out.push('No open actions.');
  for (const a of d.openActions) {
    out.push(`- [ ] ${md(a.text)} (${md(actionFacts(a))}; from **${md(a.entry.title)}**, ${a.entry.date})`);
  }
  out.push('', `## ${SECTION_TITLES.resources}`, '');
  out.push(`- Learned with: ${countsText(d.resources.learnedWith, md)}`);
  out.push(`- Resources used: ${countsText(d.resources.used, md)}`);
  return `${out.join('\n')}\n`;
}

/** The digest as one self-contained HTML page (no scripts, no external resources), to print or share. */
export function renderDigestHtml(d: TeamDigest, options: DigestRenderOptions): string {
  const h = escapeHtml;
  const list = (items: string[], empty = NONE) => (items.length === 0 ? `<p>${empty}</p>` : `<ul>\n${items.map((i) => `  <li>${i}</li>`).join('\n')}\n</ul>`);
  const entryItems = (entries: DigestEntry[]) =>
    entries.map((e) => `${h(e.date)} <strong>${h(e.title)}</strong> (${entryFacts(e).map(h).join(', ')})`);
  const section = (title: string, body: string) => `<section>\n<h2>${h(title)}</h2>\n${body}\n</section>`;
  const authors =
    d.authors.length === 0
      ? `<p>${NONE}</p>`
      : `<table>\n<thead><tr><th>Author</th><th>Entries</th><th>Hours</th></tr></thead>\n<tbody>\n${d.authors
          .map((a) => `<tr><td>${h(a.author)}</td><td>${a.entries}</td><td>${a.hours}</td></tr>`)
          .join('\n')}\n</tbody>\n</table>`;
  const body = [
    `<h1>Team digest: ${h(options.journal)}</h1>`,
    `<p class="summary">${h(summaryLine(d))}</p>`,
    section(SECTION_TITLES.authors, authors),
    section(SECTION_TITLES.themes, list(d.themes.map((t) => `${h(t.value)} (${t.entries})`))),
    section(SECTION_TITLES.significant, list(entryItems(d.significantEvents))),
    section(SECTION_TITLES.learning, list(entryItems(d.learningEvents))),
    section(SECTION_TITLES.collective, list(entryItems(d.collective))),
    section(SECTION_TITLES.loops, list(entryItems(d.deeperLoops))),
    section(
      SECTION_TITLES.actions,
      list(
        d.openActions.map((a) => `${h(a.text)} <span class="facts">(${h(actionFacts(a))}; from <strong>${h(a.entry.title)}</strong>, ${h(a.entry.date)})</span>`),
        'No open actions.',
      ),
    ),
    section(
      SECTION_TITLES.resources,
      list([`Learned with: ${countsText(d.resources.learnedWith, h)}`, `Resources used: ${countsText(d.resources.used, h)}`]),
    ),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Team digest: ${h(options.journal)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 1.6rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; } th, td { padding: 0.2rem 0.8rem; text-align: left; border-bottom: 1px solid #eee; }
td:nth-child(n+2), th:nth-child(n+2) { text-align: right; } .summary, .facts { color: #555; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The digest as JSON for scripts: the typed digest as is. */
export function renderDigestJson(d: TeamDigest): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

/** The registry: format name to renderer. */
export const digestRenderers: Record<DigestFormat, (d: TeamDigest, options: DigestRenderOptions) => string> = {
  md: renderDigestMarkdown,
  html: renderDigestHtml,
  json: (d) => renderDigestJson(d),
};
