import { formatLocalDate, formatTimestamp } from '../codecs/dates.js';
import { defaultVisibility } from '../config/journal-config.js';
import { buildCpdReport, includedEntryIds, type CpdReport, type SkippedFile } from '../core/cpd/cpd-report.js';
import type { AuthorChoice } from '../core/cpd/cpd-selection.js';
import { readEntry, type Entry, type EntryProblem } from '../core/entries/entry.js';
import type { Finding } from '../core/privacy/kinds.js';
import { InvalidEntriesError, UsageError } from '../errors.js';
import { labels } from '../exporters/labels.js';
import { CPD_FORMATS, cpdExporter, isCpdFormat, type CpdFormat } from '../exporters/registry.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { resolvePeriod, yearStartFor } from './cpd-period.js';
import { authorFor } from './entry-context.js';
import { formatFromFileName } from './export-output.js';
import { findIdentifiers, refuseFindings } from './privacy-gate.js';

/** What an export reads: the journal, its settings, templates and profiles, git (who is writing), the clock, the scanner. */
export type ExportPorts = Pick<JournalPorts, 'root' | 'journal' | 'config' | 'templates' | 'profiles' | 'git' | 'clock' | 'privacy'>;

export interface CpdExportOptions {
  /** Profile id (default: the journal's). */
  profile?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  format?: CpdFormat | undefined;
  /** Only this author's entries (part of the name); also the name shown as whose evidence it is. */
  author?: string | undefined;
  /** Every author's entries: the team total of a team journal (whose default is the current author's). */
  allAuthors?: boolean | undefined;
  /** Leave private entries out of every figure and list (default: the journal's `cpd.exclude_private`). */
  excludePrivate?: boolean | undefined;
  /** List the unfinished notes (status draft) with their titles and text; they are never counted. */
  includeDrafts?: boolean | undefined;
  /** Export although some entry files in the period cannot be read; the report lists them. Otherwise InvalidEntriesError. */
  skipInvalid?: boolean | undefined;
  /** Return the export even when identifiers are found (they are in `findings`); otherwise ExportRefusedError. */
  allowFindings?: boolean | undefined;
}

export interface CpdExport {
  format: CpdFormat;
  content: string | Buffer;
  report: CpdReport;
  /** Files that could not be read as entries, and so were not counted (those in the period are in report.skipped). */
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

interface ReadResult {
  entries: { entry: Entry; text: string }[];
  /** Each unreadable file with the date it seems to be about (from its front matter or name), if any. */
  problems: (EntryProblem & { date?: string })[];
}

/** The date an unreadable entry file is about: its `date:` line, else the date its name starts with. */
function dateOfUnreadable(path: string, text: string | undefined): string | undefined {
  return /^date:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(text ?? '')?.[1] ?? /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*\.md$/.exec(path)?.[1];
}

/**
 * Every entry with the text of its file, each file read once: the report is built from the entries and the privacy
 * gate scans the same texts, so what is checked is exactly what is counted. The index says which files there are.
 */
async function readEntries(ctx: Pick<JournalPorts, 'journal'>): Promise<ReadResult> {
  const { entries: summaries, problems: listed } = await ctx.journal.query();
  const entries: ReadResult['entries'] = [];
  const problems: ReadResult['problems'] = listed.map((p) => ({ ...p, ...withDate(dateOfUnreadable(p.path, undefined)) }));
  for (const summary of [...summaries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    let text: string;
    try {
      text = await ctx.journal.readText(summary.path);
    } catch (error) {
      problems.push({ path: summary.path, line: 1, message: messages.describeError(error), ...withDate(summary.meta.date) });
      continue;
    }
    const result = readEntry(summary.path, text);
    if (result.ok) entries.push({ entry: result.entry, text });
    else problems.push({ ...result.problem, ...withDate(dateOfUnreadable(summary.path, text)) });
  }
  problems.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { entries, problems };
}

const withDate = (date: string | undefined) => (date ? { date } : {});

/**
 * Whose entries count: `--author` (part of a name), `--all-authors`, else in a team journal the current author
 * (the journal's `author:`, else git's user name), else everyone's (a personal journal holds one person's entries).
 */
async function chooseAuthors(ctx: ExportPorts, options: CpdExportOptions): Promise<{ choice: AuthorChoice; author: string | null }> {
  if (options.author !== undefined && options.allAuthors) throw new UsageError(messages.authorAndAllAuthors);
  if (options.author !== undefined) return { choice: { kind: 'named', name: options.author, exact: false }, author: options.author };
  if (ctx.config.mode === 'team' && !options.allAuthors) {
    const current = await authorFor(ctx);
    if (current) return { choice: { kind: 'named', name: current, exact: true }, author: current };
  }
  return { choice: { kind: 'all' }, author: ctx.config.mode === 'team' ? null : (ctx.config.author ?? null) };
}

/**
 * Builds a CPD summary: reads the entries, counts them under the profile for the period, renders the format, and
 * runs the privacy gate once over what it includes. Writes nothing; the caller decides where the bytes go. Throws
 * InvalidEntriesError when an entry file in the period cannot be read (unless `skipInvalid`), and ExportRefusedError
 * when identifiers are found (unless `allowFindings`).
 */
export async function exportCpd(ctx: ExportPorts, options: CpdExportOptions = {}): Promise<CpdExport> {
  const format = options.format ?? 'md';
  const now = ctx.clock.now();
  const profile = await ctx.profiles.get(options.profile ?? ctx.config.profile);
  const period = await resolvePeriod(options, profile, ctx.config, now);
  const { choice, author } = await chooseAuthors(ctx, options);
  const { entries, problems } = await readEntries(ctx);
  // An unreadable file whose date is unknown may be in the period: it blocks too, rather than vanish from a total.
  const inPeriod: SkippedFile[] = problems
    .filter((p) => p.date === undefined || (p.date >= period.from && p.date <= period.to))
    .map((p) => ({ path: p.path, line: p.line, message: p.message }));
  if (inPeriod.length > 0 && !options.skipInvalid) {
    throw new InvalidEntriesError(inPeriod, messages.invalidEntries(inPeriod), { hint: messages.invalidEntriesHint });
  }
  const report = buildCpdReport(
    entries.map((e) => e.entry),
    {
      profile,
      period,
      yearStart: yearStartFor(profile, ctx.config),
      today: formatLocalDate(now),
      generated: formatTimestamp(now),
      journal: ctx.config.name,
      author,
      authors: choice,
      excludePrivate: options.excludePrivate ?? ctx.config.cpd.excludePrivate,
      includeDrafts: Boolean(options.includeDrafts),
      defaultVisibility: defaultVisibility(ctx.config),
      templates: await ctx.templates.all(),
      skipped: inPeriod,
      uncategorisedName: labels.uncategorised,
    },
  );
  const render = await cpdExporter(format);
  const content = await render(report);
  const included = includedEntryIds(report);
  // The documents a person reads as rendered (Markdown, HTML) are scanned again after rendering; JSON, CSV and DOCX
  // hold the entries' text as it is, which the entry scan has already covered.
  const rendered = format === 'md' || format === 'html' ? { name: `(${format} output)`, text: String(content) } : undefined;
  const findings = findIdentifiers({
    scanner: await ctx.privacy(),
    files: entries.filter((e) => included.has(e.entry.meta.id)).map((e) => ({ path: e.entry.path, text: e.text })),
    output: rendered,
    ownWords: [report.author, report.journal, ...report.authors],
  });
  refuseFindings(findings, { allowFindings: options.allowFindings, what: messages.cpdWhat(format) });
  return { format, content, report, problems, findings };
}
