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
import { formatLocalDate, isIsoDate } from '../codecs/dates.js';
import { redactText, type Redaction } from '../core/privacy/redact.js';

export interface BlogExportOptions {
  format?: BlogFormat | undefined;
  /** Front matter for this site generator; default jekyll for Markdown, a plain standalone page for HTML. */
  site?: BlogSite | undefined;
  title?: string | undefined;
  /** Allow entries whose visibility is private (or unset). */
  includePrivate?: boolean | undefined;
  /** Return the draft even when identifiers are found (they are in `findings`); otherwise ExportRefusedError. */
  allowFindings?: boolean | undefined;
  /** Replace the identifiers found in the draft with placeholders (the entries are not changed). */
  redact?: boolean | undefined;
  /** The post's date: YYYY-MM-DD, or 'entry' for the latest entry's date. Default: today (issue 13). */
  date?: string | undefined;
  /** Entries shared with the team only may go into this public post. */
  yes?: boolean | undefined;
}

export interface BlogExport {
  format: BlogFormat;
  site: BlogSite;
  content: string;
  draft: BlogDraft;
  entries: Entry[];
  findings: Finding[];
  /** What --redact replaced in the draft. */
  redactions: Redaction[];
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
export async function exportBlog(ctx: Pick<JournalPorts, 'journal' | 'privacy' | 'clock'>, refs: readonly string[], options: BlogExportOptions = {}): Promise<BlogExport> {
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
  // A post is public: an entry shared with the team only goes into one when the person says so (issue 13).
  const teamOnly = entries.filter((e) => e.meta.visibility === 'team');
  if (teamOnly.length > 0 && !options.yes && !options.includePrivate) {
    throw new MindlinesError(messages.blogTeamEntries(teamOnly.map((e) => e.path)), 1, { hint: messages.blogTeamEntriesHint });
  }
  const built = buildBlogDraft(entries, { title: options.title, defaultTitle: labels.blogDefaultTitle });
  // The date of a clinical event is itself a clue: the post is dated the day it is exported unless asked.
  const draft = { ...built, date: postDate(options.date, built.date, ctx.clock.now()) };
  const render = await blogExporter(format);
  let content = render(draft, site) as string;
  const scanner = await ctx.privacy();
  const output = { name: `(${format} output)`, text: content };
  let redactions: Redaction[] = [];
  let findings: Finding[];
  if (options.redact) {
    // Only the draft is changed and checked: it is all that will be published.
    ({ text: content, redactions } = redactText(content, scanner.scanText(content, output.name)));
    findings = scanner.scanText(content, output.name);
  } else {
    const files = [];
    for (const entry of entries) files.push({ path: entry.path, text: await ctx.journal.readText(entry.path) });
    findings = findIdentifiers({ scanner, files, output });
  }
  refuseFindings(findings, { allowFindings: options.allowFindings, what: messages.blogWhat(format) });
  return { format, site, content, draft, entries, findings, redactions };
}

/** The post's date: the one asked for, the latest entry's with 'entry', else today. */
function postDate(asked: string | undefined, latestEntry: string, now: Date): string {
  if (asked === undefined) return formatLocalDate(now);
  if (asked === 'entry') return latestEntry;
  if (!isIsoDate(asked)) throw new UsageError(messages.blogBadDate(asked));
  return asked;
}
