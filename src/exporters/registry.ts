import type { CpdReport } from '../core/cpd/cpd-report.js';
import type { BlogDraft, BlogSite } from '../core/sharing/blog.js';

/** What an exporter returns: text, or bytes for binary formats. Exporters never write; the caller decides where. */
export type ExportOutput = string | Buffer;

export const CPD_FORMATS = ['md', 'html', 'json', 'csv', 'docx', 'pdf'] as const;
export type CpdFormat = (typeof CPD_FORMATS)[number];

export const BLOG_FORMATS = ['md', 'html'] as const;
export type BlogFormat = (typeof BLOG_FORMATS)[number];

export type CpdExporter = (report: CpdReport) => ExportOutput | Promise<ExportOutput>;
export type BlogExporter = (draft: BlogDraft, site: BlogSite) => ExportOutput;

/**
 * Exporters by name (as jrnl keeps them). Each is imported only when asked for, so the document libraries (docx,
 * marked, sanitize-html, csv-stringify) load only in the command that uses them.
 */
const cpdExporters: Record<Exclude<CpdFormat, 'pdf'>, () => Promise<CpdExporter>> = {
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

/**
 * A PDF is the HTML page printed by a browser (the use-case hands it to the PdfPrinter port): the same document a
 * person gets by printing the HTML, so the two never differ. The exporters stay pure; printing is I/O.
 */
export const PRINTED_FROM = { pdf: 'html' } as const satisfies Partial<Record<CpdFormat, CpdFormat>>;

/** The renderer of a format; for pdf, the HTML renderer whose page is then printed. */
export async function cpdExporter(format: CpdFormat): Promise<CpdExporter> {
  return cpdExporters[format === 'pdf' ? PRINTED_FROM.pdf : format]();
}

export async function blogExporter(format: BlogFormat): Promise<BlogExporter> {
  return blogExporters[format]();
}
