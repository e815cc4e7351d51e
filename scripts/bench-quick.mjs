#!/usr/bin/env node
// Times quick capture, the command a clinician runs between patients, against its target: under a second.
// Also times `new` without a terminal (it must fail at once, not wait) and `node -e 0` as the floor.
// Usage: npm run bench:quick [-- RUNS]   (median and worst of RUNS runs each, default 15)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const runs = Number(process.argv[2] ?? 15);
const bin = path.resolve(import.meta.dirname, '../bin/mindlines.js');
const home = mkdtempSync(path.join(os.tmpdir(), 'mindlines-bench-'));
const journal = path.join(home, 'journal');
const env = { ...process.env, HOME: home, NO_COLOR: '1', GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
execFileSync(process.execPath, [bin, 'init', journal], { env, stdio: 'ignore' });

// CPU time (user + system) says what the command costs even when other work shares the cores; GNU time gives it.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuFile = path.join(home, 'cpu');

function time(args, input = '') {
  const samples = [];
  const cpu = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const command = gnuTime ? [gnuTime, '-f', '%U %S', '-o', cpuFile, ...args] : args;
    const start = process.hrtime.bigint();
    const result = spawnSync(command[0], command.slice(1), { env, cwd: journal, input, encoding: 'utf8' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (gnuTime) cpu.push((readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1) ?? '').split(/\s+/).map(Number).reduce((a, b) => a + b, 0) * 1000);
    status = result.status;
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { median: median(samples), worst: Math.max(...samples), cpu: cpu.length ? median(cpu) : NaN, status };
}

const rows = [
  ['node -e 0', time([process.execPath, '-e', '0'])],
  ['quick "plain note"', time([process.execPath, bin, 'quick', 'lactate before fluids, said the registrar'])],
  ['quick "yesterday: …"', time([process.execPath, bin, 'quick', 'yesterday: lactate before fluids'])],
  ['quick "last Tuesday - …"', time([process.execPath, bin, 'quick', 'last Tuesday - NICE NG136 changed my targets'])],
  ['quick "20/11/2026: …"', time([process.execPath, bin, 'quick', '20/11/2026: audit of warfarin monitoring'])],
  ['quick "12th November: …" (chrono)', time([process.execPath, bin, 'quick', '12th November: audit of warfarin monitoring'])],
  ['quick from stdin', time([process.execPath, bin, 'quick'], 'sepsis: lactate before fluids\n')],
  ['new </dev/null (exit 2)', time([process.execPath, bin, 'new'])],
];
rmSync(home, { recursive: true, force: true });

console.log(`${runs} runs each, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}`);
console.log('| command | median ms | worst ms | median CPU ms | exit |');
console.log('|---|---|---|---|---|');
for (const [name, r] of rows) console.log(`| ${name} | ${r.median.toFixed(0)} | ${r.worst.toFixed(0)} | ${r.cpu.toFixed(0)} | ${r.status} |`);
// The target is judged on CPU time when it is known: on a machine shared with other work, wall time measures the
// queue for the cores as much as mindlines (compare the `node -e 0` row with its ~105 ms on a quiet machine).
const cost = (r) => (Number.isNaN(r.cpu) ? r.median : r.cpu);
const slow = rows.filter(([name, r]) => name.startsWith('quick') && cost(r) >= 1000);
if (slow.length > 0) {
  console.error(`quick capture is over its 1 s target: ${slow.map(([n]) => n).join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(`quick capture is under its 1 s target (judged on ${gnuTime ? 'CPU' : 'wall'} time).`);
}
