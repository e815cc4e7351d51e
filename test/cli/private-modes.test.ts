import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';
import { gitRemote } from '../helpers/git-remote.js';

const modeOf = (file: string) => statSync(file).mode & 0o777;

/** Lets other users through the temp folders above `dir`, as a home folder at 0755 would (only adding bits). */
function reachableByOthers(dir: string): void {
  for (let at = dir; at.startsWith(os.tmpdir() + path.sep); at = path.dirname(at)) chmodSync(at, (statSync(at).mode & 0o7777) | 0o055);
}

describe('the journal stays private to its owner (issue 14)', () => {
  it('reports records other users can read, and `doctor` makes them private (bug: .mindlines 0755, index.json 0644)', async () => {
    const j = await gitJournal();
    await j.run(['quick', 'Spacer technique in under-fives']);
    const [entry] = JSON.parse((await j.run(['list', '--json'])).stdout) as { path: string }[];
    // What a umask of 022, an older mindlines or a copy with `cp -r` leaves.
    reachableByOthers(j.root);
    for (const folder of ['entries', 'entries/2026', path.dirname(entry!.path), '.mindlines']) chmodSync(path.join(j.root, folder), 0o755);
    chmodSync(path.join(j.root, entry!.path), 0o644);
    chmodSync(path.join(j.root, '.mindlines/index.json'), 0o644);
    chmodSync(path.join(j.root, '.git'), 0o755);
    mkdirSync(path.join(j.root, 'templates'), { mode: 0o755 });
    writeFileSync(path.join(j.root, 'templates', 'mine.yaml'), 'id: mine\n', { mode: 0o644 });

    const checked = await j.run(['check', '--json']);
    expect(checked.code).toBe(1);
    const problems = (JSON.parse(checked.stdout) as { problems: { file: string; kind: string; message: string }[] }).problems;
    const exposed = problems.filter((p) => p.kind === 'readable-by-others').map((p) => p.file);
    expect(exposed).toEqual(expect.arrayContaining(['entries/', '.mindlines/', '.mindlines/index.json', '.git/', entry!.path]));
    expect(exposed.filter((p) => p.startsWith('templates') || p === 'mindlines.yaml')).toEqual([]);
    expect(problems.find((p) => p.file === entry!.path)?.message).toBe(
      'other users of this computer can read this (mode 0644); `mindlines doctor` makes the journal\'s records private (folders 0700, files 0600)',
    );

    const repaired = await j.run(['doctor']);
    expect(repaired.code).toBe(0);
    expect(repaired.stderr).toBe(`Made ${exposed.length} files and folders private to you (folders 0700, files 0600).\n`);
    expect(modeOf(path.join(j.root, '.mindlines'))).toBe(0o700);
    expect(modeOf(path.join(j.root, '.mindlines/index.json'))).toBe(0o600);
    expect(modeOf(path.join(j.root, entry!.path))).toBe(0o600);
    expect((await j.run(['check'])).code).toBe(0);
    expect((await j.run(['doctor'])).stderr).toBe('Nothing to repair: the journal’s records are private to you.\n');
  });

  it('keeps what git writes during a sync private, whatever the umask (bug: 0644)', async () => {
    const remote = gitRemote();
    const alice = await remote.clone('Alice');
    const bob = await remote.clone('Bob');
    await alice.run(['quick', 'Spacer technique in under-fives']);
    expect((await alice.run(['sync'])).code).toBe(0);
    const previous = process.umask(0o022);
    try {
      expect((await bob.run(['sync'])).code).toBe(0);
    } finally {
      process.umask(previous);
    }
    const received = readdirSync(path.join(bob.root, 'entries'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'));
    expect(received).toHaveLength(1);
    expect(modeOf(path.join(bob.root, 'entries', received[0]!))).toBe(0o600);
    expect(modeOf(path.join(bob.root, 'entries', path.dirname(received[0]!)))).toBe(0o700);
  }, 60_000);
});
