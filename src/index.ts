/**
 * The mindlines library API, for scripts (an educator exporting every trainee's CPD summary in CI, a practice
 * building its own reports). Everything the command line does with `export cpd`, `export blog` and `list`, without
 * a terminal and without writing anything: each function returns data or bytes, and the script decides where
 * they go.
 *
 * ```ts
 * import { openJournal, listEntries, exportCpd } from 'mindlines';
 * const journal = await openJournal('/srv/journals/trainee-a');
 * const { content, report } = await exportCpd(journal, { profile: 'gmc', format: 'html' });
 * ```
 */
import path from 'node:path';
import type { JournalPorts } from './app/context.js';
import { exportBlog as buildBlogExport, type BlogExport, type BlogExportOptions } from './app/export-blog.js';
import { exportCpd as buildCpdExport, type CpdExport, type CpdExportOptions } from './app/export-cpd.js';
import type { Entry } from './core/entries/entry.js';
import type { EntryFilter, SortKey } from './core/entries/filters.js';
import { openJournalPorts } from './container.js';

export interface OpenJournalOptions {
  /** Environment used to find the journal when no folder is given (MINDLINES_DIR) and for MINDLINES_NOW. */
  env?: NodeJS.ProcessEnv;
  /** Where to start looking upward for mindlines.yaml when no folder is given. Default: process.cwd(). */
  cwd?: string;
  /** "Now" for periods and due dates: a Date or an ISO date. Default: MINDLINES_NOW, else the clock. */
  now?: Date | string;
}

/**
 * An open journal: its folder, settings, entries, the profiles it can count against, its clock, and the privacy
 * scanner with its deny-list and allow-list (what the exports check before they return anything).
 */
export type MindlinesJournal = Pick<JournalPorts, 'root' | 'config' | 'journal' | 'templates' | 'profiles' | 'git' | 'clock' | 'privacy'>;

/**
 * Opens the journal in `dir` (else MINDLINES_DIR, else the nearest folder upward holding mindlines.yaml, else
 * ~/mindlines). Unlike the command line it never creates one: a missing journal is a JournalNotFoundError.
 */
export async function openJournal(dir?: string, options: OpenJournalOptions = {}): Promise<MindlinesJournal> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const flag = dir === undefined ? undefined : path.resolve(cwd, dir);
  const { ports } = await openJournalPorts({ flag, env, cwd, discovery: 'existing', now: options.now });
  return ports as JournalPorts;
}

export interface ListEntriesOptions extends EntryFilter {
  sort?: SortKey;
  limit?: number;
}

/**
 * The entries matching a filter (dates YYYY-MM-DD, inclusive), newest first. Files that cannot be read as entries
 * are skipped; `listEntriesWithProblems` says which.
 */
export async function listEntries(journal: MindlinesJournal, filter: ListEntriesOptions = {}): Promise<Entry[]> {
  return (await journal.journal.list(filter)).entries;
}

/** Like listEntries, with the files that could not be read (`path`, `line`, `message`). */
export async function listEntriesWithProblems(journal: MindlinesJournal, filter: ListEntriesOptions = {}) {
  return journal.journal.list(filter);
}

/**
 * A CPD summary for the period (default: the profile's current cycle or year), counting completed CPD up to today.
 * `content` is a string, or a Buffer for docx; `report` is the data (the `json` format, described by
 * schemas/cpd-report.schema.json). The options are those of `export cpd`: `author` or `allAuthors` (a team journal
 * counts its current author's entries unless told), `excludePrivate`, `includeDrafts`, `skipInvalid`. Throws
 * InvalidEntriesError when an entry file in the period cannot be read (unless `skipInvalid`), and ExportRefusedError
 * (with `findings`) when possible identifiers are found in the entries it would include, unless `allowFindings`.
 */
export async function exportCpd(journal: MindlinesJournal, options: CpdExportOptions = {}): Promise<CpdExport> {
  return buildCpdExport(journal, options);
}

/**
 * A blog draft from entries (ids, id prefixes, short ids or paths). Only entries with visibility team or public
 * unless `includePrivate`; refuses like exportCpd when identifiers are found.
 */
export async function exportBlog(journal: MindlinesJournal, ids: readonly string[], options: BlogExportOptions = {}): Promise<BlogExport> {
  return buildBlogExport(journal, ids, options);
}

export type { BlogExport, BlogExportOptions } from './app/export-blog.js';
export type { CpdExport, CpdExportOptions } from './app/export-cpd.js';
export { ExportRefusedError } from './app/privacy-gate.js';
export type { Profile } from './codecs/profile.js';
export type { JournalConfig } from './config/journal-config.js';
export type { BlogDraft, BlogSite } from './core/sharing/blog.js';
export type { CpdReport, LogRow, Account, PdpAction, NotCountedRow, PlannedRow, UnfinishedNote, SkippedFile } from './core/cpd/cpd-report.js';
export type { RequirementResult, CpdTotals } from './core/cpd/cpd-totals.js';
export type { Period } from './core/cpd/cpd-period.js';
export type { Entry, EntryMeta, Action, Belief } from './core/entries/entry.js';
export type { EntryFilter } from './core/entries/filters.js';
export type { Finding } from './core/privacy/kinds.js';
export { CPD_FORMATS, BLOG_FORMATS, type CpdFormat, type BlogFormat } from './exporters/registry.js';
export { MindlinesError, PiiFoundError, JournalNotFoundError, UsageError, FileFormatError, InvalidEntriesError } from './errors.js';
