import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/faults.mjs');

// The short run of the fault battery (`npm run faults` runs the whole: 300 kills, a full disk, three clones). Separate
// processes are its point: parallel writers on one entry (bug: 8 parallel `actions done` kept one in 2 runs of 6),
// and writes killed with SIGKILL.
describe('records survive parallel writers and kill -9 (the fault battery, short)', () => {
  it('keeps every change ten parallel writers made to one entry, and every entry a killed write said it saved', () => {
    const run = spawnSync(process.execPath, [SCRIPT, '--short'], { encoding: 'utf8', env: { ...process.env, MINDLINES_FAULT_SEED: '14' } });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('parallel: 10 writers on one entry'))).toMatch(/\s1\s+10\s+10\s+0\s+ok$/);
    expect(lines.find((l) => l.startsWith('total'))).toMatch(/\s0\s+ok in \d+ s$/);
  }, 180_000);
});
