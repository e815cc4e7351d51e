import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';
import { isolatedEnv } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const spacer = `
title: Spacer technique in under-fives
date: 2026-11-20
activity: clinical-case
hours: 1.5
participatory: 1
tags: [asthma, paediatrics]
learned_with: [peers, patients and carers]
resources: ["NICE NG245", BNF]
loop: double
level: individual
beliefs:
  - belief: Children over three manage a spacer without a mask
    before: brick
    outcome: changed
    after: Most under-fives need the mask
actions:
  - text: Check spacer technique at every asthma review
    due: 2026-12-31
experience: A parent showed me how her son used his spacer at home.
prior: I thought the mask was only for toddlers.
challenge: It challenged that; the seal was poor without it.
learning: Technique matters more than the device.
change: Watch the child use it at every review.
`;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

describe('a clinician starts a journal and writes without a terminal', () => {
  it('creates a journal with init, and a second init changes nothing', async () => {
    const j = await gitJournal(['--profile', 'nmc', '--name', 'Revalidation']);
    expect(readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8')).toMatch(/profile: nmc/);
    expect(readFileSync(path.join(j.root, '.gitignore'), 'utf8')).toMatch(/^\.mindlines\/$/m);
    expect(existsSync(path.join(j.root, '.git'))).toBe(true);
    const before = readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8');
    const again = await runInProcess(['init', j.root], { cwd: j.home, env: j.env });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/nothing changed/);
    expect(readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8')).toBe(before);
  });

  it('ignores private/ in a team journal', async () => {
    const j = await gitJournal(['--mode', 'team']);
    expect(readFileSync(path.join(j.root, '.gitignore'), 'utf8')).toMatch(/^private\/$/m);
  });

  it('writes two entries from stdin, lists them as JSON and shows one', async () => {
    const j = await gitJournal();
    const first = await j.run(['new', '--answers', '-'], spacer);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const firstPath = first.stdout.trim();
    expect(firstPath).toMatch(/^entries\/2026\/11\/2026-11-20-spacer-technique-in-under-fives-[0-9a-z]{4}\.md$/);
    const second = await j.run(['new', '--answers', '-', '--json'], '{"title":"Sepsis six","experience":"Talk","learning":"Lactate early"}');
    expect(second.code).toBe(0);
    const secondJson = JSON.parse(second.stdout);
    expect(secondJson.title).toBe('Sepsis six');

    const list = await j.run(['list', '--json']);
    expect(list.code).toBe(0);
    const entries = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(entries).toHaveLength(2);
    expect(entries[0]!.title).toBe('Sepsis six'); // newest first
    const spacerEntry = entries[1]!;
    expect(spacerEntry).toMatchObject({
      path: firstPath,
      title: 'Spacer technique in under-fives',
      date: '2026-11-20',
      activity: 'clinical-case',
      hours: 1.5,
      participatory: 1,
      tags: ['asthma', 'paediatrics'],
      learned_with: ['peers', 'patients-and-carers'],
      loop: 'double',
      template: 'constructivist',
      actions: [{ text: 'Check spacer technique at every asthma review', due: '2026-12-31', done: false }],
    });
    expect(spacerEntry.id).toMatch(/^[0-9A-Z]{26}$/);

    const text = readFileSync(path.join(j.root, firstPath), 'utf8');
    expect(text).toMatch(/^---\nid: /);
    expect(text).toContain('## What happened\n\nA parent showed me');
    expect(text).toContain('## What I will do differently');

    const show = await j.run(['show', String(spacerEntry.id).slice(0, 12)]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Spacer technique in under-fives');
    expect(show.stdout).toContain('Technique matters more than the device.');

    const filtered = await j.run(['list', '--json', '--since', '2026-11-21']);
    expect(JSON.parse(filtered.stdout)).toHaveLength(1);
    const tagged = await j.run(['list', '--json', '--tag', 'asthma']);
    expect(JSON.parse(tagged.stdout).map((e: { title: string }) => e.title)).toEqual(['Spacer technique in under-fives']);
  });

  it('reports a broken entry with its path and line, lists the rest, and leaves the broken file untouched', async () => {
    const j = await gitJournal();
    await j.run(['new', '--answers', '-'], spacer);
    const broken = path.join(j.root, 'entries/2026/11/2026-11-21-broken-zzzz.md');
    const brokenText = '---\nid: 01JD00000000000000000ZZZZZ\ntitle: Broken\ndate: 2026-11-21\ntitle: twice\n---\n\nbody\n';
    writeFileSync(broken, brokenText);
    const list = await j.run(['list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
    expect(list.stderr).toContain('entries/2026/11/2026-11-21-broken-zzzz.md:5: a key appears twice');
    expect(readFileSync(broken, 'utf8')).toBe(brokenText);
  });

  it('refuses unknown and missing answers with exit 2, naming the key', async () => {
    const j = await gitJournal();
    const typo = await j.run(['new', '--answers', '-'], 'title: T\nexperience: x\nlearnign: y\n');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown answer `learnign`');
    const missing = await j.run(['new', '--answers', '-'], 'title: T\nexperience: x\n');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('`learning` is required');
    expect(walk(path.join(j.root, 'entries'))).toHaveLength(0);
  });

  it('creates the default journal in ~/mindlines on first use and says so on stderr', async () => {
    const { home, env } = isolatedEnv();
    const result = await runInProcess([], { cwd: home, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Created your journal at ${path.join(home, 'mindlines')}`);
    expect(result.stdout).toContain('entries   0');
    expect(existsSync(path.join(home, 'mindlines/mindlines.yaml'))).toBe(true);
    expect(existsSync(path.join(home, 'mindlines/.git'))).toBe(true);
    const again = await runInProcess([], { cwd: home, env });
    expect(again.stderr).not.toContain('Created');
  });

  it('says which journal is missing when --journal points nowhere', async () => {
    const { home, env } = isolatedEnv();
    const result = await runInProcess(['--journal', path.join(home, 'nope'), 'list'], { cwd: home, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no mindlines journal at');
    expect(result.stderr).toContain('mindlines init');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown option', async () => {
    const { home, env } = isolatedEnv();
    const result = await runInProcess(['list', '--nope'], { cwd: home, env });
    expect(result.code).toBe(2);
  });
});
