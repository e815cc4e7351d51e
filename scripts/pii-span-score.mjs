// Span scoring for the held-out identifier corpus (test/fixtures/pii-holdout): a planted span counts as found when
// any finding overlaps it; a clean line counts as a false positive when any finding touches it. Reports never carry
// the planted values, only file, line, kind and form (RELIABILITY.md 5).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOLDOUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/pii-holdout');

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The corpus: every labelled document with its text. */
export function loadHoldout(dir = HOLDOUT_DIR) {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  return Object.entries(labels.files).map(([file, entry]) => ({ file, text: readFileSync(path.join(dir, file), 'utf8'), ...entry }));
}

/** A finding as [start, end) offsets: from line and 1-based column, and length or the matched text. */
function findingRange(starts, finding) {
  const lineStart = starts[finding.line - 1];
  if (lineStart === undefined) return undefined;
  const start = lineStart + finding.column - 1;
  const length = finding.length ?? finding.text?.length ?? 1;
  return { start, end: start + Math.max(1, length), kind: finding.kind, confidence: finding.confidence };
}

const ratio = (a, b) => (b ? a / b : 1);
const tally = (table, key) => (table[key] ??= { planted: 0, found: 0, kindMatched: 0, recall: 0, kindRecall: 0 });

/**
 * Scores `detect` on the corpus. `detect(text, file)` returns findings with `line` (1-based), `column` (1-based,
 * UTF-16) and `length` or `text`, optionally `kind` and `confidence`. `confidences` keeps only findings of those
 * confidences (for example ['medium', 'high'], what makes `check` fail).
 */
export function scoreSpans(detect, options = {}) {
  const docs = options.docs ?? loadHoldout(options.dir);
  const keep = options.confidences ? new Set(options.confidences) : undefined;
  const perKind = {};
  const perForm = {};
  const heldOut = { planted: 0, found: 0, recall: 0 };
  const falsePositiveKinds = {};
  const misses = [];
  const falsePositives = [];
  let planted = 0;
  let found = 0;
  let cleanLines = 0;
  let flaggedCleanLines = 0;
  let trickyLines = 0;
  let flaggedTrickyLines = 0;
  for (const doc of docs) {
    const starts = lineStarts(doc.text);
    const ranges = [...detect(doc.text, doc.file)]
      .filter((f) => !keep || keep.has(f.confidence))
      .map((f) => findingRange(starts, f))
      .filter(Boolean);
    for (const span of doc.spans) {
      const start = starts[span.line - 1] + span.start;
      const end = starts[(span.endLine ?? span.line) - 1] + span.end;
      const hits = ranges.filter((r) => r.start < end && start < r.end);
      const kindHit = hits.some((r) => r.kind === span.kind);
      planted++;
      const byKind = tally(perKind, span.kind);
      const byForm = tally(perForm, `${span.kind}/${span.form}`);
      byKind.planted++;
      byForm.planted++;
      if (span.heldOut) heldOut.planted++;
      if (hits.length > 0) {
        found++;
        byKind.found++;
        byForm.found++;
        if (span.heldOut) heldOut.found++;
      } else misses.push(`${doc.file}:${span.line} ${span.kind} (${span.form})${span.heldOut ? ' held-out' : ''}`);
      if (kindHit) {
        byKind.kindMatched++;
        byForm.kindMatched++;
      }
    }
    const tricky = new Set(doc.tricky);
    for (const line of doc.clean) {
      const from = starts[line - 1];
      const to = (starts[line] ?? doc.text.length + 1) - 1;
      const hits = ranges.filter((r) => r.start < to && from < r.end);
      cleanLines++;
      if (tricky.has(line)) trickyLines++;
      if (hits.length === 0) continue;
      flaggedCleanLines++;
      if (tricky.has(line)) flaggedTrickyLines++;
      for (const kind of new Set(hits.map((h) => h.kind ?? 'unknown'))) falsePositiveKinds[kind] = (falsePositiveKinds[kind] ?? 0) + 1;
      falsePositives.push(`${doc.file}:${line} flagged as ${hits.map((h) => `${h.kind ?? '?'}${h.confidence ? ` (${h.confidence})` : ''}`).join(', ')}`);
    }
  }
  for (const table of [perKind, perForm]) {
    for (const score of Object.values(table)) {
      score.recall = ratio(score.found, score.planted);
      score.kindRecall = ratio(score.kindMatched, score.planted);
    }
  }
  heldOut.recall = ratio(heldOut.found, heldOut.planted);
  return {
    documents: docs.length,
    planted,
    found,
    recall: ratio(found, planted),
    perKind,
    perForm,
    heldOutNames: heldOut,
    cleanLines,
    flaggedCleanLines,
    falsePositiveRate: cleanLines ? flaggedCleanLines / cleanLines : 0,
    trickyLines,
    flaggedTrickyLines,
    falsePositiveKinds,
    misses,
    falsePositives,
  };
}

/** A table of the figures, values never included. */
export function formatSpanScore(title, score) {
  const row = (name, s) =>
    `  ${name.padEnd(34)} ${String(s.found).padStart(4)}/${String(s.planted).padEnd(4)} recall ${s.recall.toFixed(2)}   same kind ${s.kindRecall.toFixed(2)}`;
  const sorted = (table) => Object.entries(table).sort(([a], [b]) => a.localeCompare(b));
  return [
    `${title}: span recall ${score.recall.toFixed(3)} (${score.found}/${score.planted} spans in ${score.documents} documents); ` +
      `clean lines flagged ${(100 * score.falsePositiveRate).toFixed(1)}% (${score.flaggedCleanLines}/${score.cleanLines}; tricky ones ${score.flaggedTrickyLines}/${score.trickyLines})`,
    `  names made only of held-out names: recall ${score.heldOutNames.recall.toFixed(3)} (${score.heldOutNames.found}/${score.heldOutNames.planted})`,
    'per kind:',
    ...sorted(score.perKind).map(([kind, s]) => row(kind, s)),
    'per form:',
    ...sorted(score.perForm).map(([form, s]) => row(form, s)),
    `clean lines flagged, by the kind reported: ${sorted(score.falsePositiveKinds).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
  ].join('\n');
}
