import { blocks, checkFiles, validateCheckOptions, type CheckOptions, type CheckPorts, type CheckReport } from '../app/check.js';
import type { CliContext } from '../container.js';
import { PiiFoundError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { Ui } from '../ui/output.js';

export type { CheckOptions, CheckReport } from '../app/check.js';

function print(ui: Ui, json: boolean, result: CheckReport, strict: boolean): void {
  if (json) {
    ui.json({ ok: result.ok, findings: result.findings, problems: result.problems, warnings: result.warnings });
    return;
  }
  // Warnings go to stderr: they are advice about the CPD totals, not findings, and never fail the check.
  for (const w of result.warnings) ui.warn(ui.safe(`${w.file}:${w.line}: ${w.message}`));
  // Each finding says how sure the scanner is and why; a low one that does not block says it is only a warning.
  const lines = [
    ...result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.kind} ${JSON.stringify(f.text)} ${messages.findingWhy(f.confidence, f.reason, blocks(f, strict))}`),
    ...result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
  ];
  if (lines.length > 0) ui.data(ui.safe(lines.join('\n')));
}

/**
 * `mindlines check [PATH...] [--staged] [--strict]`: identifiers and broken files. Exit 1 (PiiFoundError) when a
 * problem or a finding of medium or high confidence is found (with --strict, of any confidence), so scripts and the
 * pre-commit hook can stop on it; low-confidence findings are listed as warnings. The options are checked before the journal is looked
 * for (`open`), which for `check` never creates one.
 */
export async function runCheck(opts: CheckOptions, cli: CliContext, open: () => Promise<CheckPorts>): Promise<CheckReport> {
  validateCheckOptions(opts);
  const result = await checkFiles(await open(), opts);
  print(cli.ui, Boolean(cli.globals.json), result, Boolean(opts.strict));
  const warnings = result.findings.length - result.blocking.length;
  if (!result.ok) {
    const files = new Set([...result.blocking.map((f) => f.file), ...result.problems.map((p) => p.file)]).size;
    throw new PiiFoundError(messages.checkFound(result.blocking.length, result.problems.length, files) + messages.checkWarnings(warnings), {
      hint: result.blocking.length > 0 ? messages.checkFoundHint : undefined,
    });
  }
  if (warnings > 0) cli.ui.warn(messages.checkOnlyWarnings(warnings, result.files));
  else cli.ui.success(messages.checkClean(result.files, Boolean(opts.staged)));
  return result;
}
