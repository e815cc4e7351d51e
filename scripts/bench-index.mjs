// `npm run bench` (through scripts/bench.mjs), or `node scripts/bench-index.mjs`: every row of issue 15's table on a
// synthetic journal (scripts/generate-journal.mjs, about 3 KB per entry, a rare word planted in known entries), side
// by side with `grep -rl` over the same folder (a raw scan of every file) and `node -e 0` (Node's own start-up).
// Each case runs once to warm up, then BENCH_RUNS rounds (default 7) that each run every case once, so a busy
// machine slows all of them alike; the table gives medians and ratios. The answers are checked (a search finds
// exactly the planted entries, a list exactly the entries of the year), or the times mean nothing.
// BENCH_SIZE sets the number of entries (default 10000); scripts/index-bench-50k.mjs runs 50,000.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJournal } from './generate-journal.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(here, '../bin/mindlines.js');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 7));
const SIZE = Number(process.env.BENCH_SIZE ?? 10000);
const RARE = 'zygomaticofacial';
const NOW = '2026-11-27';
const SINCE = '2025-11-27';

const work = mkdtempSync(path.join(os.tmpdir(), 'mindlines-bench-'));
const home = path.join(work, 'home');
const env = { ...process.env, HOME: home, MINDLINES_NOW: NOW, NO_COLOR: '1', TZ: 'UTC', GIT_CONFIG_GLOBAL: path.join(work, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
delete env.MINDLINES_DIR;

/** Runs a command to the end; `ok` lists the exit codes that are not a failure. */
function time(command, args, ok = [0]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!ok.includes(result.status)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout.toString('utf8') };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Peak resident memory (MB) of one run of the CLI, read by a preloaded hook as the process exits. */
function peakRss(args) {
  const out = path.join(work, 'rss.txt');
  const hook = path.join(work, 'rss-hook.cjs');
  writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`);
  spawnSync(process.execPath, ['--require', hook, BIN, ...args], { env, stdio: 'ignore' });
  return Number(readFileSync(out, 'utf8')) / 1024;
}

process.stderr.write(`generating ${SIZE} entries (twice: one journal keeps its index, one is indexed from nothing)\n`);
const root = path.join(work, 'journal');
const coldRoot = path.join(work, 'cold');
const planted = [3, Math.floor(SIZE / 2), SIZE - 2];
const entries = generateJournal(root, SIZE, { plant: { [RARE]: planted } });
generateJournal(coldRoot, SIZE, { plant: { [RARE]: planted } });
const quickRoot = path.join(work, 'quick');
execFileSync(process.execPath, [BIN, 'init', quickRoot], { env, stdio: 'ignore' });
const expectedRare = new Set(entries.filter((e) => e.words.includes(RARE)).map((e) => e.path));
const expectedYear = entries.filter((e) => e.date >= SINCE && e.date <= NOW).length;
const shown = entries[Math.floor(SIZE / 3)];
const cli = (...args) => [BIN, '--journal', root, ...args];

// Each row of the table: what it runs, and what its ratio is taken against (grep -rl, or node -e 0).
const cases = [
  { name: 'node -e 0', run: () => time(process.execPath, ['-e', '0']) },
  { name: `grep -rl ${RARE}`, run: () => time('grep', ['-rl', RARE, root], [0, 1]) },
  { name: '--help', base: 'node', target: 1.2, run: () => time(process.execPath, [BIN, '--help']) },
  { name: `warm search ${RARE}`, base: 'grep', target: SIZE >= 50000 ? 1.0 : 1.5, run: () => time(process.execPath, cli('search', '--json', RARE)) },
  { name: `warm list --since ${SINCE} --until ${NOW} --json`, base: 'grep', target: 1.5, run: () => time(process.execPath, cli('list', '--json', '--since', SINCE, '--until', NOW)) },
  {
    name: `cold search ${RARE} (no index)`,
    base: 'grep',
    target: 10,
    run: () => (rmSync(path.join(coldRoot, '.mindlines'), { recursive: true, force: true }), time(process.execPath, [BIN, '--journal', coldRoot, 'search', '--json', RARE])),
  },
  { name: `show ${shown.id.slice(0, 12)}`, base: 'node', target: 2, run: () => time(process.execPath, cli('show', shown.id.slice(0, 12))) },
  { name: 'stats --json', base: 'grep', target: 3, run: () => time(process.execPath, cli('stats', '--json')) },
  { name: 'export cpd --format json', base: 'grep', target: 10, run: () => time(process.execPath, cli('export', 'cpd', '--format', 'json', '--allow-findings')) },
  // check exits 1 when it finds anything: the synthetic text may look like a name here and there.
  { name: 'check (unchanged since the last run)', base: 'grep', target: 3, run: () => time(process.execPath, cli('check', '--json'), [0, 1]) },
  { name: 'quick "note"', base: 'node', target: 2, run: () => time(process.execPath, [BIN, '--journal', quickRoot, 'quick', 'spacers need a mask under five']) },
];

const samples = new Map(cases.map((c) => [c.name, []]));
const outputs = new Map();
for (const c of cases) outputs.set(c.name, c.run().stdout);
for (let round = 0; round < RUNS; round++) {
  process.stderr.write(`  ${SIZE}: round ${round + 1}/${RUNS}\r`);
  for (const c of cases) {
    const { ms, stdout } = c.run();
    samples.get(c.name).push(ms);
    outputs.set(c.name, stdout);
  }
}
process.stderr.write('\n');

const checks = [];
const searchPaths = (name) => new Set(JSON.parse(outputs.get(name)).map((hit) => hit.path));
for (const name of [`warm search ${RARE}`, `cold search ${RARE} (no index)`]) {
  const got = searchPaths(name);
  checks.push({ what: `${name} finds exactly the ${expectedRare.size} planted entries`, ok: got.size === expectedRare.size && [...expectedRare].every((p) => got.has(p)) });
}
const listed = JSON.parse(outputs.get(`warm list --since ${SINCE} --until ${NOW} --json`)).length;
checks.push({ what: `warm list returns the ${expectedYear} entries of the year`, ok: listed === expectedYear });
checks.push({ what: `show prints the entry asked for`, ok: outputs.get(`show ${shown.id.slice(0, 12)}`).includes(shown.title) });

const grep = median(samples.get(`grep -rl ${RARE}`));
const node = median(samples.get('node -e 0'));
const rows = cases.map((c) => {
  const ms = median(samples.get(c.name));
  const base = c.base === 'node' ? node : grep;
  return { ...c, ms, ratio: c.base ? ms / base : undefined };
});
rmSync(path.join(coldRoot, '.mindlines'), { recursive: true, force: true });
const coldRss = peakRss(['--journal', coldRoot, 'search', '--json', RARE]);
const warmRss = peakRss(['--journal', root, 'search', '--json', RARE]);

const cpus = os.cpus();
console.log(`\nmindlines bench: ${new Date().toISOString().slice(0, 10)}, ${SIZE} entries, Node ${process.versions.node}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, load ${os.loadavg()[0].toFixed(1)}, median of ${RUNS} interleaved rounds\n`);
console.log(`| command, ${SIZE} entries | median ms | ratio | target | met |`);
console.log('|---|---:|---:|---|---|');
for (const row of rows) {
  if (row.ratio === undefined) console.log(`| ${row.name} | ${row.ms.toFixed(0)} | | | |`);
  else console.log(`| \`${row.name}\` | ${row.ms.toFixed(0)} | ${row.ratio.toFixed(2)}× ${row.base === 'node' ? '`node -e 0`' : '`grep -rl`'} | ≤ ${row.target}× | ${row.ratio <= row.target ? 'yes' : 'no'} |`);
}
console.log(`| peak RSS, cold search (index built) | ${coldRss.toFixed(0)} MB | | < 300 MB | ${coldRss < 300 ? 'yes' : 'no'} |`);
console.log(`| peak RSS, warm search | ${warmRss.toFixed(0)} MB | | | |`);
console.log('');
for (const check of checks) console.log(`${check.ok ? 'right  ' : 'WRONG  '}  ${check.what}`);
if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
else console.log(`\njournals kept in ${work}`);
// A wrong answer fails the run; a missed target is reported in the table, not a failure (the machine may be busy).
process.exitCode = checks.some((c) => !c.ok) ? 1 : 0;
