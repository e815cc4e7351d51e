// `npm run bench` (through scripts/bench.mjs), or `node scripts/bench-index.mjs`: how fast `list` and `search`
// answer on synthetic journals of 1,000 and 10,000 entries, side by side with `grep -rl` over the same folder (the
// floor: a raw scan of every file) and `node -e 0` (Node's own start-up). Every measurement is the median of
// BENCH_RUNS runs (default 7, at least 5), taken round-robin so a busy machine slows all of them alike. Prints a
// Markdown table (README.md "Finding entries fast") and checks the targets.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJournal } from './generate-journal.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(here, '../bin/mindlines.js');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const RARE = 'zygomaticofacial';
const NOW = '2026-11-27';
const SINCE = 'last year';

const work = mkdtempSync(path.join(os.tmpdir(), 'mindlines-bench-'));
const home = path.join(work, 'home');
const env = { ...process.env, HOME: home, MINDLINES_NOW: NOW, NO_COLOR: '1', TZ: 'UTC' };
delete env.MINDLINES_DIR;

function time(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !(command === 'grep' && result.status === 1)) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return { ms, stdout: result.stdout.toString('utf8') };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Peak resident memory of one run, read by a preloaded hook as the process exits. */
function peakRss(args) {
  const out = path.join(work, `rss-${process.pid}.txt`);
  const hook = path.join(work, 'rss-hook.cjs');
  writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`);
  spawnSync(process.execPath, ['--require', hook, BIN, ...args], { env, stdio: 'ignore' });
  return Number(readFileSync(out, 'utf8')) / 1024;
}

const rows = [];
const checks = [];
for (const size of SIZES) {
  const root = path.join(work, `journal-${size}`);
  const planted = [3, Math.floor(size / 2), size - 2].filter((n, i, all) => all.indexOf(n) === i);
  process.stderr.write(`generating ${size} entries in ${root}\n`);
  const entries = generateJournal(root, size, { plant: { [RARE]: planted } });
  const expectedRare = new Set(entries.filter((e) => e.words.includes(RARE)).map((e) => e.path));
  const since = '2025-11-27';
  const expectedSince = entries.filter((e) => e.date >= since).length;
  const cli = (...args) => [BIN, '--journal', root, ...args];
  const dropIndex = () => rmSync(path.join(root, '.mindlines'), { recursive: true, force: true });
  const cases = [
    { name: 'node -e 0', run: () => time(process.execPath, ['-e', '0']) },
    { name: 'mindlines --help', run: () => time(process.execPath, [BIN, '--help']) },
    { name: `grep -rl ${RARE}`, run: () => time('grep', ['-rl', RARE, root]) },
    { name: `list --since "${SINCE}" (cold)`, run: () => (dropIndex(), time(process.execPath, cli('list', '--json', '--since', SINCE))) },
    { name: `list --since "${SINCE}" (warm)`, run: () => time(process.execPath, cli('list', '--json', '--since', SINCE)) },
    { name: `search ${RARE} (cold)`, run: () => (dropIndex(), time(process.execPath, cli('search', '--json', RARE))) },
    { name: `search ${RARE} (warm)`, run: () => time(process.execPath, cli('search', '--json', RARE)) },
  ];
  const samples = new Map(cases.map((c) => [c.name, []]));
  const outputs = new Map();
  // One warm-up of each, then RUNS rounds, each running every case once (cold cases drop the index first; each warm
  // case follows a case that left a current index behind).
  for (const c of cases) outputs.set(c.name, c.run().stdout);
  for (let round = 0; round < RUNS; round++) {
    process.stderr.write(`  ${size}: round ${round + 1}/${RUNS}\r`);
    for (const c of cases) {
      const { ms, stdout } = c.run();
      samples.get(c.name).push(ms);
      outputs.set(c.name, stdout);
    }
  }
  process.stderr.write('\n');
  // The answers must be right, or the times mean nothing.
  const searchPaths = (name) => new Set(JSON.parse(outputs.get(name)).map((hit) => hit.path));
  const grepPaths = new Set(outputs.get(`grep -rl ${RARE}`).trim().split('\n').map((p) => path.relative(root, p)));
  for (const name of [`search ${RARE} (cold)`, `search ${RARE} (warm)`]) {
    const got = searchPaths(name);
    const ok = got.size === expectedRare.size && [...expectedRare].every((p) => got.has(p) && grepPaths.has(p));
    checks.push({ what: `${size}: ${name} finds exactly the ${expectedRare.size} planted entries`, ok });
  }
  for (const name of [`list --since "${SINCE}" (cold)`, `list --since "${SINCE}" (warm)`]) {
    const got = JSON.parse(outputs.get(name)).length;
    checks.push({ what: `${size}: ${name} returns the ${expectedSince} entries since ${since}`, ok: got === expectedSince });
  }
  const grep = median(samples.get(`grep -rl ${RARE}`));
  const node = median(samples.get('node -e 0'));
  for (const c of cases) {
    const ms = median(samples.get(c.name));
    rows.push({ size, name: c.name, ms, ratio: ms / grep, node: ms / node });
  }
  time(process.execPath, cli('search', '--json', RARE)); // make sure the index is current for the memory run
  const rss = median(Array.from({ length: 3 }, () => peakRss(['--journal', root, 'search', '--json', RARE])));
  rows.push({ size, name: `peak RSS, warm search`, rss });
  if (size === Math.max(...SIZES)) {
    const get = (name) => rows.find((r) => r.size === size && r.name === name);
    const target = (what, value, limit, unit = '×') => checks.push({ what: `${what}: ${value.toFixed(2)}${unit} (target ≤ ${limit}${unit})`, ok: value <= limit });
    target('--help vs node -e 0', get('mindlines --help').node, 1.5);
    target('warm search vs grep -rl', get(`search ${RARE} (warm)`).ratio, 1.5);
    target(`warm list --since vs grep -rl`, get(`list --since "${SINCE}" (warm)`).ratio, 1.5);
    target('cold search vs grep -rl', get(`search ${RARE} (cold)`).ratio, 5);
    checks.push({ what: `peak RSS of a warm search: ${rss.toFixed(0)} MB (target < 150 MB)`, ok: rss < 150 });
  }
}

const cpus = os.cpus();
console.log(`\nmindlines bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, median of ${RUNS} runs\n`);
console.log('| entries | command | median ms | × grep -rl |');
console.log('|---:|---|---:|---:|');
for (const row of rows) {
  if (row.rss !== undefined) console.log(`| ${row.size} | ${row.name} | ${row.rss.toFixed(0)} MB | |`);
  else console.log(`| ${row.size} | ${row.name} | ${row.ms.toFixed(0)} | ${row.ratio.toFixed(2)} |`);
}
console.log('');
for (const check of checks) console.log(`${check.ok ? 'met    ' : 'NOT MET'}  ${check.what}`);
if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
else console.log(`\njournals kept in ${work}`);
// A wrong answer or a missed target fails the run (scripts/bench.mjs then fails too).
process.exitCode = checks.some((c) => !c.ok) ? 1 : 0;
