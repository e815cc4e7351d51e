import path from 'node:path';
import { formatTimestamp } from '../codecs/dates.js';
import { buildCohortSummary, type CohortFailure, type CohortReport, type CohortSummary } from '../core/cpd/cohort.js';
import { slugOf } from '../core/entries/entry-path.js';
import type { Clock } from '../core/ports.js';
import { BrowserNotFoundError, UsageError } from '../errors.js';
import { renderCohortCsv, renderCohortHtml, renderCohortJson } from '../exporters/cohort-summary.js';
import type { CpdFormat } from '../exporters/registry.js';
import { messages } from '../ui/messages.js';
import { exportCpd, type CpdExport, type ExportPorts } from './export-cpd.js';
import { ExportRefusedError } from './privacy-gate.js';

/** What a cohort export reaches: each trainee's journal (opened, never created), the folders of a cohort, the clock. */
export interface CohortPorts {
  /** Opens the journal in a folder, as the library does: a folder that holds none is an error. */
  openJournal(root: string): Promise<ExportPorts>;
  /** The folders directly inside `dir` (not hidden ones), for `--journals DIR`. */
  listFolders(dir: string): Promise<string[]>;
  clock: Clock;
  /** Ends what the cohort kept open between journals (the browser its PDFs are printed with). */
  close?(): Promise<void>;
}

export interface CohortExportOptions {
  profile?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** The format of each trainee's report (default html); the summary is written as CSV, JSON and HTML. */
  format?: CpdFormat | undefined;
}

export interface TraineeExport {
  name: string;
  /** The journal's folder, as given. */
  journal: string;
  /** The report's file name, unique in the cohort. */
  file: string;
  export: CpdExport;
}

export interface CohortExport {
  format: CpdFormat;
  reports: TraineeExport[];
  summary: CohortSummary;
  /** The summary as the three files written beside the reports. */
  summaryFiles: { name: string; content: string }[];
}

/** The file names of the summary, beside the trainees' reports. */
export const SUMMARY_FILES = { csv: 'cohort-summary.csv', json: 'cohort-summary.json', html: 'cohort-summary.html' } as const;

/** The journals of a cohort folder (one journal per folder, as an educator clones them side by side), in name order. */
export async function journalsIn(ports: Pick<CohortPorts, 'listFolders'>, dir: string): Promise<string[]> {
  const folders = await ports.listFolders(dir);
  return folders.sort((a, b) => a.localeCompare(b)).map((name) => path.join(dir, name));
}

/** A report file name for each journal: its folder's name as a slug, numbered when two folders share a name. */
function reportNames(journals: readonly string[], format: CpdFormat): string[] {
  const used = new Set<string>(Object.values(SUMMARY_FILES));
  return journals.map((journal) => {
    const base = slugOf(path.basename(path.resolve(journal))) || 'journal';
    let name = `${base}.${format}`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.${format}`;
    used.add(name);
    return name;
  });
}

/** Why a trainee's journal gave no report, in one line an educator can act on (never the text of an entry). */
function problemOf(error: unknown): string {
  if (error instanceof ExportRefusedError) {
    const where = error.findings.slice(0, 3).map((f) => messages.finding(f.file, f.line, f.column, f.kind));
    return messages.cohortRefused(error.findings.length, where);
  }
  return messages.describeError(error);
}

/**
 * Exports the CPD summary of each trainee's journal and a cohort summary of all of them: each trainee against each
 * requirement of their profile, and the journals that could not be read and why. A journal that fails is listed,
 * never fatal; the whole fails only for what no journal could get past (no browser for a PDF, or every journal
 * refusing the same options). Writes nothing: the caller decides where the files go.
 */
export async function exportCohort(ports: CohortPorts, journals: readonly string[], options: CohortExportOptions = {}): Promise<CohortExport> {
  if (journals.length === 0) throw new UsageError(messages.cohortEmpty);
  const format = options.format ?? 'html';
  const names = reportNames(journals, format);
  const reports: TraineeExport[] = [];
  const failures: (CohortFailure & { error: unknown })[] = [];
  try {
    for (const [i, journal] of journals.entries()) {
      const folderName = path.basename(path.resolve(journal));
      try {
        const opened = await ports.openJournal(journal);
        const result = await exportCpd(opened, { profile: options.profile, from: options.from, to: options.to, format });
        const name = result.report.registrant.name ?? folderName;
        reports.push({ name, journal, file: names[i] as string, export: result });
      } catch (error) {
        if (error instanceof BrowserNotFoundError) throw error;
        failures.push({ name: folderName, journal, problem: problemOf(error), error });
      }
    }
  } finally {
    await ports.close?.();
  }
  // The same usage error from every journal is about the options, not the journals: say it once, as usage.
  const first = failures[0]?.error;
  if (reports.length === 0 && first instanceof UsageError && failures.every((f) => f.error instanceof UsageError && f.error.message === first.message)) throw first;

  const cohortReports: CohortReport[] = reports.map((r) => ({ name: r.name, journal: r.journal, report: r.file, cpd: r.export.report, unreadableEntries: r.export.problems.length }));
  const summary = buildCohortSummary(cohortReports, failures.map(({ name, journal, problem }) => ({ name, journal, problem })), formatTimestamp(ports.clock.now()));
  return {
    format,
    reports,
    summary,
    summaryFiles: [
      { name: SUMMARY_FILES.csv, content: renderCohortCsv(summary) },
      { name: SUMMARY_FILES.json, content: renderCohortJson(summary) },
      { name: SUMMARY_FILES.html, content: renderCohortHtml(summary) },
    ],
  };
}
