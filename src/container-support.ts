/**
 * Pieces of the composition root (container.ts) kept apart so it stays one screenful of wiring: loading on first
 * use, the release that stamps the index and the scan cache, the identifier scanner, the journal over its files
 * with its index, the locking of private entries (issue 18) and the drafts.
 */
import { AgeEntryLocking } from './adapters/age-entry-locking.js';
import { AgeKeyring, keyFileFor, PassphraseSource } from './adapters/age-keyring.js';
import { AgeLockedEntries, LockingEntryStore } from './adapters/age-locked-entries.js';
import { FsEntryStore } from './adapters/fs-entry-store.js';
import { readLockSettings } from './adapters/fs-lock-settings.js';
import { openEntryIndex } from './adapters/index/open-entry-index.js';
import { packageVersion } from './adapters/package-version.js';
import { ulidSource } from './adapters/system-clock.js';
import { Journal } from './core/entries/journal.js';
import type { DraftStore } from './core/reflection/draft.js';
import type { JournalConfig } from './config/journal-config.js';
import type { Clock, Notify, ScanCache } from './core/ports.js';
import type { PrivacyScanner, PrivacyScannerSource } from './core/privacy/scanner.js';

export { packageVersion };

/** Loads something on first use and keeps it. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
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

/**
 * A Journal over the files, with its index: the one wiring the command line and the library API share. The store
 * carries the search for files edited in place (`changedSince`), already started when the journal was found.
 */
export function wireJournal(root: string, config: JournalConfig, clock: Clock, locked?: AgeLockedEntries, store = new FsEntryStore(root), notify?: Notify): Journal {
  return new Journal({
    root,
    mode: config.mode,
    store,
    clock,
    ids: ulidSource(),
    index: openEntryIndex(root, { mindlines: packageVersion(), notify }),
    locked,
  });
}

/**
 * Private entries encrypted at rest (issue 18), when the journal has lock settings: the locked entries (read with
 * the journal's key, opened at most once per command), and the store the writer writes through, which encrypts
 * what goes to a locked file. The passphrase comes from the environment; the command line adds a terminal prompt.
 */
export function lockWiring(root: string, config: JournalConfig, env: NodeJS.ProcessEnv, store: FsEntryStore) {
  const passphrase = new PassphraseSource(env);
  const settings = readLockSettings(root, config);
  const locked = settings ? new AgeLockedEntries(root, new AgeKeyring(keyFileFor(settings, env), passphrase), (text) => passphrase.warn(text)) : undefined;
  return {
    passphrase,
    locked,
    locking: new AgeEntryLocking(root, config, env, passphrase, locked),
    writerStore: settings && locked ? new LockingEntryStore(store, locked, settings) : store,
    locks: settings?.locked ? (visibility: string | undefined) => visibility === 'private' : undefined,
  };
}

/** Drafts in the journal's private folder; the adapter (and the YAML library) load on first use. */
export function draftStore(root: string, clock: Clock): DraftStore {
  const store = once(async () => new (await import('./adapters/fs-draft-store.js')).FsDraftStore(root, clock));
  return {
    list: async () => (await store()).list(),
    get: async (ref) => (await store()).get(ref),
    save: async (draft) => (await store()).save(draft),
    discard: async (id) => (await store()).discard(id),
  };
}
