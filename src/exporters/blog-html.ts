import type { BlogDraft, BlogSite } from '../core/sharing/blog.js';
import { blogBodyMarkdown, blogFrontMatter } from './blog-markdown.js';
import { htmlPage } from './html-page.js';
import { labels } from './labels.js';
import { escapeHtml as e, markdownToSafeHtml } from './safe-html.js';

/**
 * The draft as HTML, sanitised (no script, no event handler, no javascript: link, nothing fetched). For `plain` a
 * whole self-contained page; for Jekyll or Hugo the article with front matter, for the site's layout to wrap.
 */
export function renderBlogHtml(draft: BlogDraft, site: BlogSite): string {
  const tags = draft.tags.length > 0 ? `<ul class="tags" aria-label="${e(labels.blogTags)}">${draft.tags.map((t) => `<li>${e(t)}</li>`).join('')}</ul>` : '';
  const article = `<article>
<h1>${e(draft.title)}</h1>
${markdownToSafeHtml(blogBodyMarkdown(draft, false))}
${tags}
<footer>${e(labels.blogFooter)}</footer>
</article>
`;
  if (site === 'plain') return htmlPage(draft.title, article);
  return blogFrontMatter(draft, site) + article;
}
