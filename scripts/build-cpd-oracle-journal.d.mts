/** Types for build-cpd-oracle-journal.mjs, for the tests that build the cpd-oracle journal. */
export type ManifestItem =
  | { id: string; shortId: string; path: string; refused?: undefined }
  | { refused: string; exitCode: number | null; id?: undefined };

/**
 * Keyed by source: an answers file name ("12-gphc-unplanned-methotrexate-query.yaml") or "quick-notes.txt:N".
 * `item.id !== undefined` tells a written entry from a refused one.
 */
export type Manifest = Record<string, ManifestItem>;

/** Builds the cpd-oracle journal in `dir` (which must not hold a journal yet) with the built CLI. */
export function buildCpdOracleJournal(dir: string, fixture?: string): Manifest;
