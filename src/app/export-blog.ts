import { BLOG_SITES, buildBlogDraft, type BlogDraft, type BlogSite } from '../core/sharing/blog.js';
import type { Entry } from '../core/entries/entry.js';
import type { Finding } from '../core/privacy/kinds.js';
import { MindlinesError, UsageError } from '../errors.js';
import { labels } from '../exporters/labels.js';
import { BLOG_FORMATS, blogExporter, type BlogFormat } from '../exporters/registry.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { chooseFormat } from './export-output.js';
import { findIdentifiers, refuseFindings } from './privacy-gate.js';

export interface BlogExportOptions {
  format?: BlogFormat | undefined;
  /** Front matter for this site generator; default jekyll for Markdown, a plain standalone page for HTML. */
  site?: BlogSite | undefined;
  title?: string | undefined;
  /** Allow entries whose visibility is private (or unset). */
  includePrivate?: boolean | undefined;
  /** Return the draft even when identifiers are found (they are in `findings`); otherwise ExportRefusedError. */
  allowFindings?: boolean | undefined;
}

export interface BlogExport {
  format: BlogFormat;
  site: BlogSite;
  content: string;
  draft: BlogDraft;
  entries: Entry[];
  findings: Finding[];
}

/** An entry may be shared when its visibility says team or public; no visibility means private. */
export const isShareable = (entry: Entry) => entry.meta.visibility === 'team' || entry.meta.visibility === 'public';

/** The format and site the options ask for: --format, else the -o file's extension, else Markdown. */
export function chooseBlogFormat(opts: { format?: string | undefined; output?: string | undefined; site?: string | undefined }): { format: BlogFormat; site: BlogSite | undefined } {
  const format = chooseFormat(opts, BLOG_FORMATS, 'md');
  const site = opts.site;
  if (site !== undefined && !(BLOG_SITES as readonly string[]).includes(site)) throw new UsageError(messages.badSite(site, BLOG_SITES));
  return { format, site: site as BlogSite | undefined };
}

/**
 * Builds a blog draft from entries (by id, short id or path). Refuses entries that are not shared unless
 * `includePrivate`, and runs the privacy gate once over the entries and the rendered draft. Writes nothing.
 */
export async function exportBlog(ctx: Pick<JournalPorts, 'journal' | 'privacy'>, refs: readonly string[], options: BlogExportOptions = {}): Promise<BlogExport> {
  if (refs.length === 0) throw new UsageError(messages.blogNeedsIds);
  const format = options.format ?? 'md';
  const site = options.site ?? (format === 'html' ? 'plain' : 'jekyll');
  const entries: Entry[] = [];
  for (const ref of refs) {
    const entry = await ctx.journal.find(ref);
    if (!entries.some((e) => e.meta.id === entry.meta.id)) entries.push(entry);
  }
  const hidden = entries.filter((e) => !isShareable(e));
  if (hidden.length > 0 && !options.includePrivate) {
    throw new MindlinesError(messages.blogPrivate(hidden.map((e) => e.path)), 1, { hint: messages.blogPrivateHint });
  }
  const draft = buildBlogDraft(entries, { title: options.title, defaultTitle: labels.blogDefaultTitle });
  const render = await blogExporter(format);
  const content = render(draft, site) as string;
  const files = [];
  for (const entry of entries) files.push({ path: entry.path, text: await ctx.journal.readText(entry.path) });
  const findings = findIdentifiers({ scanner: await ctx.privacy(), files, output: { name: `(${format} output)`, text: content } });
  refuseFindings(findings, { allowFindings: options.allowFindings, what: messages.blogWhat(format) });
  return { format, site, content, draft, entries, findings };
}
