import { chooseCpdFormat, exportCpd } from '../app/export-cpd.js';
import { outputPath, saveExport } from '../app/export-output.js';
import { refuseFindings } from '../app/privacy-gate.js';
import type { Context } from '../container.js';
import { printExport } from '../ui/export-output.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { reportExportFindings } from '../ui/privacy-findings.js';
import { reportProblems } from './list.js';

export interface ExportCpdCommandOptions {
  profile?: string;
  from?: string;
  to?: string;
  format?: string;
  output?: string;
  author?: string;
  allAuthors?: boolean;
  excludePrivate?: boolean;
  includeDrafts?: boolean;
  skipInvalid?: boolean;
  allowFindings?: boolean;
  force?: boolean;
  /** issue 18: write a zip of the report and the included entries' evidence files. */
  bundle?: string;
}

/** `mindlines export cpd`: the CPD summary for a period, to a file (`-o`) or stdout, refused when it holds identifiers. */
export async function runExportCpd(opts: ExportCpdCommandOptions, ctx: Context): Promise<void> {
  if (opts.bundle && opts.output) throw new UsageError(messages.bundleWithOutput);
  const format = chooseCpdFormat(opts, Boolean(ctx.globals.json));
  const target = opts.output ? outputPath(opts.output, ctx.runtime.cwd, ctx.root) : undefined;
  // The gate runs once, inside exportCpd; its findings are listed here before the refusal, so the person sees where.
  const result = await exportCpd(ctx, {
    profile: opts.profile,
    from: opts.from,
    to: opts.to,
    format,
    author: opts.author,
    allAuthors: opts.allAuthors,
    excludePrivate: opts.excludePrivate,
    includeDrafts: opts.includeDrafts,
    skipInvalid: opts.skipInvalid,
    allowFindings: true,
  });
  reportProblems(ctx.ui, result.problems);
  if (result.report.skipped.length > 0) ctx.ui.warn(messages.skippedInvalid(result.report.skipped.length));
  reportExportFindings(ctx.ui, result.findings, Boolean(opts.allowFindings));
  refuseFindings(result.findings, { allowFindings: opts.allowFindings, what: messages.cpdWhat(format) });
  const { log, notCounted, planned, unfinished, period } = result.report;
  if (log.rows.length === 0) {
    const left = notCounted.entries + planned.length + unfinished.count;
    ctx.ui.warn(
      left > 0
        ? messages.nothingCountedInPeriod(period.from, period.to, notCounted.entries, planned.length, unfinished.count)
        : messages.noEntriesInPeriod(period.from, period.to),
    );
  }
  if (opts.bundle) {
    await (await import('./export-bundle.js')).writeCpdBundle(opts.bundle, result, opts, ctx);
    return;
  }
  if (!target) printExport(result.content, ctx.ui, format);
  else {
    await saveExport(ctx.files, target, result.content, { force: opts.force });
    ctx.ui.success(messages.exportWritten(messages.cpdWhat(format), opts.output as string, result.report.log.rows.length));
  }
}
