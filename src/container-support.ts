/**
 * Pieces of the composition root (container.ts) kept apart so it stays one screenful of wiring: loading on first
 * use, the release that stamps the index and the scan cache, and the identifier scanner's wiring.
 */
import { readFileSync } from 'node:fs';
import type { JournalConfig } from './config/journal-config.js';
import type { ScanCache } from './core/ports.js';
import type { PrivacyScanner, PrivacyScannerSource } from './core/privacy/scanner.js';

/** Loads something on first use and keeps it. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/**
 * The mindlines release running (package.json's version), which stamps the index: an index written by another
 * release is rebuilt instead of trusted (and its format number, INDEX_VERSION, covers changes made between releases).
 */
export function packageVersion(): string {
  // One folder up from dist/container.js, two from the bundle (dist/bundle/).
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const { name, version } = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (name === 'mindlines') return typeof version === 'string' ? version : '';
    } catch {
      // Not here: the other place.
    }
  }
  return '';
}

/**
 * The identifier scanner with a journal's deny-list and allow-list (none outside a journal). The detectors are
 * imported on the first scan, and the name lexicon (a data file) read the first time a name is looked up.
 */
export function privacyScanner(config: Pick<JournalConfig, 'privacy'> | undefined): PrivacyScannerSource {
  return once(async (): Promise<PrivacyScanner> => {
    const [{ bindScanner }, { loadNameLexicon }] = await Promise.all([import('./core/privacy/scan.js'), import('./adapters/fs-name-lexicon.js')]);
    return bindScanner({
      get lexicon() {
        return loadNameLexicon();
      },
      names: config?.privacy.names ?? [],
      allow: config?.privacy.allow ?? [],
    });
  });
}

/**
 * The scan cache of a journal, for the scanner as this journal binds it: the scanner's version, this release, the
 * journal's privacy lists and the name lexicon file name the results, so a change to any of them scans afresh.
 */
export function scanCache(root: string, config: Pick<JournalConfig, 'privacy'>): () => Promise<ScanCache> {
  return once(async () => {
    const [{ FsScanCache }, { SCANNER_VERSION }, { NAME_LEXICON_FILE }, { statSync }] = await Promise.all([
      import('./adapters/index/scan-cache.js'),
      import('./core/privacy/scanner.js'),
      import('./adapters/fs-name-lexicon.js'),
      import('node:fs'),
    ]);
    const lexicon = statSync(NAME_LEXICON_FILE, { throwIfNoEntry: false });
    const key = JSON.stringify([SCANNER_VERSION, packageVersion(), config.privacy.names, config.privacy.allow, lexicon ? `${lexicon.size}:${lexicon.mtimeMs}` : '']);
    return new FsScanCache(root, key);
  });
}
