import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanEntryFile, scanText, type Finding } from '../../../../src/core/privacy/scan.js';
import { scanOptions } from '../../../helpers/name-lexicon.js';
import { generateCorpus } from '../../../helpers/pii-corpus.js';
import { formatScore, scoreByLine } from '../../../helpers/pii-score.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../../fixtures/pii-sample');

describe('the identifier scanner, scored by line', () => {
  it('finds every identifier planted in the shared pii-sample and flags none of its clean lines', () => {
    const labels = JSON.parse(readFileSync(path.join(SAMPLE, 'labels.json'), 'utf8')) as Record<string, string[]>;
    const findings: Finding[] = [];
    for (const file of readdirSync(SAMPLE).filter((f) => f.endsWith('.md'))) {
      findings.push(...scanText(readFileSync(path.join(SAMPLE, file), 'utf8'), file, scanOptions()));
    }
    const rows = Object.entries(labels).map(([key, kinds]): [string, number, string[]] => {
      const [file, line] = key.split(':') as [string, string];
      return [file, Number(line), kinds];
    });
    const score = scoreByLine(rows, findings);
    console.log(formatScore('pii-sample', score));
    expect(score.misses).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.kindRecall).toBeGreaterThanOrEqual(0.98);
    for (const [kind, s] of Object.entries(score.perKind)) expect(s.recall, kind).toBeGreaterThanOrEqual(0.98);
    expect(score.falsePositives).toEqual([]);
  });

  it('generalises to a generated corpus written in other words (2,000 reflections)', () => {
    const docs = generateCorpus(2000);
    const findings = docs.flatMap((doc) => scanEntryFile(doc.text, doc.file, scanOptions()));
    const rows = docs.flatMap((doc) => [...doc.labels].map(([line, kinds]): [string, number, string[]] => [doc.file, line, kinds]));
    const score = scoreByLine(rows, findings);
    console.log(formatScore('generated corpus', score));
    if (process.env.PII_SCORE_DETAILS) console.log([...score.misses, ...score.falsePositives].join('\n'));
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
    for (const [kind, s] of Object.entries(score.perKind)) expect(s.recall, kind).toBeGreaterThanOrEqual(0.95);
    expect(score.falsePositiveRate).toBeLessThanOrEqual(0.02);
    // Scanning 2,000 documents takes a few seconds of CPU; on a machine shared with other work it needs more time.
  }, 120_000);
});
