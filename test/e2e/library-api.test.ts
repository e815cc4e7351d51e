import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/isolated-env.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/journals/nmc-known-totals');
const ROOT = path.resolve(import.meta.dirname, '../..');

function copy(name = 'journal') {
  const root = path.join(tempDir('mindlines-api-'), name);
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

// The library's stories run in-process in test/unit/index.test.ts; this one runs the example against the build.
describe('an educator scripts exports with the library API', () => {
  it('the example script in examples/ runs without a terminal against the built package', async () => {
    const out = tempDir('mindlines-api-out-');
    const clean = copy('trainee-a');
    const flagged = copy('trainee-b');
    const file = path.join(flagged, 'entries/2025/03/2025-03-03-falls-huddle-aa04.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nNHS number 943 476 5919.\n`);
    const run = promisify(execFile);
    const result = await run(process.execPath, [path.join(ROOT, 'examples/cpd-for-every-trainee.mjs'), out, clean, flagged], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, MINDLINES_NOW: '2026-11-27', HOME: out },
    }).catch((error: { code: number; stdout: string }) => error);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ journal: 'Revalidation 2027', entries: 9, hours: 29.5, unmet: ['cpd-hours', 'participatory-hours', 'feedback', 'reflective-accounts'] });
    expect(readFileSync(lines[0].file, 'utf8')).toMatch(/^<!doctype html>/);
    expect(lines[1].refused).toEqual([expect.stringMatching(/falls-huddle-aa04\.md:\d+ nhs-number/)]);
    expect((result as { code?: number }).code).toBe(1);
  });
});
