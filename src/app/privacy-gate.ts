import type { Finding } from '../core/privacy/kinds.js';
import type { ScanCache } from '../core/ports.js';
import type { PrivacyScanner } from '../core/privacy/scanner.js';
import { PiiFoundError } from '../errors.js';
import { messages } from '../ui/messages.js';

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
  scanner: PrivacyScanner;
  /** Findings kept per file text (the journal's scan cache): an entry unchanged since it was last scanned is not scanned. */
  cache?: ScanCache | undefined;
  /** The entry files the export includes, as read for it: each is scanned whole (front matter, body, comments, links). */
  files: readonly { path: string; text: string }[];
  /** The rendered text, scanned too: a sanitiser keeps hidden text, and rendering must not add identifiers. */
  output?: { name: string; text: string } | undefined;
  /** Text the export itself adds (author, journal name): a name there is the user's own, not a finding. */
  ownWords?: readonly (string | null | undefined)[];
}

/**
 * The rendered text with its style sheets and scripts blanked (same length, line breaks kept, so positions still
 * point into the file): CSS such as `col:nth-child(2)` is layout, not anything a reader sees, and must not be taken
 * for a name followed by an age.
 */
export function withoutStyleAndScript(text: string): string {
  return text.replace(/(<(style|script)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi, (_all, open: string, _tag: string, inner: string, close: string) => open + inner.replace(/[^\n]/g, ' ') + close);
}

const key = (f: Finding) => `${f.kind}\u0000${f.text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`;

/**
 * The privacy gate of an export: every possible identifier in what it would include, the entry files first, then
 * anything in the rendered output that was not already found in an entry (and is not the export's own wording).
 */
export function findIdentifiers(input: GateInput): Finding[] {
  const findings: Finding[] = [];
  for (const file of input.files) findings.push(...scanEntryCached(input.scanner, input.cache, file.text, file.path));
  if (input.output) {
    const seen = new Set(findings.map(key));
    const own = (input.ownWords ?? []).filter((w): w is string => Boolean(w)).map((w) => w.toLowerCase());
    for (const finding of input.scanner.scanText(withoutStyleAndScript(input.output.text), input.output.name)) {
      if (seen.has(key(finding))) continue;
      if (own.some((word) => word.includes(finding.text.toLowerCase()))) continue;
      findings.push(finding);
    }
  }
  return findings;
}

/** The findings in an entry file's text, from the cache when it holds them for this text, else scanned (and kept). */
export function scanEntryCached(scanner: PrivacyScanner, cache: ScanCache | undefined, text: string, path: string): Finding[] {
  if (!cache) return scanner.scanEntryFile(text, path);
  const hash = cache.fingerprint(text);
  const kept = cache.get(path, hash);
  if (kept) return kept.findings.map((finding) => ({ file: path, ...finding }));
  const findings = scanner.scanEntryFile(text, path);
  cache.set(path, hash, { findings: findings.map(({ file: _file, ...finding }) => finding) });
  return findings;
}

/** Refuses an export that holds identifiers (ExportRefusedError), unless the person chose to write it anyway. */
export function refuseFindings(findings: readonly Finding[], options: { allowFindings?: boolean | undefined; what: string }): void {
  if (findings.length > 0 && !options.allowFindings) throw new ExportRefusedError([...findings], options.what);
}
