#!/usr/bin/env node
// `npm run bench` (through scripts/bench.mjs), or `node scripts/bench-check.mjs`: how long `mindlines check` takes
// over a synthetic journal of 10,000 entries (~3 KB each), cold (the first run after the files were written: no
// .mindlines cache, the name lexicon and the scanner loaded from scratch) and warm (the median of the next runs),
// in wall time and, where GNU time is there, CPU time (what the target is judged on: the machines running this are
// shared). Issue 13: every free-text field is scanned and the scanner does more per entry than it did.
// Target: a warm check of 10,000 entries within 30 s of CPU (3 ms an entry). BENCH_SIZES=2000 for a quicker run.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateJournal } from './generate-journal.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(here, '../bin/mindlines.js');
const SIZES = (process.env.BENCH_SIZES ?? '10000').split(',').map(Number);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const TARGET_MS_PER_ENTRY = 3;
const work = mkdtempSync(path.join(os.tmpdir(), 'mindlines-bench-check-'));
const env = { ...process.env, HOME: path.join(work, 'home'), MINDLINES_NOW: '2026-11-27', NO_COLOR: '1', TZ: 'UTC' };
delete env.MINDLINES_DIR;
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuFile = path.join(work, 'cpu');

/** One `check` run: wall ms, CPU ms (user + system, when GNU time is there) and its exit code. */
function run(root) {
  const args = [process.execPath, BIN, '--journal', root, 'check'];
  const command = gnuTime ? [gnuTime, '-f', '%U %S', '-o', cpuFile, ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = gnuTime ? (readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1) ?? '').split(/\s+/).map(Number).reduce((a, b) => a + b, 0) * 1000 : NaN;
  if (result.status !== 0 && result.status !== 1) throw new Error(`check exited ${result.status}: ${result.stderr}`);
  return { wall, cpu, status: result.status };
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`check over synthetic journals; ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}`);
console.log('| entries | cold wall s | cold CPU s | warm wall s (median) | warm CPU s (median) | warm CPU ms/entry |');
console.log('|---|---|---|---|---|---|');
let failed = false;
for (const size of SIZES) {
  const root = path.join(work, `journal-${size}`);
  process.stderr.write(`generating ${size} entries\n`);
  generateJournal(root, size);
  const cold = run(root);
  const warm = Array.from({ length: RUNS }, () => run(root));
  const warmWall = median(warm.map((r) => r.wall));
  const warmCpu = median(warm.map((r) => r.cpu));
  const perEntry = (Number.isNaN(warmCpu) ? warmWall : warmCpu) / size;
  const s = (ms) => (Number.isNaN(ms) ? 'n/a' : (ms / 1000).toFixed(1));
  console.log(`| ${size} | ${s(cold.wall)} | ${s(cold.cpu)} | ${s(warmWall)} | ${s(warmCpu)} | ${perEntry.toFixed(2)} |`);
  if (perEntry > TARGET_MS_PER_ENTRY) failed = true;
}
rmSync(work, { recursive: true, force: true });
if (failed) {
  console.error(`check: over its target of ${TARGET_MS_PER_ENTRY} ms of CPU an entry`);
  process.exitCode = 1;
} else console.log(`check: within its target of ${TARGET_MS_PER_ENTRY} ms of CPU an entry.`);
