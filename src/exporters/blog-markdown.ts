import { Document } from 'yaml';
import type { BlogDraft, BlogPart, BlogSite } from '../core/blog.js';
import { labels } from './labels.js';
import { neutraliseMarkdown } from './safe-html.js';

/** Front matter for the site generator, written by the `yaml` package (never by string templates). */
export function blogFrontMatter(draft: BlogDraft, site: BlogSite): string {
  if (site === 'plain') return '';
  const data: Record<string, unknown> =
    site === 'jekyll'
      ? { layout: 'post', title: draft.title, date: draft.date, published: false, excerpt: draft.summary, tags: draft.tags }
      : { title: draft.title, date: draft.date, draft: true, summary: draft.summary, tags: draft.tags };
  return `---\n${new Document(data).toString({ lineWidth: 0 })}---\n\n`;
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
  if (draft.summary) out.push(`*${neutraliseMarkdown(draft.summary)}*`, '');
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
