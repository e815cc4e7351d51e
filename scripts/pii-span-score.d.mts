/** Types for pii-span-score.mjs, used by test/helpers/pii-span-score.ts. */
export interface SpanFinding {
  /** 1-based line. */
  line: number;
  /** 1-based column, UTF-16 code units (as the scanner reports). */
  column: number;
  length?: number;
  text?: string;
  kind?: string;
  confidence?: string;
}

export type SpanDetector = (text: string, file: string) => Iterable<SpanFinding>;

export interface PlantedSpan {
  line: number;
  start: number;
  end: number;
  endLine?: number;
  kind: string;
  text: string;
  form: string;
  heldOut?: boolean;
}

export interface HoldoutDoc {
  file: string;
  text: string;
  meta: { region: string; nation?: string; style: string; casing: string; wrapped: boolean };
  spans: PlantedSpan[];
  clean: number[];
  tricky: number[];
}

export interface SpanTally {
  planted: number;
  found: number;
  kindMatched: number;
  recall: number;
  kindRecall: number;
}

export interface SpanScore {
  documents: number;
  planted: number;
  found: number;
  recall: number;
  perKind: Record<string, SpanTally>;
  perForm: Record<string, SpanTally>;
  heldOutNames: { planted: number; found: number; recall: number };
  cleanLines: number;
  flaggedCleanLines: number;
  falsePositiveRate: number;
  trickyLines: number;
  flaggedTrickyLines: number;
  falsePositiveKinds: Record<string, number>;
  misses: string[];
  falsePositives: string[];
}

export interface ScoreOptions {
  dir?: string;
  docs?: HoldoutDoc[];
  confidences?: string[];
}

export const HOLDOUT_DIR: string;
export function loadHoldout(dir?: string): HoldoutDoc[];
export function scoreSpans(detect: SpanDetector, options?: ScoreOptions): SpanScore;
export function formatSpanScore(title: string, score: SpanScore): string;
