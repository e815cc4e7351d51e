import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRemote } from '../helpers/git-remote.js';
import { gitJournal } from '../helpers/git-journal.js';

/** Files the remote's main branch holds. */
const remoteFiles = (remote: ReturnType<typeof gitRemote>) => remote.git(['ls-tree', '-r', '--name-only', 'main']).split('\n').filter(Boolean);

describe('sync keeps what must not travel, and says what went wrong', () => {
  it('never commits an entry holding an NHS number: stops with the finding, and shares once it is taken out', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    const clean = alice.write({ title: 'Chest pain pathway' });
    const leaky = alice.write({ title: 'Chest pain follow-up', experience: 'Reviewed the notes for NHS number 943 476 5919 today.' });
    const stopped = await alice.run(['sync']);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(new RegExp(`${leaky}:\\d+:\\d+ nhs-number "943 476 5919"`));
    expect(stopped.stderr).toContain('sync stopped before committing: 1 possible patient identifier');
    expect(stopped.stderr).toContain('mindlines:allow');
    expect(alice.git(['status', '--porcelain'])).toContain(`?? ${clean.split('/')[0]}/`);
    expect(remote.git(['branch', '--list'])).toBe('');
    const json = await alice.run(['sync', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, status: 'blocked', findings: [{ file: leaky, kind: 'nhs-number', text: '943 476 5919' }] });

    const file = path.join(alice.root, leaky);
    writeFileSync(file, readFileSync(file, 'utf8').replace(' for NHS number 943 476 5919', ''));
    const shared = await alice.run(['sync']);
    expect(shared.code).toBe(0);
    expect(remoteFiles(remote)).toEqual(expect.arrayContaining([clean, leaky]));
    expect(remote.git(['log', '-p', 'main'])).not.toContain('943 476 5919');
  });

  it('never pushes a private entry', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    const shared = alice.write({ title: 'Shared learning', date: '2026-11-26' });
    const secret = alice.write({ title: 'A private worry', date: '2026-11-26', visibility: 'private' });
    expect(secret).toMatch(/^private\//);
    // A private entry placed among the shared ones by hand is kept back too.
    const misplaced = 'entries/2026/11/2026-11-26-private-note-zzzz.md';
    writeFileSync(
      path.join(alice.root, misplaced),
      '---\nid: 01JD0000000000000000000ZZZ\ntitle: Private note\ndate: 2026-11-26\nvisibility: private\n---\n\nOnly mine.\n',
    );
    const result = await alice.run(['sync']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Committed: add 1 reflection, share the journal settings.');
    expect(result.stderr).toContain('1 private entry stays on this computer');
    const files = remoteFiles(remote);
    expect(files).toContain(shared);
    expect(files.some((f) => f.startsWith('private/') || f === misplaced)).toBe(false);
    expect(existsSync(path.join(alice.root, secret))).toBe(true);
  });

  it('with no remote, commits locally and says how to add one; the next sync after adding it sends everything', async () => {
    const j = await gitJournal(['--mode', 'team']);
    const written = await j.run(['new', '--answers', '-'], '{"title":"Inhaler technique","experience":"x","learning":"y"}');
    expect(written.code).toBe(0);
    const result = await j.run(['sync']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Committed: add 1 reflection, share the journal settings.');
    expect(result.stderr).toContain('Committed here only: this repository has no remote to share with.');
    expect(result.stderr).toContain('git remote add origin URL');
    expect(j.git(['log', '--format=%s'])).toContain('mindlines: add 1 reflection');

    const remote = gitRemote();
    j.git(['remote', 'add', 'origin', remote.url]);
    const shared = await j.run(['sync']);
    expect(shared.stderr).toContain('Sent 1 commit to origin');
    expect(shared.code).toBe(0);
    expect(remoteFiles(remote)).toContain(written.stdout.trim());
  });

  it('when the remote refuses the push, keeps the commit and the next sync sends it', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    const entry = alice.write({ title: 'Anaphylaxis drill' });
    remote.rejectPushes('pushes are closed for maintenance');
    const refused = await alice.run(['sync']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Committed: add 1 reflection');
    expect(refused.stderr).toMatch(/origin refused the push: .*pushes are closed for maintenance.*; your commit is kept here/);
    expect(alice.git(['log', '--format=%s'])).toContain('mindlines: add 1 reflection');
    expect(remote.git(['branch', '--list'])).toBe('');

    remote.rejectPushes(false);
    const retried = await alice.run(['sync']);
    expect(retried.code).toBe(0);
    expect(retried.stderr).toContain('Sent 1 commit to origin (main).');
    expect(remoteFiles(remote)).toContain(entry);
  });

  it('offline, keeps the commit, says what happened, and the next sync retries', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice Smith');
    const entry = alice.write({ title: 'Head injury in the elderly' });
    alice.git(['remote', 'set-url', 'origin', path.join(alice.home, 'unreachable.git')]);
    const offline = await alice.run(['sync']);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain('Committed: add 1 reflection');
    expect(offline.stderr).toContain('could not reach origin');
    expect(offline.stderr).toContain('the next mindlines sync will send them');
    alice.git(['remote', 'set-url', 'origin', remote.url]);
    const back = await alice.run(['sync', '--json']);
    expect(back.code).toBe(0);
    // The entry's commit, and the journal settings (shared once the remote could be asked whether it had them).
    expect(JSON.parse(back.stdout)).toMatchObject({ ok: true, status: 'synced', sent: 2 });
    expect(remoteFiles(remote)).toContain(entry);
  });

  it('explains a journal that is not in a git repository instead of failing obscurely', async () => {
    const j = await gitJournal();
    // Remove the repository: the journal folder stays.
    rmSync(path.join(j.root, '.git'), { recursive: true, force: true });
    const result = await j.run(['sync']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not in a git repository');
    expect(result.stderr).toContain('mindlines init');
  });
});
