import type { FsProfileSource } from '../adapters/fs-profile-source.js';
import { formatLocalDate, formatTimestamp } from '../codecs/dates.js';
import type { JournalConfig } from '../config/journal-config.js';
import type { Context } from '../container.js';
import { buildCpdReport, type CpdReport } from '../core/cpd/cpd-report.js';
import type { EntryProblem } from '../core/entries/entry.js';
import { matchesFilter } from '../core/entries/filters.js';
import type { Journal } from '../core/entries/journal.js';
import type { Finding } from '../core/privacy/scan.js';
import { UsageError } from '../errors.js';
import { CPD_FORMATS, cpdExporter, isCpdFormat, type CpdFormat } from '../exporters/registry.js';
import { messages } from '../ui/messages.js';
import { resolvePeriod, yearStartFor } from './cpd-period-options.js';
import { deliver, formatFromFileName, outputPath } from './export-output.js';
import { reportProblems } from './list.js';
import { enforce, findIdentifiers } from './privacy-gate.js';

/** What an export reads: the journal, its settings, the profiles, and "now". */
export interface ExportSource {
  root: string;
  journal: Journal;
  config: JournalConfig;
  profiles: FsProfileSource;
  now: Date;
}

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

/**
 * Builds a CPD summary: reads the entries, counts them under the profile for the period, and renders the format.
 * Writes nothing; the caller decides where the bytes go.
 */
export async function exportCpd(source: ExportSource, options: CpdExportOptions = {}): Promise<CpdExport> {
  const format = options.format ?? 'md';
  const profile = await source.profiles.get(options.profile ?? source.config.profile);
  const period = await resolvePeriod(options, profile, source.config, source.now);
  const { entries, problems } = await source.journal.scan();
  const mine = options.author ? entries.filter((e) => matchesFilter(e, { author: options.author })) : entries;
  const report = buildCpdReport(mine, {
    profile,
    period,
    yearStart: yearStartFor(profile, source.config),
    today: formatLocalDate(source.now),
    generated: formatTimestamp(source.now),
    journal: source.config.name,
    author: options.author ?? source.config.author ?? null,
  });
  const render = await cpdExporter(format);
  const content = await render(report);
  const included = new Set([...report.log.rows.map((r) => r.id), ...(report.summary?.entryId ? [report.summary.entryId] : [])]);
  // The documents a person reads as rendered (Markdown, HTML) are scanned again after rendering; JSON, CSV and DOCX
  // hold the entries' text as it is, which the entry scan has already covered.
  const rendered = format === 'md' || format === 'html' ? { name: `(${format} output)`, text: String(content) } : undefined;
  const findings = await findIdentifiers({
    journal: source.journal,
    config: source.config,
    entries: mine.filter((e) => included.has(e.meta.id)),
    output: rendered,
    ownWords: [report.author, report.journal, ...report.authors],
  });
  enforce(findings, { allowFindings: options.allowFindings, what: messages.cpdWhat(format) });
  return { format, content, report, problems, findings };
}

export interface ExportCpdCommandOptions {
  profile?: string;
  from?: string;
  to?: string;
  format?: string;
  output?: string;
  author?: string;
  allowFindings?: boolean;
  force?: boolean;
}

/** Picks the format: --format, else the -o file's extension, else JSON under --json, else Markdown. */
export function chooseCpdFormat(opts: { format?: string | undefined; output?: string | undefined }, json: boolean): CpdFormat {
  const format = opts.format ?? formatFromFileName(opts.output) ?? (json ? 'json' : 'md');
  if (!isCpdFormat(format)) throw new UsageError(messages.badFormat('--format', format, CPD_FORMATS));
  return format;
}

export async function runExportCpd(opts: ExportCpdCommandOptions, ctx: Context): Promise<void> {
  const format = chooseCpdFormat(opts, Boolean(ctx.globals.json));
  const target = opts.output ? outputPath(opts.output, ctx.runtime.cwd, ctx.root) : undefined;
  const result = await exportCpd(
    { root: ctx.root, journal: ctx.journal, config: ctx.config, profiles: ctx.profiles, now: ctx.clock.now() },
    { profile: opts.profile, from: opts.from, to: opts.to, format, author: opts.author, allowFindings: true },
  );
  reportProblems(ctx.ui, result.problems);
  enforce(result.findings, { allowFindings: opts.allowFindings, ui: ctx.ui, what: messages.cpdWhat(format) });
  if (result.report.log.rows.length === 0) ctx.ui.warn(messages.noEntriesInPeriod(result.report.period.from, result.report.period.to));
  await deliver(result.content, target, ctx.ui, format, { force: opts.force });
  if (target) ctx.ui.success(messages.exportWritten(messages.cpdWhat(format), opts.output as string, result.report.log.rows.length));
}
