import { Document, isScalar } from 'yaml';
import { isIsoDate } from '../codecs/dates.js';
import type { BlogDraft, BlogPart, BlogSite } from '../core/sharing/blog.js';
import { labels } from './labels.js';
import { neutraliseMarkdown } from './safe-html.js';

/**
 * Site generators put front-matter values into pages unescaped (Jekyll's `{{ page.title }}`), so angle brackets
 * become the look-alike ‹ › there: the words stay, no tag can form.
 */
const inert = (text: string) => text.replace(/</g, '‹').replace(/>/g, '›');

/**
 * Front matter for the site generator, written by the `yaml` package (never by string templates). Jekyll (Ruby's
 * Psych) and Python site generators read YAML 1.1, where an unquoted `Yes`, `off`, `~` or `2024-05-01` is a boolean,
 * a null or a date, and PyYAML refuses a bare `=` or `<<` (issue 12): every string is written double-quoted, which
 * every YAML version reads as a string. Only `date` stays plain, so the generators read it as the post's date.
 */
export function blogFrontMatter(draft: BlogDraft, site: BlogSite): string {
  if (site === 'plain') return '';
  const title = inert(draft.title);
  const summary = inert(draft.summary);
  const tags = draft.tags.map(inert);
  const data: Record<string, unknown> =
    site === 'jekyll'
      ? { layout: 'post', title, date: draft.date, published: false, excerpt: summary, tags }
      : { title, date: draft.date, draft: true, summary, tags };
  const doc = new Document(data);
  const date = doc.get('date', true);
  if (isScalar(date) && isIsoDate(date.value)) date.type = 'PLAIN';
  return `---\n${doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n`;
}

function parts(heading: string, list: BlogPart[]): string[] {
  if (list.length === 0) return [];
  const out = [`## ${heading}`, ''];
  for (const part of list) {
    if (part.from) out.push(`### ${neutraliseMarkdown(part.from)}`, '');
    out.push(neutraliseMarkdown(part.text), '');
  }
  return out;
}

/** The draft's Markdown body: summary, what I learned, beliefs that moved, what changed, references, tags. */
export function blogBodyMarkdown(draft: BlogDraft, withTitle: boolean): string {
  const out: string[] = [];
  if (withTitle) out.push(`# ${neutraliseMarkdown(draft.title)}`, '');
  // The summary is plain text, so every angle bracket is shown, never read as HTML.
  if (draft.summary) out.push(`*${draft.summary.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\*/g, '\\*')}*`, '');
  out.push(...parts(labels.blogLearned, draft.learned));
  if (draft.beliefs.length > 0) {
    out.push(`## ${labels.blogBeliefs}`, '', ...draft.beliefs.map((b) => `- ${neutraliseMarkdown(labels.blogBelief(b.before, b.after))}`), '');
  }
  out.push(...parts(labels.blogChanged, draft.changed));
  if (draft.references.length > 0) out.push(`## ${labels.blogReferences}`, '', ...draft.references.map((r) => `- ${neutraliseMarkdown(r)}`), '');
  if (withTitle && draft.tags.length > 0) out.push(`${labels.blogTags}: ${draft.tags.map((t) => neutraliseMarkdown(t)).join(', ')}`, '');
  return out.join('\n');
}

/** A Markdown blog post with front matter for Jekyll or Hugo, or a plain Markdown article. */
export function renderBlogMarkdown(draft: BlogDraft, site: BlogSite): string {
  return blogFrontMatter(draft, site) + blogBodyMarkdown(draft, site === 'plain');
}
