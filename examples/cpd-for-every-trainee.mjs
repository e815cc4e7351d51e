#!/usr/bin/env node
// An educator's script: one CPD summary (HTML) per trainee journal, and a one-line status for each, with no
// terminal needed (run it from cron or CI). Usage: node cpd-for-every-trainee.mjs OUT_DIR JOURNAL...
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExportRefusedError, exportCpd, listEntries, openJournal } from 'mindlines';

const [outDir, ...folders] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
let failed = 0;
for (const folder of folders) {
  const journal = await openJournal(folder);
  const entries = await listEntries(journal, { since: '2024-01-01' });
  try {
    const { content, report } = await exportCpd(journal, { format: 'html' });
    const file = path.join(outDir, `${path.basename(folder)}.html`);
    await writeFile(file, content);
    const unmet = report.requirements.filter((r) => !r.met).map((r) => r.id);
    process.stdout.write(`${JSON.stringify({ journal: report.journal, entries: entries.length, hours: report.totals.hours, unmet, file })}\n`);
  } catch (error) {
    if (!(error instanceof ExportRefusedError)) throw error;
    // Where, and what kind, but never the identifier itself.
    process.stdout.write(`${JSON.stringify({ journal: folder, refused: error.findings.map((f) => `${f.file}:${f.line} ${f.kind}`) })}\n`);
    failed += 1;
  }
}
process.exitCode = failed > 0 ? 1 : 0;
