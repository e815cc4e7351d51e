// `npm run faults` (build first): the fault battery of issue 14, run against scratch journals with the built CLI.
// Parallel writers on one entry and on many, kill -9 at random points of each write path (300 trials), a full disk
// (a 256 KB tmpfs, where one can be mounted), permission and symbolic-link cases, and three clinicians syncing one
// repository with edits, renames and deletes. One line per case and a total: trials run, entries expected (what
// the commands said they saved), entries found whole, bytes lost (must be 0). Exit 1 when anything was lost or a
// case failed.
//
//   node scripts/faults.mjs            the full battery (several minutes on two cores)
//   node scripts/faults.mjs --short    a few trials of each case (npm test runs it: a few seconds)
//   MINDLINES_FAULT_SEED=7             another sequence of kill delays; KEEP_FAULT_DIRS=1 keeps the journals
import { cleanUp } from './faults/harness.mjs';
import { atomicReplace, killActionsDone, killEditRename, killQuick, killReindex, killSync, killVisibility } from './faults/kills.mjs';
import { fullDisk, parallelManyEntries, parallelOneEntry, permissions, staleAndLiveLocks, symlinks } from './faults/disk.mjs';
import { threeClones } from './faults/team.mjs';

const short = process.argv.includes('--short');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

/**
 * Each case with its trials: [full, short]. The kill cases add up to 300 in the full run. The short run (in
 * `npm test`) keeps to a few cases that cost little; the others have their own tests in test/ at a cheaper depth.
 */
const CASES = [
  ['parallel-one', (n) => parallelOneEntry(n), [3, 1]],
  ['parallel-many', (n) => parallelManyEntries(n), [8, 0]],
  ['kill-atomic', (n) => atomicReplace(n), [60, 5]],
  ['kill-quick', (n) => killQuick(n), [70, 3]],
  ['kill-actions', (n) => killActionsDone(n), [60, 0]],
  ['kill-visibility', (n) => killVisibility(n), [40, 0]],
  ['kill-edit', (n) => killEditRename(n), [40, 0]],
  ['kill-reindex', (n) => killReindex(n, 300), [20, 0]],
  ['kill-sync', (n) => killSync(n), [10, 0]],
  ['locks', () => staleAndLiveLocks(), [1, 0]],
  ['full-disk', () => fullDisk(), [1, 0]],
  ['permissions', () => permissions(), [1, 0]],
  ['symlinks', () => symlinks(), [1, 0]],
  ['three-clones', (n) => threeClones(n), [6, 0]],
];
if (short) process.env.MINDLINES_FAULT_SHORT = '1';

/** Wide enough for the longest case name, so the numbers line up. */
const NAME = 42;
const pad = (text, width) => String(text).padEnd(width);
const num = (value, width) => String(value).padStart(width);
const header = `${pad('case', NAME)}${num('trials', 7)}${num('expected', 10)}${num('found', 7)}${num('lost', 6)}  result`;
process.stdout.write(`${header}\n${'-'.repeat(header.length + 30)}\n`);

const total = { trials: 0, expected: 0, found: 0, lost: 0, failed: 0 };
const started = Date.now();
for (const [key, run, [full, few]] of CASES) {
  if (only && !key.startsWith(only)) continue;
  const trials = short ? few : full;
  if (trials === 0) continue;
  let result;
  try {
    result = await run(trials);
  } catch (error) {
    result = { name: key, trials, expected: 0, found: 0, lost: 0, ok: false, note: `failed: ${error instanceof Error ? error.message.split('\n')[0] : error}` };
  }
  const ok = result.skipped ? true : (result.ok ?? true) && result.lost === 0 && result.found === result.expected;
  if (!ok) total.failed++;
  if (!result.skipped) {
    total.trials += result.trials;
    total.expected += result.expected;
    total.found += result.found;
    total.lost += result.lost;
  }
  const verdict = result.skipped ? `skipped: ${result.skipped}` : `${ok ? 'ok' : 'FAILED'}${result.note ? ` (${result.note})` : ''}`;
  process.stdout.write(`${pad(result.name, NAME)}${num(result.trials, 7)}${num(result.expected, 10)}${num(result.found, 7)}${num(result.lost, 6)}  ${verdict}\n`);
}
cleanUp();
process.stdout.write(`${'-'.repeat(header.length + 30)}\n`);
process.stdout.write(
  `${pad('total', NAME)}${num(total.trials, 7)}${num(total.expected, 10)}${num(total.found, 7)}${num(total.lost, 6)}  ${total.failed === 0 ? 'ok' : `${total.failed} FAILED`} in ${Math.round((Date.now() - started) / 1000)} s\n`,
);
process.exit(total.failed === 0 && total.lost === 0 ? 0 : 1);
