import { formatLocalDate, formatTimestamp } from '../codecs/dates.js';
import { buildCpdReport, type CpdReport } from '../core/cpd/cpd-report.js';
import { readEntry, type Entry, type EntryProblem } from '../core/entries/entry.js';
import { matchesFilter } from '../core/entries/filters.js';
import type { Finding } from '../core/privacy/kinds.js';
import { UsageError } from '../errors.js';
import { CPD_FORMATS, cpdExporter, isCpdFormat, type CpdFormat } from '../exporters/registry.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { countedSpan, resolvePeriod, yearStartFor } from './cpd-period.js';
import { formatFromFileName } from './export-output.js';
import { findIdentifiers, refuseFindings } from './privacy-gate.js';

/** What an export reads: the journal, its settings, the profiles, the clock and the privacy scanner. */
export type ExportPorts = Pick<JournalPorts, 'journal' | 'config' | 'profiles' | 'clock' | 'privacy'> & Partial<Pick<JournalPorts, 'scanCache'>>;

export interface CpdExportOptions {
  /** Profile id (default: the journal's). */
  profile?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  format?: CpdFormat | undefined;
  /** Only this author's entries (a shared journal); also the name shown as whose evidence it is. */
  author?: string | undefined;
  /** Return the export even when identifiers are found (they are in `findings`); otherwise ExportRefusedError. */
  allowFindings?: boolean | undefined;
}

export interface CpdExport {
  format: CpdFormat;
  content: string | Buffer;
  report: CpdReport;
  /** Files that could not be read as entries, and so were not counted. */
  problems: EntryProblem[];
  /** Possible identifiers in what the export includes (empty when clean). */
  findings: Finding[];
}

/** Picks the format: --format, else the -o file's extension, else JSON under --json, else Markdown. */
export function chooseCpdFormat(opts: { format?: string | undefined; output?: string | undefined }, json: boolean): CpdFormat {
  const format = opts.format ?? formatFromFileName(opts.output) ?? (json ? 'json' : 'md');
  if (!isCpdFormat(format)) throw new UsageError(messages.badFormat('--format', format, CPD_FORMATS));
  return format;
}

/**
 * The entries the report can count (`span`: countedSpan), with the text of each file, each read once: the report is
 * built from the entries and the privacy gate scans the same texts, so what is checked is exactly what is counted.
 * The index says which files there are and which fall in the span, so no other file is read.
 */
async function readEntries(ctx: Pick<JournalPorts, 'journal'>, span: { since?: string | undefined; until: string }): Promise<{ entries: { entry: Entry; text: string }[]; problems: EntryProblem[] }> {
  const { entries: summaries, problems } = await ctx.journal.query(span);
  const entries: { entry: Entry; text: string }[] = [];
  for (const summary of [...summaries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    let text: string;
    try {
      text = await ctx.journal.readText(summary.path);
    } catch (error) {
      problems.push({ path: summary.path, line: 1, message: messages.describeError(error) });
      continue;
    }
    const result = readEntry(summary.path, text);
    if (result.ok) entries.push({ entry: result.entry, text });
    else problems.push(result.problem);
  }
  problems.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { entries, problems };
}

/**
 * Builds a CPD summary: reads the entries, counts them under the profile for the period, renders the format, and
 * runs the privacy gate once over what it includes. Writes nothing; the caller decides where the bytes go. Throws
 * ExportRefusedError when identifiers are found, unless `allowFindings` (then they are in `findings`).
 */
export async function exportCpd(ctx: ExportPorts, options: CpdExportOptions = {}): Promise<CpdExport> {
  const format = options.format ?? 'md';
  const now = ctx.clock.now();
  const profile = await ctx.profiles.get(options.profile ?? ctx.config.profile);
  const period = await resolvePeriod(options, profile, ctx.config, now);
  // A summary of practice (HCPC) is the latest one before the period ends, however old: then every earlier entry.
  const span = countedSpan(profile, period);
  const { entries, problems } = await readEntries(ctx, profile.summary ? { until: span.until } : span);
  const mine = options.author ? entries.filter((e) => matchesFilter(e.entry, { author: options.author })) : entries;
  const report = buildCpdReport(
    mine.map((e) => e.entry),
    {
      profile,
      period,
      yearStart: yearStartFor(profile, ctx.config),
      today: formatLocalDate(now),
      generated: formatTimestamp(now),
      journal: ctx.config.name,
      author: options.author ?? ctx.config.author ?? null,
    },
  );
  const render = await cpdExporter(format);
  const content = await render(report);
  const included = new Set([...report.log.rows.map((r) => r.id), ...(report.summary?.entryId ? [report.summary.entryId] : [])]);
  // The documents a person reads as rendered (Markdown, HTML) are scanned again after rendering; JSON, CSV and DOCX
  // hold the entries' text as it is, which the entry scan has already covered.
  const rendered = format === 'md' || format === 'html' ? { name: `(${format} output)`, text: String(content) } : undefined;
  const cache = await ctx.scanCache?.();
  const findings = findIdentifiers({
    scanner: await ctx.privacy(),
    cache,
    files: mine.filter((e) => included.has(e.entry.meta.id)).map((e) => ({ path: e.entry.path, text: e.text })),
    output: rendered,
    ownWords: [report.author, report.journal, ...report.authors],
  });
  await cache?.save();
  refuseFindings(findings, { allowFindings: options.allowFindings, what: messages.cpdWhat(format) });
  return { format, content, report, problems, findings };
}
