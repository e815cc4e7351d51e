#!/usr/bin/env node
// `npm run bench:50k` (not part of `npm run bench`, which runs scripts/bench-*.mjs): issue 15's table on a journal of 50,000 entries (scripts/bench-index.mjs with BENCH_SIZE),
// with fewer rounds: generating the journal and every cold build take minutes. Not part of `npm run bench`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const result = spawnSync(process.execPath, [path.join(import.meta.dirname, 'bench-index.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_SIZE: '50000', BENCH_RUNS: process.env.BENCH_RUNS ?? '3' },
});
process.exitCode = result.status ?? 1;
