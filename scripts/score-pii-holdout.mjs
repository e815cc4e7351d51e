#!/usr/bin/env node
// Scores the built identifier scanner (dist/) on the held-out corpus in test/fixtures/pii-holdout (issue 13):
// per-kind span recall, overall span recall and the share of clean lines flagged, for all findings and for the
// medium and high ones that make `check` fail. Prints no planted value; `--details` adds the file:line of each miss
// and false positive. Build first: npx tsc -p tsconfig.build.json.
//
//   node scripts/score-pii-holdout.mjs [--dir DIR] [--details] [--json]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatSpanScore, HOLDOUT_DIR, loadHoldout, scoreSpans } from './pii-span-score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { dir: { type: 'string', default: HOLDOUT_DIR }, details: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const scanner = path.join(root, 'dist/core/privacy/scan.js');
if (!existsSync(scanner)) {
  console.error('score-pii-holdout: dist/ has no scanner; build it first with: npx tsc -p tsconfig.build.json');
  process.exit(2);
}
const { scanText } = await import(scanner);
const { loadNameLexicon } = await import(path.join(root, 'dist/adapters/fs-name-lexicon.js'));
const lexicon = loadNameLexicon();
const docs = loadHoldout(args.dir);
const detect = (text, file) => scanText(text, file, { lexicon });
const all = scoreSpans(detect, { docs });
const blocking = scoreSpans(detect, { docs, confidences: ['medium', 'high'] });
if (args.json) {
  const strip = ({ misses, falsePositives, ...figures }) => (args.details ? { ...figures, misses, falsePositives } : figures);
  console.log(JSON.stringify({ all: strip(all), mediumAndHigh: strip(blocking) }, null, 2));
} else {
  console.log(formatSpanScore('all findings', all));
  console.log('');
  console.log(
    `medium and high only (what makes check fail): span recall ${blocking.recall.toFixed(3)}, clean lines flagged ${(100 * blocking.falsePositiveRate).toFixed(1)}% (${blocking.flaggedCleanLines}/${blocking.cleanLines})`,
  );
  if (args.details) {
    console.log(`\nmissed spans (${all.misses.length}):\n${all.misses.join('\n')}`);
    console.log(`\nflagged clean lines (${all.falsePositives.length}):\n${all.falsePositives.join('\n')}`);
  }
}
