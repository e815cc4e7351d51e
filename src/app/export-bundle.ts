import { formatTimestamp } from '../codecs/dates.js';
import { attachmentProblems } from '../core/evidence/attachment-check.js';
import { attachmentFolder, attachmentsOf, bundleFolderOf } from '../core/evidence/attachments.js';
import type { CheckProblem } from '../core/entries/journal-check.js';
import type { Finding } from '../core/privacy/kinds.js';
import { renderEvidenceBundle, type BundleFile } from '../exporters/evidence-bundle.js';
import { checkEvidence, sha256Hex, type UncheckedReason } from './attach.js';
import type { JournalPorts } from './context.js';
import type { CpdExport } from './export-cpd.js';

export type BundlePorts = Pick<JournalPorts, 'journal' | 'attachmentFiles' | 'privacy' | 'pdfText' | 'clock'>;

export interface CpdBundle {
  bytes: Uint8Array;
  /** Entries in the report, and evidence files bundled with them. */
  entries: number;
  attachments: number;
  /** Attachments missing or changed since they were attached: the bundle must not be written while there are any. */
  problems: CheckProblem[];
  /** Possible identifiers in the evidence files' text (file = its path inside the bundle). */
  findings: Finding[];
  unchecked: { from: string; reason: UncheckedReason }[];
}

/**
 * A CPD report with its evidence, as a zip: `report.<format>`, then each included entry's attachments under
 * `evidence/<entry file name>/`, and a MANIFEST.txt of every file's size and SHA-256. Each attachment is read and
 * checked against the SHA-256 its entry recorded, and its words scanned for identifiers; what is wrong comes back
 * for the caller to report (and refuse) before anything is written.
 */
export async function bundleCpdExport(ctx: BundlePorts, exported: CpdExport): Promise<CpdBundle> {
  const report = exported.report;
  const included = new Set([...report.log.rows.map((r) => r.id), ...(report.summary?.entryId ? [report.summary.entryId] : [])]);
  const entries = (await ctx.journal.query()).entries.filter((e) => included.has(e.meta.id));
  const scanner = await ctx.privacy();
  const reportName = `report.${exported.format}`;
  const files: BundleFile[] = [{ path: reportName, bytes: typeof exported.content === 'string' ? Buffer.from(exported.content, 'utf8') : exported.content }];
  const bundle: CpdBundle = { bytes: new Uint8Array(), entries: included.size, attachments: 0, problems: [], findings: [], unchecked: [] };
  const read = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const stored = async (relative: string) => {
      const bytes = await ctx.attachmentFiles.read(relative);
      if (bytes) read.set(relative, bytes);
      return bytes && { size: bytes.length, sha256: sha256Hex(bytes) };
    };
    const problems = await attachmentProblems(entry, stored);
    bundle.problems.push(...problems);
    if (problems.length > 0) continue;
    const folder = attachmentFolder({ path: entry.path, id: entry.meta.id });
    for (const attachment of attachmentsOf(entry.frontMatter)) {
      const bytes = read.get(`${folder}/${attachment.name}`) as Uint8Array;
      const inside = `evidence/${bundleFolderOf({ path: entry.path, id: entry.meta.id, date: entry.meta.date })}/${attachment.name}`;
      const checked = await checkEvidence(scanner, ctx.pdfText, inside, bytes);
      bundle.findings.push(...checked.findings);
      if (checked.unchecked) bundle.unchecked.push({ from: inside, reason: checked.unchecked });
      files.push({ path: inside, bytes });
      bundle.attachments++;
    }
  }
  const now = ctx.clock.now();
  const manifest = [
    `mindlines evidence bundle, made ${formatTimestamp(now)}: ${report.period.from} to ${report.period.to}, ${report.profile.name}`,
    'Each file with its size in bytes and SHA-256 (check with: sha256sum FILE).',
    '',
    ...files.map((f) => `${sha256Hex(f.bytes)}  ${String(f.bytes.length).padStart(10)}  ${f.path}`),
    '',
  ].join('\n');
  bundle.bytes = renderEvidenceBundle(files, manifest, now);
  return bundle;
}
