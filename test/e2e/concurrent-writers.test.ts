import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';

const ACTIONS = 6;

/** A reflection with eight action points, written as `new --answers` would. */
async function entryWithActions(j: Awaited<ReturnType<typeof gitJournal>>): Promise<{ id: string; file: () => string }> {
  const answers = {
    title: 'Eight things to try',
    experience: 'A busy clinic.',
    learning: 'Several small changes.',
    visibility: 'team',
    actions: Array.from({ length: ACTIONS }, (_, i) => ({ text: `change ${i + 1}` })),
  };
  const made = await j.run(['new', '--answers', '-', '--json'], JSON.stringify(answers));
  expect(made.code, made.stderr).toBe(0);
  const { id } = JSON.parse(made.stdout) as { id: string };
  const file = () => {
    for (const folder of ['entries', 'private']) {
      const found = readdirSync(path.join(j.root, folder), { recursive: true, encoding: 'utf8' }).find((n) => n.endsWith('.md') && n.includes(id.slice(-4).toLowerCase()));
      if (found) return path.join(j.root, folder, found);
    }
    throw new Error('entry not found');
  };
  return { id, file };
}

// Separate processes, because the point is several mindlines changing one entry file at the same moment. One
// test, as each process costs a Node start-up: a team journal, so the visibility change also moves the file.
describe('several people (or terminals) change one entry at the same moment', () => {
  it(`keeps all ${ACTIONS} actions marked done by parallel \`actions done\`, while the entry moves to private/ (bug: 2 runs in 6 kept one)`, async () => {
    const j = await gitJournal(['--mode', 'team']);
    const { id, file } = await entryWithActions(j);
    const runs = await Promise.all([
      j.spawn(['visibility', id, 'private']),
      ...Array.from({ length: ACTIONS }, (_, i) => j.spawn(['actions', 'done', `${id}#${i + 1}`])),
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(path.relative(j.root, file())).toMatch(/^private\//);
    const text = readFileSync(file(), 'utf8');
    expect(text).toMatch(/^visibility: private$/m);
    expect(text.match(/^ {4}done: 2026-/gm)).toHaveLength(ACTIONS);
    expect(readdirSync(path.dirname(file())).filter((n) => n.includes('.conflict-'))).toEqual([]);
    expect(readdirSync(path.join(j.root, 'entries'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'))).toEqual([]);
  }, 60_000);
});
