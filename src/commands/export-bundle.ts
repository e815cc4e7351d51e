import { bundleCpdExport } from '../app/export-bundle.js';
import type { CpdExport } from '../app/export-cpd.js';
import { outputPath, saveExport } from '../app/export-output.js';
import { refuseFindings } from '../app/privacy-gate.js';
import type { Context } from '../container.js';
import { StorageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { reportExportFindings } from '../ui/privacy-findings.js';

/**
 * `export cpd --bundle FILE.zip`: the report and the included entries' evidence in one zip. Missing or changed
 * attachments, and identifiers in the evidence, are listed and stop it (identifiers unless --allow-findings);
 * files whose words cannot be checked are named. The zip is written atomically, never over a file unless --force.
 */
export async function writeCpdBundle(bundle: string, exported: CpdExport, opts: { allowFindings?: boolean; force?: boolean }, ctx: Context): Promise<void> {
  const target = outputPath(bundle, ctx.runtime.cwd, ctx.root);
  const made = await bundleCpdExport(ctx, exported);
  for (const p of made.problems) ctx.ui.warn(ctx.ui.safe(`${p.file}:${p.line}: ${p.message}`));
  if (made.problems.length > 0) {
    throw new StorageError(bundle, messages.bundleAttachmentProblems(made.problems.length), { hint: messages.bundleAttachmentProblemsHint });
  }
  for (const u of made.unchecked) ctx.ui.warn(ctx.ui.safe(messages.attachUnchecked(u.from, u.reason)));
  reportExportFindings(ctx.ui, made.findings, Boolean(opts.allowFindings));
  refuseFindings(made.findings, { allowFindings: opts.allowFindings, what: messages.bundleWhat });
  await saveExport(ctx.files, target, Buffer.from(made.bytes), { force: opts.force });
  ctx.ui.success(messages.bundleWritten(bundle, made.entries, made.attachments));
}
