import { appendFileSync, existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRemote, type Clone } from '../helpers/git-remote.js';

const listJson = async (clone: Clone) => {
  const result = await clone.run(['list', '--json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { id: string; title: string; author?: string; path: string }[];
};

const rebaseInProgress = (clone: Clone) =>
  existsSync(path.join(clone.root, '.git', 'rebase-merge')) || existsSync(path.join(clone.root, '.git', 'rebase-apply'));

/** Files the remote's main branch holds. */
const remoteFiles = (remote: ReturnType<typeof gitRemote>) => remote.git(['ls-tree', '-r', '--name-only', 'main']).split('\n').filter(Boolean);

describe('a practice shares one journal through git', () => {
  it('two clinicians write 20 entries each on the same day, sync in turn, and both end with all 40 and no conflict', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    const bob = await remote.clone('Bob Jones');
    // The same day, titles that often share a slug: only the ids tell the files apart.
    for (let n = 0; n < 20; n++) {
      alice.write({ title: `Asthma review ${n % 3}`, date: '2026-11-27', tags: ['asthma'] });
      bob.write({ title: `Asthma review ${n % 3}`, date: '2026-11-27', tags: ['asthma', 'paediatrics'] });
    }

    const first = await alice.run(['sync']);
    expect(first.stderr).toContain('Committed: add 20 reflections, share the journal settings.');
    expect(first.stderr).toContain('Sent 1 commit to origin (main).');
    expect(first.code).toBe(0);

    const second = await bob.run(['sync']);
    expect(second.stderr).toContain('Committed: add 20 reflections.');
    expect(second.stderr).toContain('Received from origin: 20 new entries.');
    expect(second.code).toBe(0);

    const third = await alice.run(['sync']);
    expect(third.code).toBe(0);
    expect(third.stderr).toContain('Received from origin: 20 new entries.');

    for (const clone of [alice, bob]) {
      const entries = await listJson(clone);
      expect(entries).toHaveLength(40);
      expect(new Set(entries.map((e) => e.id)).size).toBe(40);
      expect(entries.filter((e) => e.author === 'Alice Smith')).toHaveLength(20);
      expect(entries.filter((e) => e.author === 'Bob Jones')).toHaveLength(20);
      expect(clone.git(['status', '--porcelain'])).toBe('');
      expect(rebaseInProgress(clone)).toBe(false);
    }
    expect(remote.git(['log', '--format=%s', 'main'])).toContain('mindlines: add 20 reflections');
    // Only entries and the journal's own settings travel: never the index, drafts or anything machine-local.
    expect(remoteFiles(remote).filter((f) => f.startsWith('entries/'))).toHaveLength(40);
    expect(remoteFiles(remote).filter((f) => !f.startsWith('entries/'))).toEqual(['.gitattributes', '.gitignore', 'mindlines.yaml']);
    expect(remote.git(['show', 'main:.gitattributes'])).toContain('*.md text eol=lf');

    const again = await bob.run(['sync']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Up to date with origin (main).');
  }, 90_000); // four syncs of 20 to 40 entries, each a few dozen git commands: slow on a busy two-core machine

  it('keeps both versions when both edit the same entry, leaves no rebase in progress, and converges once resolved', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    const entry = alice.write({ title: 'Sepsis six', date: '2026-11-20' });
    expect((await alice.run(['sync'])).code).toBe(0);
    const bob = await remote.clone('Bob Jones');
    expect(readFileSync(path.join(bob.root, entry), 'utf8')).toContain('Sepsis six');

    const edit = (clone: Clone, from: string, to: string) => {
      const file = path.join(clone.root, entry);
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    };
    edit(alice, 'What I learned.', 'Lactate within the hour (Alice).');
    edit(bob, 'What I learned.', 'Fluids before antibiotics? No (Bob).');
    expect((await alice.run(['sync'])).code).toBe(0);

    const clash = await bob.run(['sync']);
    expect(clash.code).toBe(1);
    const copy = entry.replace(/\.md$/, '.conflict-alice-smith.md');
    expect(clash.stderr).toContain(`${entry}: you and Alice Smith both changed it; yours is kept in place, Alice Smith's version is saved beside it as ${copy}.`);
    expect(clash.stderr).toContain('sync stopped: an entry was changed on both sides; both versions are kept and nothing was sent');
    expect(clash.stderr).toContain('delete the .conflict- copy, then run mindlines sync again');
    // Both texts on disk, a clean status, no rebase left behind.
    expect(readFileSync(path.join(bob.root, entry), 'utf8')).toContain('Fluids before antibiotics? No (Bob).');
    expect(readFileSync(path.join(bob.root, copy), 'utf8')).toContain('Lactate within the hour (Alice).');
    expect(bob.git(['status', '--porcelain'])).toBe('');
    expect(rebaseInProgress(bob)).toBe(false);
    expect(remote.git(['show', `main:${entry}`])).toContain('(Alice)');

    // The copy is reported, not listed as a second entry with the same id.
    const list = await bob.run(['list', '--json']);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
    expect(list.stderr).toContain(`${copy}:1: an unresolved conflict copy of ${entry}`);

    // Until the copy is dealt with, sync refuses.
    const refused = await bob.run(['sync']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('a conflict copy from an earlier sync is still there');

    edit(bob, 'No (Bob).', 'No (Bob). Lactate within the hour (Alice).');
    unlinkSync(path.join(bob.root, copy));
    const resolved = await bob.run(['sync']);
    expect(resolved.stderr).toContain('Sent');
    expect(resolved.code).toBe(0);
    expect((await alice.run(['sync'])).code).toBe(0);
    const merged = readFileSync(path.join(alice.root, entry), 'utf8');
    expect(merged).toContain('(Bob). Lactate within the hour (Alice).');
    expect(alice.git(['status', '--porcelain'])).toBe('');
  }, 90_000);

  it('leaves uncommitted edits to non-entry files alone while bringing in the team’s entries', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    alice.write({ title: 'First' });
    expect((await alice.run(['sync'])).code).toBe(0);
    const bob = await remote.clone('Bob Jones');
    appendFileSync(path.join(bob.root, 'mindlines.yaml'), '# my own note, not for the team yet\n');
    alice.write({ title: 'Second' });
    expect((await alice.run(['sync'])).code).toBe(0);
    bob.write({ title: 'Third' });
    const result = await bob.run(['sync']);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(bob.root, 'mindlines.yaml'), 'utf8')).toContain('# my own note, not for the team yet');
    expect(bob.git(['status', '--porcelain'])).toBe(' M mindlines.yaml\n');
    expect(remote.git(['show', 'main:mindlines.yaml'])).not.toContain('my own note');
    expect(await listJson(bob)).toHaveLength(3);
  });
});
