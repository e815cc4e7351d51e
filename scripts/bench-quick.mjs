#!/usr/bin/env node
// Times quick capture, the command a clinician runs between patients, against its target: under a second.
// Also times `new` without a terminal (it must fail at once, not wait) and `node -e 0` as the floor.
// Usage: npm run bench:quick [-- RUNS]   (median and worst of RUNS runs each, default 15)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const runs = Number(process.argv[2] ?? 15);
const bin = path.resolve(import.meta.dirname, '../bin/mindlines.js');
const home = mkdtempSync(path.join(os.tmpdir(), 'mindlines-bench-'));
const journal = path.join(home, 'journal');
const env = { ...process.env, HOME: home, NO_COLOR: '1', GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
execFileSync(process.execPath, [bin, 'init', journal], { env, stdio: 'ignore' });

function time(args, input = '') {
  const samples = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(args[0], args.slice(1), { env, cwd: journal, input, encoding: 'utf8' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    status = result.status;
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], worst: samples.at(-1), status };
}

const rows = [
  ['node -e 0', time([process.execPath, '-e', '0'])],
  ['quick "plain note"', time([process.execPath, bin, 'quick', 'lactate before fluids, said the registrar'])],
  ['quick "yesterday: …"', time([process.execPath, bin, 'quick', 'yesterday: lactate before fluids'])],
  ['quick "last Tuesday - …"', time([process.execPath, bin, 'quick', 'last Tuesday - NICE NG136 changed my targets'])],
  ['quick "20/11/2026: …" (chrono)', time([process.execPath, bin, 'quick', '20/11/2026: audit of warfarin monitoring'])],
  ['quick from stdin', time([process.execPath, bin, 'quick'], 'sepsis: lactate before fluids\n')],
  ['new </dev/null (exit 2)', time([process.execPath, bin, 'new'])],
];
rmSync(home, { recursive: true, force: true });

console.log(`${runs} runs each, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}`);
console.log('| command | median ms | worst ms | exit |');
console.log('|---|---|---|---|');
for (const [name, r] of rows) console.log(`| ${name} | ${r.median.toFixed(0)} | ${r.worst.toFixed(0)} | ${r.status} |`);
const slow = rows.filter(([name, r]) => name.startsWith('quick') && r.median >= 1000);
if (slow.length > 0) {
  console.error(`quick capture is over its 1 s target: ${slow.map(([n]) => n).join(', ')}`);
  process.exitCode = 1;
}
