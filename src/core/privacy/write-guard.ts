import type { WriteGuard } from '../entries/entry-writer.js';
import type { PrivacyScannerSource } from './scanner.js';

/**
 * The privacy check every entry write passes (EntryWriter): the text and the file name, scanned as `check` scans an
 * entry file. For now it only reports; the policy (warn at capture, refuse under --strict) is issue 13's.
 */
export function privacyWriteGuard(scanner: PrivacyScannerSource): WriteGuard {
  return {
    check: async ({ path, text }) => (await scanner()).scanEntryFile(text, path),
  };
}
