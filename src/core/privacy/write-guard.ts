import type { WriteGuard } from '../entries/entry-writer.js';
import { withoutFindings } from './redact.js';
import type { PrivacyScannerSource } from './scanner.js';

/**
 * The privacy check every entry write passes (EntryWriter): the text and the file name, scanned as `check` scans an
 * entry file; and the title a file name is made from, with every identifier taken out (issue 13: "Saw Mrs Patel
 * today, NHS number 943 476 5919" is filed as `…-saw-today-nhs-number-….md`). What a finding then does (warn at
 * capture, refuse under --strict) is the capture review's to decide (app/capture-review.ts).
 */
export function privacyWriteGuard(scanner: PrivacyScannerSource): WriteGuard {
  return {
    check: async ({ path, text }) => (await scanner()).scanEntryFile(text, path),
    fileTitle: async (title) => withoutFindings(title, (await scanner()).scanText(title, 'title')),
  };
}
