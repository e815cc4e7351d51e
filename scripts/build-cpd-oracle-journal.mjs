// Builds the cpd-oracle fixture journal (test/fixtures/journals/cpd-oracle) in a folder by running the BUILT CLI,
// as a user would: `init --mode team`, then `new --answers` for each answers file and `quick` for each line of
// quick-notes.txt, each with MINDLINES_NOW at the entry's date (noon UTC; never after the journal's clock).
//
//   node scripts/build-cpd-oracle-journal.mjs DIR    (needs dist/: npx tsc -p tsconfig.build.json)
//
// Prints the manifest on stdout: for each answers file or note ("quick-notes.txt:N") the entry's id, short id and
// path, or `refused` with the CLI's message. A test passes its own runner (the CLI run in-process), so the journal is
// built by the same commands without starting 46 processes. Two keys of an answers file are for this builder, not for mindlines:
// `template` (passed as --template) and `author` (the journal's `author:` setting while that entry is written).
// builds_on items "@NN-name" name an earlier answers file and become that entry's id.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { FIXTURE, readEntries, readSettings } from './cpd-oracle.mjs';

const BIN = path.resolve(import.meta.dirname, '../bin/mindlines.js');

/** Runs the built CLI in a child process: the runner the script uses. */
export function spawnRunner(dir, now, args) {
  const result = spawnSync(process.execPath, [BIN, '--journal', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, MINDLINES_NOW: now, NO_COLOR: '1', MINDLINES_DIR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** Sets the journal's `author:` line (mindlines.yaml), which `new` and `quick` record on each entry. */
function setAuthor(dir, author) {
  const file = path.join(dir, 'mindlines.yaml');
  const text = readFileSync(file, 'utf8').replace(/^author:.*\n/m, '');
  writeFileSync(file, `${text.trimEnd()}\nauthor: ${JSON.stringify(author)}\n`);
}

const shortIdOf = (id) => id.slice(-4).toLowerCase();

/**
 * Builds the journal in `dir` with `run(dir, now, args)` (sync or async; { code, stdout, stderr }), by default the
 * built CLI in a child process. Resolves to the manifest.
 */
export async function buildCpdOracleJournal(dir, fixture = FIXTURE, run = spawnRunner) {
  const settings = readSettings(fixture);
  const clock = settings.clock;
  const init = await run(dir, clock, ['init', '--mode', settings.mode, '--name', settings.name]);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  const manifest = {};
  const scratch = mkdtempSync(path.join(tmpdir(), 'cpd-oracle-answers-'));
  try {
    for (const entry of readEntries(fixture).sort((a, b) => a.source.localeCompare(b.source))) {
      const noon = `${entry.date}T12:00:00Z`;
      const now = noon < clock ? noon : clock;
      setAuthor(dir, entry.author);
      let result;
      if (entry.status === 'draft') {
        result = await run(dir, now, ['quick', entry.text]);
      } else {
        const { template, author: _author, ...answers } = entry.answers;
        if (answers.builds_on) answers.builds_on = answers.builds_on.map((ref) => (ref.startsWith('@') ? manifest[`${ref.slice(1)}.yaml`]?.id ?? ref : ref));
        const file = path.join(scratch, entry.source);
        writeFileSync(file, YAML.stringify(answers));
        result = await run(dir, now, ['new', '--answers', file, '--template', template ?? 'constructivist', '--json']);
      }
      if (result.code !== 0) {
        manifest[entry.source] = { refused: result.stderr.trim().replaceAll(scratch, 'answers'), exitCode: result.code };
        continue;
      }
      const written = entry.status === 'draft' ? { path: result.stdout.trim() } : JSON.parse(result.stdout);
      const id = written.id ?? readFileSync(path.resolve(dir, written.path), 'utf8').match(/^id: (\S+)$/m)?.[1];
      manifest[entry.source] = { id, shortId: shortIdOf(id), path: path.relative(dir, path.resolve(dir, written.path)) };
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    setAuthor(dir, settings.author);
  }
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : mkdtempSync(path.join(tmpdir(), 'cpd-oracle-journal-'));
  const manifest = await buildCpdOracleJournal(dir);
  const refused = Object.entries(manifest).filter(([, m]) => m.refused);
  process.stderr.write(`built ${dir}: ${Object.keys(manifest).length - refused.length} entries, ${refused.length} refused\n`);
  for (const [source, m] of refused) process.stderr.write(`  refused ${source}: ${m.refused}\n`);
  process.stdout.write(`${JSON.stringify({ journal: dir, manifest }, null, 2)}\n`);
}
