/**
 * Span scoring on the held-out identifier corpus (test/fixtures/pii-holdout, made by scripts/build-pii-holdout.mjs
 * from hand-written names the scanner's lexicon was not built from). `scoreSpans(detect)` gives per-kind span recall
 * (a planted span is found when any finding overlaps it; `kindRecall` when one of the same kind does) and the share
 * of clean lines flagged. The implementation is shared with scripts/score-pii-holdout.mjs, which scores the built
 * scanner from dist/.
 */
import { scanText, type ScanOptions } from '../../src/core/privacy/scan.js';
import { scanOptions } from './name-lexicon.js';
import type { SpanDetector } from '../../scripts/pii-span-score.mjs';

export {
  formatSpanScore,
  HOLDOUT_DIR,
  loadHoldout,
  scoreSpans,
  type HoldoutDoc,
  type PlantedSpan,
  type ScoreOptions,
  type SpanDetector,
  type SpanFinding,
  type SpanScore,
  type SpanTally,
} from '../../scripts/pii-span-score.mjs';

/** The scanner as a detector for `scoreSpans`: each document scanned as plain text, as `check` scans a body. */
export function scannerDetector(options: Omit<ScanOptions, 'lexicon'> = {}): SpanDetector {
  const withLexicon = scanOptions(options);
  return (text, file) => scanText(text, file, withLexicon);
}
