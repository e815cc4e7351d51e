import { formatLocalDate, formatTimestamp } from '../codecs/dates.js';
import type { Profile } from '../codecs/profile.js';
import { defaultVisibility } from '../config/journal-config.js';
import { buildCpdReport, includedEntryIds, type CpdReport, type CpdReportOptions, type SkippedFile } from '../core/cpd/cpd-report.js';
import type { AuthorChoice } from '../core/cpd/cpd-selection.js';
import { readEntry, type Entry, type EntryProblem } from '../core/entries/entry.js';
import type { Finding } from '../core/privacy/kinds.js';
import { InvalidEntriesError, UsageError } from '../errors.js';
import { labels } from '../exporters/labels.js';
import { CPD_FORMATS, cpdExporter, type CpdFormat } from '../exporters/registry.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { readSpan, resolvePeriod, yearStartFor } from './cpd-period.js';
import { authorFor } from './entry-context.js';
import { chooseFormat } from './export-output.js';
import { findIdentifiers, refuseFindings } from './privacy-gate.js';

/**
 * What an export reads: the journal, its settings, templates and profiles, git (who is writing), the clock, the
 * scanner (and its cache), and the printer that makes a PDF of the HTML.
 */
export type ExportPorts = Pick<JournalPorts, 'root' | 'journal' | 'config' | 'templates' | 'profiles' | 'git' | 'clock' | 'privacy' | 'printer'> & Partial<Pick<JournalPorts, 'scanCache'>>;

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
  /** The records to submit (GPhC), by id or short id: only these are laid out. A name matching none is a UsageError. */
  select?: readonly string[] | undefined;
}

export interface CpdExport {
  format: CpdFormat;
  content: string | Buffer;
  report: CpdReport;
  /** Files that could not be read as entries, and so were not counted (those in the period are in report.skipped). */
  problems: EntryProblem[];
  /** Possible identifiers in what the export includes (empty when clean). */
  findings: Finding[];
  /** Things worth saying about the document (no registration number on its pages, a number of the wrong shape). */
  notes: string[];
}

/** The formats printed as pages, each carrying the registrant in a running header. */
const PAGED: readonly CpdFormat[] = ['html', 'pdf', 'docx'];

/**
 * Whose evidence it is: the journal's `registrant:` (its name falling back to `author`). An export narrowed with
 * --author to somebody else (a shared journal) never carries the journal owner's registration number.
 */
function registrantFor(config: ExportPorts['config'], author: string | undefined): CpdReportOptions['registrant'] {
  const name = config.registrant?.name ?? config.author;
  if (author && !(name && name.toLowerCase().includes(author.toLowerCase()))) return { name: author, registrationNumber: null };
  return { name: name ?? null, registrationNumber: config.registrant?.registrationNumber ?? null };
}

/** What to tell the person about the registrant on a paged document: missing, or a number of the wrong shape. */
function registrantNotes(report: CpdReport, profile: Profile, format: CpdFormat): string[] {
  if (!PAGED.includes(format)) return [];
  const { name, registrationNumber: number, numberLabel } = report.registrant;
  const label = numberLabel ?? messages.registrationNumberLabel;
  if (!name || !number) return [messages.registrantMissing(label)];
  const format_ = profile.registration;
  if (format_?.pattern && !new RegExp(format_.pattern).test(number.replace(/\s+/g, '').toUpperCase())) {
    return [messages.registrationLooksWrong(number, label, format_.example)];
  }
  return [];
}

/** Picks the format: --format, else the -o file's extension, else JSON under --json, else Markdown. */
export function chooseCpdFormat(opts: { format?: string | undefined; output?: string | undefined }, json: boolean): CpdFormat {
  return chooseFormat(opts, CPD_FORMATS, json ? 'json' : 'md');
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
 * The entries the report can count (`span`: readSpan), with the text of each file, each read once: the report is
 * built from the entries and the privacy gate scans the same texts, so what is checked is exactly what is counted.
 * The index says which files there are and which fall in the span, so no other file is read.
 */
async function readEntries(ctx: Pick<JournalPorts, 'journal'>, span: { since?: string | undefined; until: string }): Promise<ReadResult> {
  const { entries: summaries, problems: listed } = await ctx.journal.query(span);
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
  // A summary of practice (HCPC) is the latest one before the period ends, however old: then every earlier entry.
  const span = readSpan(profile, period);
  const { entries, problems } = await readEntries(ctx, profile.summary ? { until: span.until } : span);
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
      registrant: registrantFor(ctx.config, options.author),
      excludePrivate: options.excludePrivate ?? ctx.config.cpd.excludePrivate,
      includeDrafts: Boolean(options.includeDrafts),
      defaultVisibility: defaultVisibility(ctx.config),
      templates: await ctx.templates.all(),
      skipped: inPeriod,
      uncategorisedName: labels.uncategorised,
      select: options.select,
      revalidationDate: ctx.config.revalidationDate,
      practiceHours: ctx.config.practiceHours,
    },
  );
  if (report.selection.unmatched.length > 0) {
    throw new UsageError(messages.selectUnmatched(report.selection.unmatched), { hint: messages.selectUnmatchedHint });
  }
  const render = await cpdExporter(format);
  const rendered = await render(report);
  const included = includedEntryIds(report);
  // The documents a person reads as rendered (Markdown, HTML, and the PDF printed from the HTML) are scanned again
  // after rendering; JSON, CSV and DOCX hold the entries' text as it is, which the entry scan has already covered.
  const output = format === 'md' || format === 'html' || format === 'pdf' ? { name: `(${format} output)`, text: String(rendered) } : undefined;
  const cache = await ctx.scanCache?.();
  const findings = findIdentifiers({
    scanner: await ctx.privacy(),
    cache,
    files: entries.filter((e) => included.has(e.entry.meta.id)).map((e) => ({ path: e.entry.path, text: e.text })),
    output,
    // The registrant's own name and number head every page: theirs to show, not a patient's identifier.
    ownWords: [report.author, report.journal, ...report.authors, report.registrant.name, report.registrant.registrationNumber],
  });
  await cache?.save();
  refuseFindings(findings, { allowFindings: options.allowFindings, what: messages.cpdWhat(format) });
  // Printed only once the gate has passed: a refused summary never reaches the browser.
  const content = format === 'pdf' ? await ctx.printer.print(String(rendered)) : rendered;
  return { format, content, report, problems, findings, notes: registrantNotes(report, profile, format) };
}
