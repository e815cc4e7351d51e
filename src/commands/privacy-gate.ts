import type { JournalConfig } from '../config/journal-config.js';
import type { Entry } from '../core/entries/entry.js';
import type { Journal } from '../core/entries/journal.js';
import { scanEntryFile, scanText, type Finding } from '../core/privacy/scan.js';
import { PiiFoundError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { Ui } from '../ui/output.js';

/** An export that would include identifiers: the findings come with it, for scripts using the library API. */
export class ExportRefusedError extends PiiFoundError {
  constructor(
    readonly findings: Finding[],
    what: string,
  ) {
    super(messages.findingsRefused(findings.length, what), { hint: messages.findingsRefusedHint });
  }
}

export interface GateInput {
  journal: Journal;
  config: JournalConfig;
  /** The entries the export includes: each file is scanned whole (front matter, body, comments, link targets). */
  entries: readonly Entry[];
  /** The rendered text, scanned too: a sanitiser keeps hidden text, and rendering must not add identifiers. */
  output?: { name: string; text: string } | undefined;
  /** Text the export itself adds (author, journal name): a name there is the user's own, not a finding. */
  ownWords?: readonly (string | null | undefined)[];
}

const key = (f: Finding) => `${f.kind}\u0000${f.text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`;

/**
 * Every possible identifier in what an export would include: the entry files, then anything in the rendered output
 * that was not already found in an entry (and is not the export's own wording).
 */
export async function findIdentifiers(input: GateInput): Promise<Finding[]> {
  const options = { names: input.config.privacy.names, allow: input.config.privacy.allow };
  const findings: Finding[] = [];
  for (const entry of input.entries) {
    findings.push(...scanEntryFile(await input.journal.readText(entry.path), entry.path, options));
  }
  if (input.output) {
    const seen = new Set(findings.map(key));
    const own = (input.ownWords ?? []).filter((w): w is string => Boolean(w)).map((w) => w.toLowerCase());
    for (const finding of scanText(input.output.text, input.output.name, options)) {
      if (seen.has(key(finding))) continue;
      if (own.some((word) => word.includes(finding.text.toLowerCase()))) continue;
      findings.push(finding);
    }
  }
  return findings;
}

/**
 * Lists findings on stderr as `file:line:column kind` (never the matched text, which may be patient data), then
 * refuses with exit 1, unless the user chose --allow-findings, which is said out loud.
 */
export function enforce(findings: readonly Finding[], options: { allowFindings?: boolean | undefined; ui?: Ui; what: string }): void {
  if (findings.length === 0) return;
  if (options.ui) for (const f of findings) options.ui.warn(options.ui.safe(messages.finding(f.file, f.line, f.column, f.kind)));
  if (options.allowFindings) {
    options.ui?.warn(messages.findingsAllowed(findings.length));
    return;
  }
  throw new ExportRefusedError([...findings], options.what);
}
