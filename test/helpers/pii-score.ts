import type { Finding } from '../../src/core/privacy/scan.js';

export interface KindScore {
  planted: number;
  found: number;
  recall: number;
}

export interface CorpusScore {
  perKind: Record<string, KindScore>;
  plantedLines: number;
  foundLines: number;
  /** Planted lines flagged (by any kind) / planted lines: how the product is checked. */
  recall: number;
  /** Planted lines flagged with the planted kind / planted lines. */
  kindRecall: number;
  cleanLines: number;
  flaggedCleanLines: number;
  falsePositiveRate: number;
  misses: string[];
  falsePositives: string[];
}

/**
 * Scores findings by line, as the corpus README says: recall = planted lines flagged / planted lines; false-positive
 * rate = clean lines flagged / clean lines. Per kind, a line counts as found only when a finding of that kind is on
 * it. Misses and false positives name file, line and kind, never the planted value (RELIABILITY.md 5).
 */
export function scoreByLine(labels: Iterable<[file: string, line: number, kinds: string[]]>, findings: Finding[]): CorpusScore {
  const byLine = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.file}:${finding.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), finding]);
  }
  const perKind: Record<string, KindScore> = {};
  let plantedLines = 0;
  let foundLines = 0;
  let kindLines = 0;
  let cleanLines = 0;
  let flaggedCleanLines = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const [file, line, kinds] of labels) {
    const found = byLine.get(`${file}:${line}`) ?? [];
    if (kinds.length === 0) {
      cleanLines++;
      if (found.length > 0) {
        flaggedCleanLines++;
        falsePositives.push(`${file}:${line} flagged as ${found.map((f) => `${f.kind} (${f.confidence})`).join(', ')}`);
      }
      continue;
    }
    plantedLines++;
    if (found.length > 0) foundLines++;
    let allKinds = true;
    for (const kind of kinds) {
      const score = (perKind[kind] ??= { planted: 0, found: 0, recall: 0 });
      score.planted++;
      if (found.some((f) => f.kind === kind)) score.found++;
      else {
        allKinds = false;
        misses.push(`${file}:${line} ${kind} missed${found.length ? ` (found ${found.map((f) => f.kind).join(', ')})` : ''}`);
      }
    }
    if (allKinds) kindLines++;
  }
  for (const score of Object.values(perKind)) score.recall = score.planted ? score.found / score.planted : 1;
  return {
    perKind,
    plantedLines,
    foundLines,
    recall: plantedLines ? foundLines / plantedLines : 1,
    kindRecall: plantedLines ? kindLines / plantedLines : 1,
    cleanLines,
    flaggedCleanLines,
    falsePositiveRate: cleanLines ? flaggedCleanLines / cleanLines : 0,
    misses,
    falsePositives,
  };
}

/** A small table for the test log and the report. */
export function formatScore(title: string, score: CorpusScore): string {
  const rows = Object.entries(score.perKind)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, s]) => `  ${kind.padEnd(16)} ${String(s.found).padStart(5)}/${String(s.planted).padEnd(5)} recall ${s.recall.toFixed(3)}`);
  return [
    `${title}: recall ${score.recall.toFixed(3)} (${score.foundLines}/${score.plantedLines} planted lines; with the right kind ${score.kindRecall.toFixed(3)}), false-positive rate ${score.falsePositiveRate.toFixed(4)} (${score.flaggedCleanLines}/${score.cleanLines} clean lines)`,
    ...rows,
  ].join('\n');
}
