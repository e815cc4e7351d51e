import type { CpdReport } from '../core/cpd/cpd-report.js';
import type { BlogDraft, BlogSite } from '../core/sharing/blog.js';

/** What an exporter returns: text, or bytes for binary formats. Exporters never write; the caller decides where. */
export type ExportOutput = string | Buffer;

export const CPD_FORMATS = ['md', 'html', 'json', 'csv', 'docx'] as const;
export type CpdFormat = (typeof CPD_FORMATS)[number];

export const BLOG_FORMATS = ['md', 'html'] as const;
export type BlogFormat = (typeof BLOG_FORMATS)[number];

export type CpdExporter = (report: CpdReport) => ExportOutput | Promise<ExportOutput>;
export type BlogExporter = (draft: BlogDraft, site: BlogSite) => ExportOutput;

/**
 * Exporters by name (as jrnl keeps them). Each is imported only when asked for, so the document libraries (docx,
 * marked, sanitize-html, csv-stringify) load only in the command that uses them.
 */
const cpdExporters: Record<CpdFormat, () => Promise<CpdExporter>> = {
  md: async () => (await import('./cpd-markdown.js')).renderCpdMarkdown,
  html: async () => (await import('./cpd-html.js')).renderCpdHtml,
  json: async () => (await import('./cpd-json.js')).renderCpdJson,
  csv: async () => (await import('./cpd-csv.js')).renderCpdCsv,
  docx: async () => (await import('./cpd-docx.js')).renderCpdDocx,
};

const blogExporters: Record<BlogFormat, () => Promise<BlogExporter>> = {
  md: async () => (await import('./blog-markdown.js')).renderBlogMarkdown,
  html: async () => (await import('./blog-html.js')).renderBlogHtml,
};

export function isCpdFormat(format: string): format is CpdFormat {
  return (CPD_FORMATS as readonly string[]).includes(format);
}

export function isBlogFormat(format: string): format is BlogFormat {
  return (BLOG_FORMATS as readonly string[]).includes(format);
}

export async function cpdExporter(format: CpdFormat): Promise<CpdExporter> {
  return cpdExporters[format]();
}

export async function blogExporter(format: BlogFormat): Promise<BlogExporter> {
  return blogExporters[format]();
}
