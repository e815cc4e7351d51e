import path from 'node:path';
import { parseCsvTable } from '../codecs/csv-table.js';
import { formatTimestamp } from '../codecs/dates.js';
import type { SavedEntry } from '../core/entries/entry-writer.js';
import type { Visibility } from '../core/entries/vocabulary.js';
import { columnsFor, parseColumnMap, readCpdCsv } from '../core/import/cpd-csv.js';
import { importedEntry, recordFingerprint, type ImportFormat, type ImportProblem, type ImportRecord } from '../core/import/import-record.js';
import { readJrnlExport } from '../core/import/jrnl-json.js';
import { readMarkdownNote } from '../core/import/markdown-notes.js';
import type { Finding } from '../core/privacy/kinds.js';
import type { BuiltEntry } from '../core/reflection/reflection.js';
import { KeyUnavailableError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';
import { authorFor } from './entry-context.js';

export type ImportPorts = Pick<JournalPorts, 'cwd' | 'journal' | 'writer' | 'templates' | 'profiles' | 'config' | 'root' | 'git' | 'clock' | 'privacy' | 'importSource'> &
  Partial<Pick<JournalPorts, 'locking'>>;

export interface ImportOptions {
  /** The file or folder, as the person named it (relative to the working folder). */
  source: string;
  format?: string | undefined;
  /** `--map date=Date,title=Topic,…` for a CPD log spreadsheet. */
  map?: string | undefined;
  /** The visibility imported entries get (default private: years of notes were never meant to be shared). */
  visibility?: Visibility | undefined;
}

/** One entry an import would write. */
export interface PlannedEntry {
  record: ImportRecord;
  built: BuiltEntry;
}

export interface ImportPlan {
  source: string;
  format: ImportFormat;
  entries: PlannedEntry[];
  /** Records already in the journal: imported before, a mindlines entry it already holds, or twice in the source. */
  skipped: { origin: string; reason: 'imported before' | 'already in this journal' | 'twice in the source' }[];
  problems: ImportProblem[];
  /** What the privacy scanner found in everything the import would bring in, with the source's file names. */
  findings: Finding[];
}

const FORMATS: readonly ImportFormat[] = ['jrnl', 'markdown', 'csv'];

/** The format: --format, else a folder is Markdown notes, `.json` is jrnl's export, `.csv` a CPD log. */
function formatOf(option: string | undefined, kind: 'file' | 'folder', file: string): ImportFormat {
  if (option !== undefined) {
    if (!(FORMATS as readonly string[]).includes(option)) throw new UsageError(messages.importBadFormat(option));
    return option as ImportFormat;
  }
  if (kind === 'folder') return 'markdown';
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'jrnl';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (/^\.(md|markdown|txt)$/.test(ext)) return 'markdown';
  throw new UsageError(messages.importUnknownFormat(file));
}

async function readRecords(ctx: ImportPorts, absolute: string, display: string, source: { kind: 'file' | 'folder'; mtimeMs: number }, format: ImportFormat, map: string | undefined) {
  const kind = source.kind;
  if (format === 'markdown') {
    const found = kind === 'folder' ? await ctx.importSource.notes(absolute) : { notes: [{ relative: path.basename(absolute), absolute, mtimeMs: source.mtimeMs }], problems: [] };
    const records: ImportRecord[] = [];
    const problems = [...found.problems];
    for (const note of found.notes) {
      const read = readMarkdownNote({ relative: note.relative, text: await ctx.importSource.readText(note.absolute), mtimeMs: note.mtimeMs });
      records.push(...read.records);
      problems.push(...read.problems);
    }
    return { records, problems };
  }
  if (kind === 'folder') throw new UsageError(messages.importFolderNotFile(display, format));
  const text = await ctx.importSource.readText(absolute);
  const name = path.basename(display);
  if (format === 'jrnl') return readJrnlExport(text, name);
  const table = parseCsvTable(text);
  if (!table.ok) return { records: [], problems: [{ origin: `${name}:${table.line}`, message: table.message }] };
  const profile = await ctx.profiles.get(ctx.config.profile).catch(() => undefined);
  return readCpdCsv(table.table, name, columnsFor(table.table.header, parseColumnMap(map ?? ''), profile), profile);
}

/**
 * Works out what importing a source would do, writing nothing: the entries it would add (each with a new id, status
 * draft unless its body has the sections of a template), what is already in the journal (recognised by the
 * fingerprint every imported entry keeps in `imported_from`, or by a mindlines entry's own id), what could not be
 * read, and every possible identifier the privacy scanner finds in what would come in.
 */
export async function planImport(ctx: ImportPorts, options: ImportOptions): Promise<ImportPlan> {
  const absolute = path.resolve(ctx.cwd, options.source);
  const source = await ctx.importSource.stat(absolute);
  if (source.kind === 'missing' || source.kind === 'other') throw new UsageError(messages.importSourceMissing(options.source));
  const format = formatOf(options.format, source.kind, absolute);
  if (options.map && format !== 'csv') throw new UsageError(messages.importMapOnlyCsv);
  const { records, problems } = await readRecords(ctx, absolute, options.source, { kind: source.kind, mtimeMs: source.mtimeMs }, format, options.map);
  const { entries: existing } = await ctx.journal.query();
  await requireEveryLockedEntry(ctx, existing);
  const fingerprints = new Set<string>();
  for (const entry of existing) {
    const from = entry.frontMatter.imported_from as { fingerprint?: unknown } | undefined;
    if (from && typeof from.fingerprint === 'string') fingerprints.add(from.fingerprint);
  }
  const ids = new Set(existing.map((e) => e.meta.id));
  const templates = [...(await ctx.templates.all()).values()];
  const importedAt = formatTimestamp(ctx.clock.now());
  const author = await authorFor(ctx);
  const scanner = await ctx.privacy();
  const plan: ImportPlan = { source: options.source, format, entries: [], skipped: [], problems, findings: [] };
  const seen = new Set<string>();
  for (const record of records) {
    const fingerprint = recordFingerprint(record);
    if (record.entryId && ids.has(record.entryId)) plan.skipped.push({ origin: record.origin, reason: 'already in this journal' });
    else if (fingerprints.has(fingerprint)) plan.skipped.push({ origin: record.origin, reason: 'imported before' });
    else if (seen.has(fingerprint)) plan.skipped.push({ origin: record.origin, reason: 'twice in the source' });
    else {
      seen.add(fingerprint);
      const built = importedEntry(record, {
        id: ctx.journal.newId(),
        importedAt,
        author,
        visibility: options.visibility ?? 'private',
        templates,
        sourceName: path.basename(options.source.replace(/[/\\]+$/, '')) || options.source,
      });
      plan.entries.push({ record, built });
      const found = record.scan.wholeFile ? scanner.scanEntryFile(record.scan.text, record.origin) : scanner.scanText(record.scan.text, record.origin);
      plan.findings.push(...found);
    }
  }
  return plan;
}

/**
 * What was imported before is known by the fingerprint in each entry's front matter: a locked entry left out for
 * want of the passphrase would be imported again, so the import stops and asks for it instead.
 */
async function requireEveryLockedEntry(ctx: ImportPorts, existing: readonly { path: string; meta: { id: string } }[]): Promise<void> {
  if (!ctx.locking) return;
  const seen = new Set(existing.map((e) => e.meta.id));
  const missing = (await ctx.locking.locked()).filter((f) => !seen.has(f.id)).length;
  if (missing > 0) throw new KeyUnavailableError(messages.importNeedsKey(missing), { hint: messages.passphraseNeededHint });
}

/**
 * Writes what a plan holds, one entry at a time through the journal's one write path (which checks each file and
 * never overwrites). Stopped halfway, it can be run again: what was written is then recognised and skipped.
 */
export async function runImport(ctx: Pick<JournalPorts, 'writer'>, plan: ImportPlan): Promise<SavedEntry[]> {
  const saved: SavedEntry[] = [];
  for (const { built } of plan.entries) saved.push(await ctx.writer.create(built));
  return saved;
}
