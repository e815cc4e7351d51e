import path from 'node:path';
import { exportCohort, journalsIn } from '../app/export-cohort.js';
import { chooseFormat } from '../app/export-output.js';
import type { CohortContext } from '../container-cohort.js';
import { CohortIncompleteError, StorageError, UsageError } from '../errors.js';
import { CPD_FORMATS } from '../exporters/registry.js';
import { messages } from '../ui/messages.js';
import type { ExportCpdCommandOptions } from './export-cpd.js';

export interface ExportCohortCommandOptions extends ExportCpdCommandOptions {
  /** A folder holding one journal per folder. */
  journals?: string;
}

/**
 * `mindlines export cpd` over several journals (`--journal` repeated, or `--journals DIR`): one report per trainee
 * and the cohort summary (CSV, JSON, HTML) in the folder `-o DIR`. A journal that cannot be read is listed in the
 * summary and on stderr, and makes the exit code 1; the others are still written.
 */
export async function runExportCohort(opts: ExportCohortCommandOptions, ctx: CohortContext): Promise<void> {
  if (opts.author) throw new UsageError(messages.cohortNoAuthor);
  if (!opts.output) throw new UsageError(messages.cohortNeedsFolder);
  const cwd = ctx.runtime.cwd;
  const dir = path.resolve(cwd, opts.output);
  if (ctx.isFile(dir)) throw new UsageError(messages.cohortNotFolder(opts.output));
  // The folder is named, not a file: its name says nothing about the format, which is --format's (default html).
  const format = chooseFormat({ format: opts.format }, CPD_FORMATS, 'html');
  const journals = [...(ctx.globals.journalsGiven ?? [])];
  if (opts.journals) journals.push(...(await journalsIn(ctx.cohort, path.resolve(cwd, opts.journals))).map((j) => path.relative(cwd, j) || '.'));

  const result = await exportCohort(ctx.cohort, journals, { profile: opts.profile, from: opts.from, to: opts.to, format });
  const files = [...result.reports.map((r) => ({ name: r.file, content: r.export.content })), ...result.summaryFiles];
  if (!opts.force) {
    const existing = files.map((f) => path.join(dir, f.name)).find((file) => ctx.files.exists(file));
    if (existing) throw new UsageError(messages.outputExists(existing), { hint: messages.outputExistsHint });
  }
  try {
    await ctx.makeFolder(dir);
  } catch (error) {
    throw new StorageError(dir, messages.writeFailed(dir, error), { cause: error });
  }
  for (const file of files) {
    const target = path.join(dir, file.name);
    try {
      await ctx.files.write(target, file.content);
    } catch (error) {
      throw new StorageError(target, messages.writeFailed(target, error), { cause: error });
    }
  }

  for (const r of result.reports) if (r.export.problems.length > 0) ctx.ui.warn(messages.cohortJournalProblems(r.journal, r.export.problems.length));
  for (const f of result.summary.unreadable) ctx.ui.warn(ctx.ui.safe(messages.cohortUnreadable(f.journal, f.problem)));
  if (ctx.globals.json) ctx.ui.json(result.summary);
  ctx.ui.success(messages.cohortWritten(result.reports.length, opts.output));
  const unreadable = result.summary.unreadable.length;
  if (unreadable > 0) throw new CohortIncompleteError(messages.cohortIncomplete(unreadable, journals.length), { hint: messages.cohortIncompleteHint });
}
