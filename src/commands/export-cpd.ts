import { chooseCpdFormat, exportCpd } from '../app/export-cpd.js';
import { outputPath, saveExport } from '../app/export-output.js';
import { refuseFindings } from '../app/privacy-gate.js';
import type { Context } from '../container.js';
import { printExport } from '../ui/export-output.js';
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
  allowFindings?: boolean;
  force?: boolean;
}

/** `mindlines export cpd`: the CPD summary for a period, to a file (`-o`) or stdout, refused when it holds identifiers. */
export async function runExportCpd(opts: ExportCpdCommandOptions, ctx: Context): Promise<void> {
  const format = chooseCpdFormat(opts, Boolean(ctx.globals.json));
  const target = opts.output ? outputPath(opts.output, ctx.runtime.cwd, ctx.root) : undefined;
  // The gate runs once, inside exportCpd; its findings are listed here before the refusal, so the person sees where.
  const result = await exportCpd(ctx, { profile: opts.profile, from: opts.from, to: opts.to, format, author: opts.author, allowFindings: true });
  reportProblems(ctx.ui, result.problems);
  reportExportFindings(ctx.ui, result.findings, Boolean(opts.allowFindings));
  refuseFindings(result.findings, { allowFindings: opts.allowFindings, what: messages.cpdWhat(format) });
  if (result.report.log.rows.length === 0) ctx.ui.warn(messages.noEntriesInPeriod(result.report.period.from, result.report.period.to));
  for (const note of result.notes) ctx.ui.warn(note);
  if (!target) printExport(result.content, ctx.ui, format);
  else {
    await saveExport(ctx.files, target, result.content, { force: opts.force });
    ctx.ui.success(messages.exportWritten(messages.cpdWhat(format), opts.output as string, result.report.log.rows.length));
  }
}
