import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/entries.js';
import { gitJournal } from '../helpers/git-journal.js';
import { gitRemote } from '../helpers/git-remote.js';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runCli } from '../helpers/run-cli.js';

// One spawned run of the built CLI per command family: the stories themselves are told in-process in test/cli/.
// These prove that the built package, started as a user starts it, wires each family up. The three run at once:
// each has its own journals and homes, and each mostly waits on the processes it started.
describe.concurrent('each command family works from the built CLI', () => {
  it('writing and reading: new, quick, list, show, search', async () => {
    const j = await gitJournal();
    j.env.MINDLINES_NOW = '2026-11-27';
    // Three at once with the same title (two clinicians' worth of hurry): three files, none overwritten.
    const written = await Promise.all(
      [1, 2, 3].map(() => j.spawn(['new', '--answers', '-', '--json'], '{"title":"Sepsis six","experience":"Talk","learning":"Lactate early"}')),
    );
    expect(written.map((w) => w.code)).toEqual([0, 0, 0]);
    const [entry, ...others] = written.map((w) => JSON.parse(w.stdout) as { id: string; path: string });
    expect(new Set([entry!, ...others].map((e) => e.path)).size).toBe(3);
    const quick = await j.spawn(['quick', '--tag', 'asthma'], 'Spacer masks for under-fives\n');
    expect(quick.code).toBe(0);
    expect(quick.stdout.trim()).toMatch(/^entries\/2026\/11\/2026-11-27-spacer-masks-for-under-fives-[0-9a-z]{4}\.md$/);
    const list = await j.spawn(['list', '--json']);
    expect((JSON.parse(list.stdout) as { title: string }[]).map((e) => e.title).sort()).toEqual(['Sepsis six', 'Sepsis six', 'Sepsis six', 'Spacer masks for under-fives']);
    const show = await j.spawn(['show', entry!.id]);
    expect(show.stdout).toContain('Lactate early');
    const search = await j.spawn(['search', 'spacer', '--json']);
    expect((JSON.parse(search.stdout) as { path: string }[]).map((h) => h.path)).toEqual([quick.stdout.trim()]);
  });

  it('evidence and the loop: export cpd, export blog, review, actions', async () => {
    const root = path.join(tempDir('mindlines-smoke-'), 'journal');
    cpSync(path.join(FIXTURES, 'nmc-known-totals'), root, { recursive: true });
    const { home, env } = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
    const run = (args: string[]) => runCli(['--journal', root, ...args], { cwd: home, env });
    const cpd = await run(['export', 'cpd', '--profile', 'nmc', '--format', 'json']);
    expect(cpd.code).toBe(0);
    expect(JSON.parse(cpd.stdout).totals).toMatchObject({ entries: 9, hours: 29.5 });
    const blog = await run(['export', 'blog', '01JAAAAAAAAAAAAAAAAAAAAA07', '--include-private', '--site', 'hugo']);
    expect(blog.code).toBe(0);
    expect(blog.stdout).toMatch(/^---\ntitle: "Nursing congress"\n/);

    const loop = path.join(tempDir('mindlines-smoke-'), 'loop');
    cpSync(path.join(FIXTURES, 'loop'), loop, { recursive: true });
    const inLoop = (args: string[]) => runCli(['--journal', loop, ...args], { cwd: home, env });
    const due = await inLoop(['review', '--list', '--json']);
    expect((JSON.parse(due.stdout) as unknown[]).length).toBe(3);
    const done = await inLoop(['actions', 'done', 'sp01#1', '--json']);
    expect(JSON.parse(done.stdout)).toMatchObject({ status: 'done', done_on: '2026-11-27' });
  });

  it('privacy and the team: check finds an identifier (exit 1); a clone syncs and reads the digest', async () => {
    const remote = gitRemote();
    const bob = await remote.clone('Bob Jones');
    const leaky = bob.write({ title: 'Chest pain follow-up', visibility: 'private', experience: 'NHS number 943 476 5919 was on the letter.' });
    const check = await bob.spawn(['check']);
    expect(check.code).toBe(1);
    // Each finding says how sure the scanner is and why (issue 13).
    expect(check.stdout).toMatch(new RegExp(`^${leaky}:\\d+:\\d+ nhs-number "943 476 5919" \\(high: its check digit is valid\\)$`, 'm'));

    const entry = bob.write({ title: 'Peak flow in children', date: '2026-11-14', tags: ['asthma'] });
    const sent = await bob.spawn(['sync']);
    expect(sent.code).toBe(0);
    expect(sent.stderr).toContain('Sent 1 commit to origin (main).');
    expect(remote.git(['ls-tree', '-r', '--name-only', 'main'])).toContain(entry);
    const digest = await bob.spawn(['team', 'digest', '--since', '2026-11-01', '--until', '2026-11-30', '--format', 'json']);
    expect(JSON.parse(digest.stdout).authors).toEqual([{ author: 'Bob Jones', entries: 1, hours: 0 }]);
  });
});
