import type { ImportPlan } from '../app/import.js';
import { messages } from './messages.js';
import type { Ui } from './output.js';

/** What an import read but could not bring in, and where the privacy check found something (never the text). */
export function reportImportPlan(ui: Ui, plan: ImportPlan): void {
  for (const problem of plan.problems) ui.warn(ui.safe(messages.importProblem(problem.origin, problem.message)));
  if (plan.problems.length > 0) ui.warn(messages.importNotRead(plan.problems.length));
  if (plan.skipped.length > 0) ui.info(messages.importSkipped(plan.skipped.length));
  for (const f of plan.findings) ui.warn(ui.safe(messages.finding(f.file, f.line, f.column, f.kind)));
  if (plan.findings.length > 0) {
    ui.warn(messages.importFindings(plan.findings.length));
    ui.info(messages.importFindingsHint);
  }
}

/** The dry run: one line per entry that would be written, on stdout: date, status, title, tags, where from. */
export function importPlanLines(ui: Ui, plan: ImportPlan): string {
  return plan.entries
    .map(({ record, built }) => {
      const tags = record.tags.length > 0 ? `  #${[...new Set(record.tags)].join(' #')}` : '';
      const status = String(built.frontMatter.status).padEnd(8);
      return ui.safe(`${record.date}  ${status}  ${record.title}${tags}  (${record.origin}; date from ${record.dateFrom})`);
    })
    .join('\n');
}

/** `--json`: the plan (or what was written) as data. */
export function importPlanJson(plan: ImportPlan, written?: readonly string[]) {
  return {
    source: plan.source,
    format: plan.format,
    dryRun: written === undefined,
    entries: plan.entries.map(({ record, built }, i) => ({
      origin: record.origin,
      title: record.title,
      date: record.date,
      dateFrom: record.dateFrom,
      tags: [...new Set(record.tags)],
      status: built.frontMatter.status,
      template: built.frontMatter.template ?? null,
      ...(written ? { path: written[i] } : {}),
    })),
    skipped: plan.skipped,
    problems: plan.problems,
    findings: plan.findings.map((f) => ({ file: f.file, line: f.line, column: f.column, kind: f.kind, confidence: f.confidence })),
  };
}
