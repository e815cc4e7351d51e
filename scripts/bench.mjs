#!/usr/bin/env node
// `npm run bench`: runs every scripts/bench-*.mjs in turn (one per feature, so features add benchmarks without
// editing a shared file) and fails when any of them misses its target.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const file of readdirSync(dir).filter((f) => /^bench-.*\.mjs$/.test(f)).sort()) {
  const result = spawnSync(process.execPath, [path.join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
