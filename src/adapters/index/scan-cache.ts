import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CachedScan, FileCheck, ScanCache } from '../../core/ports.js';
import { replaceFile } from '../atomic-file.js';
import { fingerprint } from './entry-listing.js';

// 2: check's results carry the entry's counting facts (issue 12's warnings, issue 18's attachments).
const FORMAT = 'mindlines-scans 2';

/** One file in scans.json: path, fingerprint, findings, and check's results (problems, id, visibility) if it ran. */
type Stored = [path: string, hash: string, findings: CachedScan['findings'], check: FileCheck | null];

interface ScansFile {
  format: string;
  key: string;
  /** The index state the whole journal was last checked at (ScanCache.checkedState). */
  checked: string | null;
  files: Stored[];
}

/**
 * `.mindlines/scans.json`: the scan cache (ScanCache) of one journal, for one scanner identity (`key`: the scanner's
 * version, the mindlines release, the journal's privacy settings and the name lexicon). A file written for another
 * key, or one that cannot be read, is an empty cache. Machine-local and disposable like the index; written whole
 * (temp file, then rename), so two processes at once can only lose each other's additions.
 */
export class FsScanCache implements ScanCache {
  readonly #file: string;
  readonly #entries = new Map<string, CachedScan & { hash: string }>();
  #checked: ScansFile['checked'] = null;
  #changed = false;

  constructor(
    root: string,
    private readonly key: string,
  ) {
    this.#file = path.join(root, '.mindlines', 'scans.json');
    try {
      const stored = JSON.parse(readFileSync(this.#file, 'utf8')) as Partial<ScansFile>;
      if (stored.format !== FORMAT || stored.key !== key || !Array.isArray(stored.files)) return;
      for (const [file, hash, findings, check] of stored.files) {
        if (typeof file === 'string' && typeof hash === 'string' && Array.isArray(findings)) this.#entries.set(file, { hash, findings, check: check ?? undefined });
      }
      if (typeof stored.checked === 'string') this.#checked = stored.checked;
    } catch {
      // No cache yet, or one that cannot be read: start empty.
    }
  }

  fingerprint(text: string): string {
    return fingerprint(text);
  }

  get(file: string, hash: string): CachedScan | undefined {
    const entry = this.#entries.get(file);
    return entry && entry.hash === hash ? entry : undefined;
  }

  set(file: string, hash: string, value: CachedScan): void {
    const known = this.#entries.get(file);
    this.#entries.set(file, { ...value, check: value.check ?? (known?.hash === hash ? known.check : undefined), hash });
    // A file set again with another fingerprint means the journal changed: the last whole check no longer holds.
    if (known?.hash !== hash) this.#checked = null;
    this.#changed = true;
  }

  checkedState(): string | undefined {
    return this.#checked ?? undefined;
  }

  files(): { path: string; hash: string }[] {
    return [...this.#entries].map(([file, entry]) => ({ path: file, hash: entry.hash }));
  }

  async save(checked?: { state: string; files: ReadonlySet<string> }): Promise<void> {
    if (checked) {
      for (const file of [...this.#entries.keys()]) if (!checked.files.has(file)) this.#entries.delete(file);
      this.#changed ||= this.#checked !== checked.state;
      this.#checked = checked.state;
    }
    if (!this.#changed) return;
    const files: Stored[] = [...this.#entries].map(([file, e]) => [file, e.hash, e.findings, e.check ?? null]);
    const data: ScansFile = { format: FORMAT, key: this.key, checked: this.#checked, files };
    try {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      await replaceFile(this.#file, `${JSON.stringify(data)}\n`);
      this.#changed = false;
    } catch {
      // A journal whose .mindlines/ cannot be written (read-only) only scans again next time.
    }
  }
}
