import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/entries.js';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** A copy of the `loop` fixture journal, with the clock fixed by MINDLINES_NOW (as the README documents). */
function loopJournal(now = '2026-11-27') {
  const root = path.join(tempDir('mindlines-loop-'), 'journal');
  cpSync(path.join(FIXTURES, 'loop'), root, { recursive: true });
  const { home, env } = isolatedEnv({ MINDLINES_NOW: now });
  return {
    root,
    read: (rel: string) => readFileSync(path.join(root, rel), 'utf8'),
    run: (args: string[], at = now) => runInProcess(['--journal', root, ...args], { cwd: home, env: { ...env, MINDLINES_NOW: at } }),
  };
}

const SPACER = 'entries/2026/11/2026-11-01-spacer-technique-in-under-fives-sp01.md';
const SORE_THROAT = 'entries/2026/09/2026-09-01-antibiotics-for-sore-throat-th01.md';

describe('a clinician closes the loop without a terminal', () => {
  it('sees exactly what is due for review on a given day', async () => {
    const j = loopJournal();
    const due = await j.run(['review', '--list', '--json']);
    expect(due.code).toBe(0);
    expect(due.stderr).toBe('');
    const items = JSON.parse(due.stdout) as Record<string, unknown>[];
    expect(items.map((i) => [(i.entry as { id: string }).id.slice(-4), i.kind, i.index, i.due])).toEqual([
      ['TH01', 'belief', 1, '2026-09-08'],
      ['TH01', 'action', 2, '2026-10-01'],
      ['SP01', 'belief', 1, '2026-11-25'],
    ]);
    expect(items[1]).toMatchObject({ text: 'Give a self-care leaflet', ref: '01K3S00000000000000000TH01#2', action_due: '2026-10-01', reviews: 0 });
    expect(items[2]).toMatchObject({ firmness: 'brick', interval_days: 7 });

    const later = JSON.parse((await j.run(['review', '--list', '--json'], '2026-12-31')).stdout) as { key: string; entry: { id: string } }[];
    expect(later.map((i) => `${i.entry.id.slice(-4)}:${i.key}`)).toEqual(['TH01:belief-1', 'TH01:action-2', 'SP01:belief-1', 'DE01:belief-1', 'SP01:action-1']);

    const table = await j.run(['review', '--list']);
    expect(table.stdout).toContain('Give a self-care leaflet');
    expect(table.stdout).toContain('th01#2');
  });

  it('is told to use --list when `review` has no terminal, at once and with exit 2', async () => {
    const j = loopJournal();
    const result = await j.run(['review']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('review --list');
  });

  it('lists actions with their status and age, filtered by --open, --done and --overdue', async () => {
    const j = loopJournal();
    const all = JSON.parse((await j.run(['actions', '--json'])).stdout) as Record<string, unknown>[];
    expect(all.map((a) => [a.short_ref, a.status, a.age_days])).toEqual([
      ['th01#2', 'overdue', 87],
      ['sp01#1', 'open', 26],
      ['th01#1', 'done', 87],
    ]);
    const short = async (flag: string) => (JSON.parse((await j.run(['actions', flag, '--json'])).stdout) as { short_ref: string }[]).map((a) => a.short_ref);
    expect(await short('--open')).toEqual(['th01#2', 'sp01#1']);
    expect(await short('--overdue')).toEqual(['th01#2']);
    expect(await short('--done')).toEqual(['th01#1']);
    expect((await j.run(['actions', '--open', '--done'])).code).toBe(2);
  });

  it('marks an action done, and the entry differs only in `actions` and `updated`', async () => {
    const j = loopJournal();
    const before = j.read(SPACER);
    const done = await j.run(['actions', 'done', 'sp01#1', '--note', 'Watched every child use it', '--json']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ status: 'done', done_on: '2026-11-27', note: 'Watched every child use it' });
    const after = j.read(SPACER);
    const expected = before
      .replace('created: 2026-11-01T17:00:00Z\n', 'created: 2026-11-01T17:00:00Z\nupdated: 2026-11-27T12:00:00Z\n')
      .replace(
        '  - { text: Check spacer technique at every asthma review, due: 2026-12-31 }\n',
        '  - text: Check spacer technique at every asthma review\n    due: 2026-12-31\n    done: 2026-11-27\n    note: Watched every child use it\n',
      );
    expect(after).toBe(expected);
    expect(after).toContain('# Written at the practice learning meeting.');
    expect(after).toContain('my_own_key: keep me   # a key mindlines does not know');

    const again = await j.run(['actions', 'done', 'sp01#1']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('already marked done on 2026-11-27');
    expect(j.read(SPACER)).toBe(after);
    const open = JSON.parse((await j.run(['actions', '--open', '--json'])).stdout) as { short_ref: string }[];
    expect(open.map((a) => a.short_ref)).toEqual(['th01#2']);
  });

  it('refuses a reference that names no action, changing nothing', async () => {
    const j = loopJournal();
    const before = j.read(SPACER);
    const out = await j.run(['actions', 'done', 'sp01#4']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('has one action (#1)');
    const bad = await j.run(['actions', 'done', 'sp01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ENTRY#N');
    expect(j.read(SPACER)).toBe(before);
  });

  it('reads the belief ledger: the firmness sequence of a belief revisited in follow-ups', async () => {
    const j = loopJournal();
    const ledger = JSON.parse((await j.run(['beliefs', '--json'])).stdout) as Record<string, unknown>[];
    expect(ledger).toHaveLength(3);
    expect(ledger[0]).toMatchObject({
      belief: 'Most sore throats in adults need antibiotics',
      now: 'Most sore throats settle on their own; FeverPAIN finds the few that need antibiotics',
      firmness: ['concrete', 'brick', 'wood', 'straw'],
      latest_firmness: 'straw',
      accommodation: true,
      revisits: 3,
    });
    expect((ledger[0]!.moved_by as { id: string }[]).map((m) => m.id.slice(-4))).toEqual(['TH01', 'TH02', 'TH03', 'TH04']);
    const text = await j.run(['beliefs']);
    expect(text.stdout).toContain('concrete → brick → wood → straw');
    expect(text.stdout).toMatch(/Held firmly, then challenged or changed \(1\)/);
  });

  it('shows what an entry builds on and, as back-links, its follow-ups', async () => {
    const j = loopJournal();
    const original = await j.run(['show', 'th01']);
    expect(original.code).toBe(0);
    expect(original.stdout).toMatch(/built on by:\n {2}01K3S00000000000000000TH02 {2}2026-09-20 {2}Follow-up: Most sore throats/);
    expect(original.stdout).toContain('01K3S00000000000000000TH04');
    const json = JSON.parse((await j.run(['show', 'th01', '--json'])).stdout) as { links: { built_on_by: { id: string }[]; builds_on: unknown[] } };
    expect(json.links.builds_on).toEqual([]);
    expect(json.links.built_on_by.map((l) => l.id.slice(-4))).toEqual(['TH02', 'TH03', 'TH04']);
    const followUp = await j.run(['show', 'th03']);
    expect(followUp.stdout).toMatch(/builds on:\n {2}01K3S00000000000000000TH01 {2}2026-09-01 {2}Antibiotics for sore throat/);
    expect(j.read(SORE_THROAT)).toContain('id: 01K3S00000000000000000TH01');
  });
});

describe('linking entries without a terminal', () => {
  it('takes builds_on in an answers file as short ids, stores full ids, and show lists the back-link', async () => {
    const j = loopJournal();
    const answers = 'title: Masks again\nexperience: Another child.\nlearning: Check the seal.\nbuilds_on: [sp01, th01]\n';
    const result = await runInProcess(['--journal', j.root, 'new', '--answers', '-', '--json'], {
      cwd: j.root,
      env: isolatedEnv({ MINDLINES_NOW: '2026-11-27' }).env,
      input: answers,
    });
    expect(result.stderr).toBe('');
    const entry = JSON.parse(result.stdout) as { builds_on: string[]; path: string };
    expect(entry.builds_on).toEqual(['01K3S00000000000000000SP01', '01K3S00000000000000000TH01']);
    expect(j.read(entry.path)).toContain('builds_on:\n  - 01K3S00000000000000000SP01\n  - 01K3S00000000000000000TH01\n');
    expect((await j.run(['show', 'th01'])).stdout).toContain('Masks again');
    const unknown = await runInProcess(['--journal', j.root, 'new', '--answers', '-'], {
      cwd: j.root,
      env: isolatedEnv({ MINDLINES_NOW: '2026-11-27' }).env,
      input: 'title: T\nexperience: x\nlearning: y\nbuilds_on: [zzzz]\n',
    });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no entry has an id starting "zzzz"');
  });
});

describe('stats closes the loop', () => {
  it('adds the share of reflections that reached an action, actions done on time, and beliefs changed', async () => {
    const j = loopJournal();
    const json = await j.run(['stats', '--from', '2026-01-01', '--to', '2026-12-31', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).loop).toEqual({
      reflections: 4,
      reachedAction: 2,
      reachedActionShare: 0.5,
      actions: { total: 3, done: 1, doneOnTime: 1, doneLate: 0, open: 2, overdue: 1, onTimeShare: 0.5 },
      beliefs: { recorded: 3, changed: 1, challenged: 1, accommodation: 1 },
    });
    const text = await j.run(['stats', '--from', '2026-01-01', '--to', '2026-12-31']);
    expect(text.stdout).toContain('Closing the loop');
    expect(text.stdout).toMatch(/reached an action +2 of 4 reflections \(50%\)/);
    expect(text.stdout).toMatch(/done on time +1 of 2 actions due so far \(50%\)/);
    expect(text.stdout).toMatch(/beliefs changed +1 of 3 beliefs/);
  });
});
