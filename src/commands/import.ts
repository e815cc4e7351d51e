import { planImport, runImport } from '../app/import.js';
import type { Context } from '../container.js';
import type { Visibility } from '../core/entries/vocabulary.js';
import { fitLines } from '../ui/fit-table.js';
import { importPlanJson, importPlanLines, reportImportPlan } from '../ui/import-view.js';
import { messages } from '../ui/messages.js';

export interface ImportCommandOptions {
  dryRun?: boolean;
  format?: string;
  map?: string;
  /** private (default), team or public: commander checks the choice. */
  visibility?: string;
}

/**
 * `mindlines import SOURCE`: reads everything first, reports what could not be read and what the privacy check
 * found, then (unless --dry-run) writes the new entries and prints their paths.
 */
export async function runImportCommand(source: string, opts: ImportCommandOptions, ctx: Context): Promise<void> {
  const plan = await planImport(ctx, { source, format: opts.format, map: opts.map, visibility: opts.visibility as Visibility | undefined });
  reportImportPlan(ctx.ui, plan);
  if (opts.dryRun) {
    if (ctx.globals.json) ctx.ui.json(importPlanJson(plan));
    // In a terminal each planned entry wraps at spaces to its width (issue 17); piped, one line each.
    else if (plan.entries.length > 0) ctx.ui.data(fitLines(importPlanLines(ctx.ui, plan), ctx.runtime.stdout.columns));
    ctx.ui.info(messages.importDryRun(plan.entries.length, source));
    return;
  }
  const saved = await runImport(ctx, plan);
  const paths = saved.map((s) => s.entry.path);
  if (ctx.globals.json) ctx.ui.json(importPlanJson(plan, paths));
  else if (paths.length > 0) ctx.ui.data(paths.map((p) => ctx.ui.safe(p)).join('\n'));
  ctx.ui.success(messages.importDone(paths.length, source));
}
