import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';
import { gitRemote } from '../helpers/git-remote.js';

describe('a practice learning meeting reads the team digest', () => {
  it('counts entries per author, surfaces events, collective learning and open actions, and never shows private entries', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    const bob = await remote.clone('Bob Jones');
    alice.write({
      title: 'Missed scaphoid fracture',
      date: '2026-11-03',
      hours: 1,
      tags: ['significant-event', 'fractures'],
      level: 'collective',
      loop: 'double',
      learned_with: ['team'],
      resources: ['NICE NG38'],
      actions: [{ text: 'Add scaphoid views to the x-ray request template', due: '2026-11-20' }],
    });
    alice.write({ title: 'Spacer technique', date: '2026-11-10', hours: 0.5, tags: ['asthma'], learned_with: ['patients and carers'] });
    alice.write({ title: 'Worried about my own workload', date: '2026-11-11', visibility: 'private', tags: ['wellbeing'] });
    alice.write({ title: 'Old audit', date: '2026-09-01', tags: ['audit'] });
    bob.write({ title: 'Sepsis screening in the waiting room', date: '2026-11-12', hours: 2, tags: ['sepsis', 'learning-event'], level: 'organisational', loop: 'triple' });
    bob.write({ title: 'Peak flow in children', date: '2026-11-14', tags: ['asthma'], learned_with: ['peers'], resources: ['BTS/SIGN 158'] });
    for (const clone of [alice, bob, alice]) expect((await clone.run(['sync'])).code).toBe(0);

    const json = await alice.run(['team', 'digest', '--since', '2026-11-01', '--until', '2026-11-30', '--format', 'json']);
    expect(json.code).toBe(0);
    const digest = JSON.parse(json.stdout);
    expect(digest.period).toEqual({ since: '2026-11-01', until: '2026-11-30' });
    expect(digest.authors).toEqual([
      { author: 'Alice Smith', entries: 2, hours: 1.5 },
      { author: 'Bob Jones', entries: 2, hours: 2 },
    ]);
    expect(digest.themes[0]).toEqual({ value: 'asthma', entries: 2 });
    expect(digest.significantEvents.map((e: { title: string }) => e.title)).toEqual(['Missed scaphoid fracture']);
    expect(digest.learningEvents.map((e: { title: string }) => e.title)).toEqual(['Sepsis screening in the waiting room']);
    expect(digest.collective.map((e: { title: string }) => e.title)).toEqual(['Sepsis screening in the waiting room', 'Missed scaphoid fracture']);
    expect(digest.deeperLoops).toHaveLength(2);
    expect(digest.openActions).toEqual([
      expect.objectContaining({ text: 'Add scaphoid views to the x-ray request template', owner: 'Alice Smith', due: '2026-11-20', overdue: true }),
    ]);
    expect(digest.resources.used.map((r: { value: string }) => r.value)).toEqual(['BTS/SIGN 158', 'NICE NG38']);
    expect(json.stdout).not.toMatch(/workload|wellbeing/);

    // Bob's clone sees the same digest (the private entry never left Alice's computer); --json works too.
    const bobs = await bob.run(['--json', 'team', 'digest', '--since', '2026-11-01', '--until', '2026-11-30']);
    expect(JSON.parse(bobs.stdout).authors).toEqual(digest.authors);

    const md = await alice.run(['team', 'digest', '--since', '2026-11-01', '--until', '2026-11-30']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Team digest:');
    expect(md.stdout).toContain('2026-11-01 to 2026-11-30 · 4 entries by 2 people · 3.5 hours');
    expect(md.stdout).toContain('| Alice Smith | 2 | 1.5 |');
    expect(md.stdout).toContain('## Shared actions still open');
    expect(md.stdout).not.toContain('workload');

    const html = await alice.run(['team', 'digest', '--since', '2026-11-01', '--until', '2026-11-30', '--format', 'html']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<td>Bob Jones</td><td>2</td><td>2</td>');

    // The default period is the last 30 days (MINDLINES_NOW is 2026-11-27 in these clones).
    const recent = JSON.parse((await alice.run(['team', 'digest', '--format', 'json'])).stdout);
    expect(recent.period).toEqual({ since: '2026-10-28', until: '2026-11-27' });

    const members = await alice.run(['team', 'members', '--json']);
    expect(members.code).toBe(0);
    expect(JSON.parse(members.stdout)).toEqual([
      expect.objectContaining({ name: 'Bob Jones', entries: 2, lastEntry: '2026-11-14', email: 'bob.jones@example.invalid', commits: 1 }),
      expect.objectContaining({ name: 'Alice Smith', entries: 3, firstEntry: '2026-09-01', lastEntry: '2026-11-10', commits: 1 }),
    ]);
    const table = await alice.run(['team', 'members']);
    expect(table.stdout).toMatch(/Bob Jones\s+2\s+2026-11-12\s+2026-11-14/);
  }, 90_000);

  it('refuses a period that ends before it starts, and an unknown format, with exit 2', async () => {
    const j = await gitJournal(['--mode', 'team']);
    const backwards = await j.run(['team', 'digest', '--since', '2026-11-10', '--until', '2026-11-01']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('the period starts (2026-11-10) after it ends (2026-11-01)');
    const format = await j.run(['team', 'digest', '--format', 'pdf']);
    expect(format.code).toBe(2);
  });
});

describe('every entry says who wrote it', () => {
  it('takes the author from the journal’s `author:` setting, else git’s user.name, else its user.email; show displays it', async () => {
    const j = await gitJournal(['--mode', 'team']);
    const byGit = await j.run(['new', '--answers', '-', '--json'], '{"title":"From git","experience":"x","learning":"y"}');
    expect(JSON.parse(byGit.stdout).author).toBe('Test Clinician');

    appendFileSync(path.join(j.root, 'mindlines.yaml'), 'author: Dr Ada Clinician\n');
    const byConfig = await j.run(['new', '--answers', '-', '--json'], '{"title":"From config","experience":"x","learning":"y"}');
    const configured = JSON.parse(byConfig.stdout);
    expect(configured.author).toBe('Dr Ada Clinician');
    const show = await j.run(['show', configured.id]);
    expect(show.stdout).toContain('by Dr Ada Clinician');

    const noName = await gitJournal(['--mode', 'team']);
    writeFileSync(noName.env.GIT_CONFIG_GLOBAL as string, '[user]\n\temail = ada@example.invalid\n[init]\n\tdefaultBranch = main\n');
    const byEmail = await noName.run(['new', '--answers', '-', '--json'], '{"title":"From email","experience":"x","learning":"y"}');
    expect(JSON.parse(byEmail.stdout).author).toBe('ada@example.invalid');

    writeFileSync(noName.env.GIT_CONFIG_GLOBAL as string, '[init]\n\tdefaultBranch = main\n');
    const nobody = await noName.run(['new', '--answers', '-', '--json'], '{"title":"Anonymous","experience":"x","learning":"y"}');
    expect(JSON.parse(nobody.stdout).author).toBeUndefined();
  });
});
