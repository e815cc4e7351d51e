import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateJournal, type GeneratedEntry } from '../../scripts/generate-journal.mjs';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const NOW = '2026-11-27';

describe('a team with years of entries finds what it needs', () => {
  let root: string;
  let entries: GeneratedEntry[];
  const { home, env } = isolatedEnv({ MINDLINES_NOW: NOW });
  const run = (...args: string[]) => runInProcess(['--journal', root, ...args], { cwd: home, env });
  const json = async (...args: string[]) => {
    const result = await run(...args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Record<string, unknown>[];
  };
  const pathsOf = (items: Record<string, unknown>[]) => items.map((i) => i.path as string).sort();

  beforeAll(() => {
    root = path.join(tempDir('mindlines-e2e-index-'), 'journal');
    entries = generateJournal(root, 400, { years: 4, plant: { quokka: [7, 150, 398], wombat: [150, 200] } });
  });

  it('finds exactly the entries a rare word was planted in, with score and highlighted snippet', async () => {
    const hits = await json('search', 'quokka', '--json');
    expect(pathsOf(hits)).toEqual([7, 150, 398].map((n) => entries[n]!.path).sort());
    for (const hit of hits) {
      expect(typeof hit.score).toBe('number');
      const [start, end] = (hit.highlights as [number, number][])[0]!;
      expect((hit.snippet as string).slice(start, end)).toBe('quokka');
    }
    expect(pathsOf(await json('search', 'quokka', 'wombat', '--json'))).toEqual([entries[150]!.path]);
    expect(pathsOf(await json('search', '"quokka and wombat"', '--json'))).toEqual([entries[150]!.path]);
    expect(await json('search', '"wombat and quokka"', '--json')).toEqual([]);
  });

  it('filters list by natural dates and every facet, exactly', async () => {
    const since = '2025-11-27';
    expect(pathsOf(await json('list', '--json', '--since', 'last year'))).toEqual(entries.filter((e) => e.date >= since).map((e) => e.path).sort());
    const window = await json('list', '--json', '--since', '2024-01-01', '--until', '2024-06-30');
    expect(pathsOf(window)).toEqual(entries.filter((e) => e.date >= '2024-01-01' && e.date <= '2024-06-30').map((e) => e.path).sort());
    const tagged = await json('list', '--json', '--tag', 'asthma', '--tag', 'sepsis');
    expect(pathsOf(tagged)).toEqual(entries.filter((e) => e.tags.includes('asthma') && e.tags.includes('sepsis')).map((e) => e.path).sort());
    const facets = await json('list', '--json', '--activity', 'audit', '--template', 'gibbs', '--visibility', 'team', '--status', 'complete', '--author', 'patel');
    expect(pathsOf(facets)).toEqual(
      entries
        .filter((e) => e.activity === 'audit' && e.template === 'gibbs' && e.visibility === 'team' && e.status === 'complete' && e.author === 'Sam Patel')
        .map((e) => e.path)
        .sort(),
    );
    const byHours = await json('list', '--json', '--sort', 'hours', '--limit', '5');
    expect(byHours).toHaveLength(5);
    expect(byHours.map((e) => e.hours)).toEqual([...entries.map((e) => e.hours)].sort((a, b) => b - a).slice(0, 5));
    const byTitle = await json('list', '--json', '--sort', 'title', '--limit', '3');
    expect(byTitle.map((e) => e.title)).toEqual([...entries.map((e) => e.title)].sort((a, b) => a.localeCompare(b)).slice(0, 3));
    const paths = await run('search', 'quokka', '--format', 'paths', '--since', '2026-01-01');
    expect(paths.stdout.trim().split('\n').sort()).toEqual(entries.filter((e) => e.words.includes('quokka') && e.date >= '2026-01-01').map((e) => e.path).sort());
  });

  it('prints a table with the snippet, and says so when nothing matches', async () => {
    const table = await run('search', 'quokka', '--limit', '1');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^\d{4}-\d{2}-\d{2} {2}[0-9a-z]{4} {2}.+\(\d+\.\d\d\)\n {4}.*quokka/);
    const none = await run('search', 'nonexistentword');
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Nothing matches "nonexistentword".');
  });

  it('refuses bad options with exit 2', async () => {
    expect((await run('list', '--limit', '0')).code).toBe(2);
    expect((await run('list', '--sort', 'colour')).code).toBe(2);
    expect((await run('list', '--since', 'not a date at all')).code).toBe(2);
    expect((await run('search', '""')).code).toBe(2);
  });

  it('sees a changed file and a deleted one at the next command, and rebuilds a truncated index without a word', async () => {
    const changed = path.join(root, entries[20]!.path);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('## What happened\n\n', '## What happened\n\nA quokka again. '));
    rmSync(path.join(root, entries[7]!.path));
    expect(pathsOf(await json('search', 'quokka', '--json'))).toEqual([20, 150, 398].map((n) => entries[n]!.path).sort());
    expect(await json('list', '--json')).toHaveLength(399);

    const index = path.join(root, '.mindlines/index.json');
    truncateSync(index, Math.floor(readFileSync(index).length / 3));
    expect(pathsOf(await json('search', 'quokka', '--json'))).toEqual([20, 150, 398].map((n) => entries[n]!.path).sort());
    expect(JSON.parse(readFileSync(index, 'utf8')).rows.count).toBe(399);
  });

  it('reindexes on request, with no progress bar when stderr is not a terminal', async () => {
    const result = await run('reindex');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('Indexed 399 entries.\n');
    const asJson = await json('reindex', '--json');
    expect(asJson).toEqual({ entries: 399, problems: [] });
  });
});
