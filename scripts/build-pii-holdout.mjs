#!/usr/bin/env node
// Writes test/fixtures/pii-holdout/: ~400 short synthetic notes and reflections in the styles clinicians write in the
// UK, Ireland, Australia and Canada, with planted identifiers at exact spans (labels.json), for measuring the
// identifier scanner on text and names it was never tuned on (issue 13). Deterministic for a seed; no network.
//
//   node scripts/build-pii-holdout.mjs                  regenerate the committed corpus
//   node scripts/build-pii-holdout.mjs --check          exit 1 if the committed corpus differs from what this gives
//   node scripts/build-pii-holdout.mjs --seed 7 --out /tmp/holdout-7
//                                                       a fresh, unshared variant (same lists, new combinations)
//   node scripts/build-pii-holdout.mjs --lexicon        how many of the hand-written names the scanner's lexicon
//                                                       knows now, and whether it has learnt held-out ones
//
// The names are hand-written (scripts/pii-holdout/names.mjs), never drawn from the packages the lexicon is built
// from; scripts/score-pii-holdout.mjs scores the built scanner on the result.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { composeDocument } from './pii-holdout/compose.mjs';
import { HELD_OUT_GIVEN, HELD_OUT_SURNAMES } from './pii-holdout/held-out.mjs';
import { communityNames, splitNames } from './pii-holdout/names.mjs';
import { nameKey, People } from './pii-holdout/people.mjs';
import { Pick } from './pii-holdout/random.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '20261301' },
    count: { type: 'string', default: '400' },
    out: { type: 'string', default: path.join(root, 'test/fixtures/pii-holdout') },
    check: { type: 'boolean', default: false },
    lexicon: { type: 'boolean', default: false },
  },
});

export const NEW_KINDS = ['ihi', 'ohip', 'eircode', 'ca-postcode', 'age-sex'];

function generate(seed, count) {
  const p = new Pick(seed);
  const people = new People(p);
  const files = {};
  for (let i = 0; i < count; i++) files[`hold-${String(i).padStart(4, '0')}.md`] = composeDocument({ p, people });
  return files;
}

/** labels.json: one span per line, so a diff shows which document changed. */
function serialiseLabels(seed, files) {
  const kinds = [...new Set(Object.values(files).flatMap((f) => f.spans.map((s) => s.kind)))].sort();
  const head = {
    about:
      'Planted identifier spans per file: line is 1-based; start and end are 0-based UTF-16 columns, end exclusive, on endLine when the span wraps onto a later line. clean lists the non-blank lines with no planted span (all must stay unflagged); tricky is the subset holding hard negatives. Synthetic data: no real person.',
    generator: 'scripts/build-pii-holdout.mjs',
    seed,
    kinds,
    newKinds: NEW_KINDS.filter((k) => kinds.includes(k)),
  };
  const body = Object.entries(files).map(([file, doc]) => {
    const spans = doc.spans.map((s) => `      ${JSON.stringify(s)}`).join(',\n');
    return `    ${JSON.stringify(file)}: {\n      "meta": ${JSON.stringify(doc.meta)},\n      "spans": [\n${spans.replace(/^ {6}/gm, '        ')}\n      ],\n      "clean": ${JSON.stringify(doc.clean)},\n      "tricky": ${JSON.stringify(doc.tricky)}\n    }`;
  });
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${headText},\n  "files": {\n${body.join(',\n')}\n  }\n}\n`;
}

function summary(files) {
  const docs = Object.values(files);
  const lines = docs.reduce((n, d) => n + d.text.split('\n').filter((l) => l.trim()).length, 0);
  const clean = docs.reduce((n, d) => n + d.clean.length, 0);
  const tricky = docs.reduce((n, d) => n + d.tricky.length, 0);
  const byKind = {};
  for (const d of docs) for (const s of d.spans) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
  const names = docs.flatMap((d) => d.spans.filter((s) => s.kind === 'person-name'));
  const held = names.filter((s) => s.heldOut).length;
  const perRegion = {};
  for (const d of docs) perRegion[d.meta.region] = (perRegion[d.meta.region] ?? 0) + 1;
  return [
    `${docs.length} documents (${Object.entries(perRegion).map(([r, n]) => `${r} ${n}`).join(', ')}), ${lines} non-blank lines`,
    `clean lines ${clean} (${((100 * clean) / lines).toFixed(1)}%), of which tricky ${tricky} (${((100 * tricky) / lines).toFixed(1)}% of all lines)`,
    `planted spans ${Object.values(byKind).reduce((a, b) => a + b, 0)}: ${Object.entries(byKind).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`,
    `person-name spans made only of held-out names: ${held}/${names.length}`,
  ].join('\n');
}

/** Reads the scanner's lexicon as text (it is generated data) without importing TypeScript. */
function lexiconReport() {
  const source = readFileSync(path.join(root, 'src/core/privacy/name-lexicon-data.ts'), 'utf8');
  const list = (name) => new Set((source.split(`export const ${name} = \``)[1] ?? '').split('`')[0].split('\n').filter(Boolean));
  const first = list('FIRST_NAMES');
  const last = list('SURNAMES');
  const knownWord = (w) => first.has(nameKey(w)) || last.has(nameKey(w)) || /^(Mc|Mac|O['’]|Fitz)\p{Lu}\p{Ll}+$/u.test(w) || (w.includes('-') && w.split('-').some((part) => last.has(nameKey(part))));
  const known = (name) => name.split(/\s+/).some(knownWord);
  let total = 0;
  let totalKnown = 0;
  for (const [community, { given, surnames }] of Object.entries(communityNames())) {
    const k = [...given, ...surnames].filter(known).length;
    total += given.length + surnames.length;
    totalKnown += k;
    console.log(`${community.padEnd(22)} ${String(k).padStart(3)}/${given.length + surnames.length} known`);
  }
  console.log(`all communities: the lexicon knows ${totalKnown}/${total} names (${((100 * totalKnown) / total).toFixed(1)}%)`);
  const held = [...splitNames(HELD_OUT_GIVEN), ...splitNames(HELD_OUT_SURNAMES)];
  const learnt = held.filter(known);
  console.log(`held-out names: ${held.length}; now known to the lexicon: ${learnt.length}`);
  // Names only, never patient data: these are the hand-written list entries.
  if (learnt.length) console.log(`learnt since the corpus was made (the held-out measure is weaker for these): ${learnt.join(', ')}`);
}

if (args.lexicon) {
  lexiconReport();
} else {
  const seed = Number(args.seed);
  const files = generate(seed, Number(args.count));
  const labels = serialiseLabels(seed, files);
  if (args.check) {
    const stale = Object.entries(files).filter(([file, doc]) => !existsSync(path.join(args.out, file)) || readFileSync(path.join(args.out, file), 'utf8') !== doc.text);
    const labelsStale = !existsSync(path.join(args.out, 'labels.json')) || readFileSync(path.join(args.out, 'labels.json'), 'utf8') !== labels;
    if (stale.length || labelsStale) {
      console.error(`pii-holdout: ${stale.length} documents${labelsStale ? ' and labels.json' : ''} differ from the generator; run node scripts/build-pii-holdout.mjs`);
      process.exitCode = 1;
    } else console.log('pii-holdout: up to date');
  } else {
    mkdirSync(args.out, { recursive: true });
    for (const old of readdirSync(args.out)) if (/^hold-\d{4}\.md$/.test(old)) rmSync(path.join(args.out, old));
    for (const [file, doc] of Object.entries(files)) writeFileSync(path.join(args.out, file), doc.text);
    writeFileSync(path.join(args.out, 'labels.json'), labels);
    console.log(summary(files));
  }
}
