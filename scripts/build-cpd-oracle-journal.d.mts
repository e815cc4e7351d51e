/** Types for build-cpd-oracle-journal.mjs, for the tests that build the cpd-oracle journal. */
export type ManifestItem =
  | { id: string; shortId: string; path: string; refused?: undefined }
  | { refused: string; exitCode: number | null; id?: undefined; shortId?: undefined; path?: undefined };

/**
 * Keyed by source: an answers file name ("12-gphc-unplanned-methotrexate-query.yaml") or "quick-notes.txt:N".
 * `item.id !== undefined` tells a written entry from a refused one.
 */
export type Manifest = Record<string, ManifestItem>;

/** What a runner returns: the exit code and output of one mindlines command. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one mindlines command on the journal in `dir` with MINDLINES_NOW = `now`. */
export type Runner = (dir: string, now: string, args: string[]) => RunResult | Promise<RunResult>;

/** The built CLI in a child process (the script's runner). */
export function spawnRunner(dir: string, now: string, args: string[]): RunResult;

/**
 * Builds the cpd-oracle journal in `dir` (which must not hold a journal yet) with `run`: by default the built CLI
 * in a child process; a test passes the CLI run in-process.
 */
export function buildCpdOracleJournal(dir: string, fixture?: string, run?: Runner): Promise<Manifest>;
