import { formatLocalDate, formatTimestamp } from '../codecs/dates.js';
import type { Profile } from '../codecs/profile.js';
import { buildCpdReport, type CpdReport, type CpdReportOptions } from '../core/cpd/cpd-report.js';
import { readEntry, type Entry, type EntryProblem } from '../core/entries/entry.js';
import { matchesFilter } from '../core/entries/filters.js';
import type { Finding } from '../core/privacy/kinds.js';
import { CPD_FORMATS, cpdExporter, type CpdFormat } from '../exporters/registry.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { resolvePeriod, yearStartFor } from './cpd-period.js';
import { chooseFormat } from './export-output.js';
import { findIdentifiers, refuseFindings } from './privacy-gate.js';

/** What an export reads: the journal, its settings, the profiles, the clock and the privacy scanner. */
export type ExportPorts = Pick<JournalPorts, 'journal' | 'config' | 'profiles' | 'clock' | 'privacy' | 'printer'>;

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

/**
 * Every entry with the text of its file, each file read once: the report is built from the entries and the privacy
 * gate scans the same texts, so what is checked is exactly what is counted. The index says which files there are.
 */
async function readEntries(ctx: Pick<JournalPorts, 'journal'>): Promise<{ entries: { entry: Entry; text: string }[]; problems: EntryProblem[] }> {
  const { entries: summaries, problems } = await ctx.journal.query();
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
  const { entries, problems } = await readEntries(ctx);
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
      registrant: registrantFor(ctx.config, options.author),
    },
  );
  const render = await cpdExporter(format);
  const rendered = await render(report);
  const included = new Set([...report.log.rows.map((r) => r.id), ...(report.summary?.entryId ? [report.summary.entryId] : [])]);
  // The documents a person reads as rendered (Markdown, HTML, and the PDF printed from the HTML) are scanned again
  // after rendering; JSON, CSV and DOCX hold the entries' text as it is, which the entry scan has already covered.
  const output = format === 'md' || format === 'html' || format === 'pdf' ? { name: `(${format} output)`, text: String(rendered) } : undefined;
  const findings = findIdentifiers({
    scanner: await ctx.privacy(),
    files: mine.filter((e) => included.has(e.entry.meta.id)).map((e) => ({ path: e.entry.path, text: e.text })),
    output,
    // The registrant's own name and number head every page: theirs to show, not a patient's identifier.
    ownWords: [report.author, report.journal, ...report.authors, report.registrant.name, report.registrant.registrationNumber],
  });
  refuseFindings(findings, { allowFindings: options.allowFindings, what: messages.cpdWhat(format) });
  // Printed only once the gate has passed: a refused summary never reaches the browser.
  const content = format === 'pdf' ? await ctx.printer.print(String(rendered)) : rendered;
  return { format, content, report, problems, findings, notes: registrantNotes(report, profile, format) };
}
