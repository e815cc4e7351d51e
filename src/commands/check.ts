import { checkFiles, validateCheckOptions, type CheckOptions, type CheckPorts, type CheckReport } from '../app/check.js';
import type { CliContext } from '../container.js';
import { PiiFoundError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { Ui } from '../ui/output.js';

export type { CheckOptions, CheckReport } from '../app/check.js';

function print(ui: Ui, json: boolean, result: CheckReport): void {
  if (json) {
    ui.json({ ok: result.ok, findings: result.findings, problems: result.problems, warnings: result.warnings });
    return;
  }
  // Warnings go to stderr: they are advice about the CPD totals, not findings, and never fail the check.
  for (const w of result.warnings) ui.warn(ui.safe(`${w.file}:${w.line}: ${w.message}`));
  const lines = [
    ...result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.kind} ${JSON.stringify(f.text)}`),
    ...result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
  ];
  if (lines.length > 0) ui.data(ui.safe(lines.join('\n')));
}

/**
 * `mindlines check [PATH...] [--staged]`: identifiers and broken files. Exit 1 (PiiFoundError) when anything is
 * found, so scripts and the pre-commit hook can stop on it. The options are checked before the journal is looked
 * for (`open`), which for `check` never creates one.
 */
export async function runCheck(opts: CheckOptions, cli: CliContext, open: () => Promise<CheckPorts>): Promise<CheckReport> {
  validateCheckOptions(opts);
  const result = await checkFiles(await open(), opts);
  print(cli.ui, Boolean(cli.globals.json), result);
  if (!result.ok) {
    const files = new Set([...result.findings.map((f) => f.file), ...result.problems.map((p) => p.file)]).size;
    throw new PiiFoundError(messages.checkFound(result.findings.length, result.problems.length, files), {
      hint: result.findings.length > 0 ? messages.checkFoundHint : undefined,
    });
  }
  cli.ui.success(messages.checkClean(result.files, Boolean(opts.staged)));
  return result;
}
