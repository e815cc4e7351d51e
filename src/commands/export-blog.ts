import { chooseBlogFormat, exportBlog } from '../app/export-blog.js';
import { outputPath, saveExport } from '../app/export-output.js';
import { refuseFindings } from '../app/privacy-gate.js';
import type { Context } from '../container.js';
import { printExport } from '../ui/export-output.js';
import { messages } from '../ui/messages.js';
import { reportExportFindings } from '../ui/privacy-findings.js';
import { showRedactions } from '../ui/capture-view.js';
import { isInteractive } from './terminal.js';

export interface ExportBlogCommandOptions {
  format?: string;
  site?: string;
  output?: string;
  title?: string;
  includePrivate?: boolean;
  allowFindings?: boolean;
  redact?: boolean;
  date?: string;
  yes?: boolean;
  force?: boolean;
}

/** `mindlines export blog ID…`: a blog draft from shared entries, to a file (`-o`) or stdout. */
export async function runExportBlog(refs: string[], opts: ExportBlogCommandOptions, ctx: Context): Promise<void> {
  const { format, site } = chooseBlogFormat(opts);
  const target = opts.output ? outputPath(opts.output, ctx.runtime.cwd, ctx.root) : undefined;
  const result = await exportBlog(ctx, refs, {
    format,
    site,
    title: opts.title,
    includePrivate: opts.includePrivate,
    allowFindings: true,
    redact: opts.redact,
    date: opts.date,
    yes: opts.yes,
  });
  if (result.redactions.length > 0) {
    // The changes are shown, and in a terminal asked about, before the draft is written (issue 13).
    const interactive = isInteractive(ctx.runtime);
    showRedactions(ctx.ui, messages.blogWhat(format), result.redactions, interactive);
    if (interactive && !(await (await ctx.prompter()).confirm({ message: messages.blogRedactConfirm, default: true }))) {
      ctx.ui.info(messages.redactDeclined);
      return;
    }
    ctx.ui.info(messages.blogRedacted(result.redactions.length));
  }
  reportExportFindings(ctx.ui, result.findings, Boolean(opts.allowFindings));
  refuseFindings(result.findings, { allowFindings: opts.allowFindings, what: messages.blogWhat(format) });
  if (!target) printExport(result.content, ctx.ui, format);
  else {
    await saveExport(ctx.files, target, result.content, { force: opts.force });
    ctx.ui.success(messages.exportWritten(messages.blogWhat(format), opts.output as string, result.entries.length));
  }
}
