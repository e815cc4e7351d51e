import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateJournal, type GeneratedEntry } from '../../scripts/generate-journal.mjs';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runCli } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

// Separate processes, because the point is what happens when several mindlines processes share one index file.
describe('a team with years of entries runs several commands at once', () => {
  let root: string;
  let entries: GeneratedEntry[];
  const { home, env } = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
  const run = (...args: string[]) => runCli(['--journal', root, ...args], { cwd: home, env });
  const pathsOf = (items: Record<string, unknown>[]) => items.map((i) => i.path as string).sort();

  beforeAll(async () => {
    root = path.join(tempDir('mindlines-e2e-index-'), 'journal');
    entries = generateJournal(root, 400, { years: 4 });
    // An index to start from, so that each round below finds it stale rather than missing.
    const built = await runInProcess(['--journal', root, 'reindex'], { cwd: home, env });
    if (built.code !== 0) throw new Error(built.stderr);
  });

  it('never corrupts the index when several commands run at once', async () => {
    for (let round = 0; round < 3; round++) {
      // Each round changes a file first, so every process finds the index stale and wants to write it.
      const file = path.join(root, entries[100 + round]!.path);
      writeFileSync(file, readFileSync(file, 'utf8').replace('## What happened\n\n', `## What happened\n\nconcurrent${round} `));
      const results = await Promise.all([
        ...Array.from({ length: 3 }, () => run('search', `concurrent${round}`, '--json')),
        ...Array.from({ length: 3 }, () => run('list', '--json', '--since', '2020-01-01')),
      ]);
      for (const result of results) {
        // Nothing on stderr but, on a loaded machine, the notice a wait of over a second gives (issue 14).
        expect(result.stderr.split('\n').filter((line) => line && !/^waiting for another mindlines \(pid \d+, updating the index, since .*\) to release the index…$/.test(line))).toEqual([]);
        expect(result.code).toBe(0);
      }
      for (const result of results.slice(0, 3)) expect(pathsOf(JSON.parse(result.stdout))).toEqual([entries[100 + round]!.path]);
      const index = JSON.parse(readFileSync(path.join(root, '.mindlines/index.json'), 'utf8'));
      expect(index.rows.count).toBe(400);
    }
  }, 120_000);
});
