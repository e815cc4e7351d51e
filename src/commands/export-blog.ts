import type { Context } from '../container.js';
import { BLOG_SITES, buildBlogDraft, type BlogDraft, type BlogSite } from '../core/sharing/blog.js';
import type { Entry } from '../core/entries/entry.js';
import type { JournalConfig } from '../config/journal-config.js';
import type { Journal } from '../core/entries/journal.js';
import type { Finding } from '../core/privacy/scan.js';
import { MindlinesError, UsageError } from '../errors.js';
import { labels } from '../exporters/labels.js';
import { BLOG_FORMATS, blogExporter, isBlogFormat, type BlogFormat } from '../exporters/registry.js';
import { messages } from '../ui/messages.js';
import { deliver, formatFromFileName, outputPath } from './export-output.js';
import { enforce, findIdentifiers } from './privacy-gate.js';

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

/**
 * Builds a blog draft from entries (by id, short id or path). Refuses entries that are not shared unless
 * `includePrivate`. Writes nothing.
 */
export async function exportBlog(journal: Journal, config: JournalConfig, refs: readonly string[], options: BlogExportOptions = {}): Promise<BlogExport> {
  if (refs.length === 0) throw new UsageError(messages.blogNeedsIds);
  const format = options.format ?? 'md';
  const site = options.site ?? (format === 'html' ? 'plain' : 'jekyll');
  const entries: Entry[] = [];
  for (const ref of refs) {
    const entry = await journal.find(ref);
    if (!entries.some((e) => e.meta.id === entry.meta.id)) entries.push(entry);
  }
  const hidden = entries.filter((e) => !isShareable(e));
  if (hidden.length > 0 && !options.includePrivate) {
    throw new MindlinesError(messages.blogPrivate(hidden.map((e) => e.path)), 1, { hint: messages.blogPrivateHint });
  }
  const draft = buildBlogDraft(entries, { title: options.title, defaultTitle: labels.blogDefaultTitle });
  const render = await blogExporter(format);
  const content = render(draft, site) as string;
  const findings = await findIdentifiers({ journal, config, entries, output: { name: `(${format} output)`, text: content } });
  enforce(findings, { allowFindings: options.allowFindings, what: messages.blogWhat(format) });
  return { format, site, content, draft, entries, findings };
}

export interface ExportBlogCommandOptions {
  format?: string;
  site?: string;
  output?: string;
  title?: string;
  includePrivate?: boolean;
  allowFindings?: boolean;
  force?: boolean;
}

export async function runExportBlog(refs: string[], opts: ExportBlogCommandOptions, ctx: Context): Promise<void> {
  const format = opts.format ?? formatFromFileName(opts.output) ?? 'md';
  if (!isBlogFormat(format)) throw new UsageError(messages.badFormat('--format', format, BLOG_FORMATS));
  const site = opts.site;
  if (site !== undefined && !(BLOG_SITES as readonly string[]).includes(site)) throw new UsageError(messages.badSite(site, BLOG_SITES));
  const target = opts.output ? outputPath(opts.output, ctx.runtime.cwd, ctx.root) : undefined;
  const result = await exportBlog(ctx.journal, ctx.config, refs, {
    format,
    site: site as BlogSite | undefined,
    title: opts.title,
    includePrivate: opts.includePrivate,
    allowFindings: true,
  });
  enforce(result.findings, { allowFindings: opts.allowFindings, ui: ctx.ui, what: messages.blogWhat(format) });
  await deliver(result.content, target, ctx.ui, format, { force: opts.force });
  if (target) ctx.ui.success(messages.exportWritten(messages.blogWhat(format), opts.output as string, result.entries.length));
}
