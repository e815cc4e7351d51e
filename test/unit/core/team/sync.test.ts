import { describe, expect, it } from 'vitest';
import type { FileChange, RebaseResult, RemoteResult, Repository, RepositoryState } from '../../../../src/core/team/repository.js';
import { syncJournal, type SyncDeps } from '../../../../src/core/team/sync.js';
import type { PrivacyScan } from '../../../../src/core/team/sync-plan.js';

const ENTRY = 'entries/2026/11/2026-11-27-sepsis-six-7f3k.md';
const text = (body = 'Learning.', visibility = 'team') =>
  `---\nid: 01JD3Z6K1V8QWERTYZXCVBNMAS\ntitle: Sepsis six\ndate: 2026-11-27\nvisibility: ${visibility}\n---\n\n${body}\n`;

interface FakeOptions {
  state?: Partial<RepositoryState>;
  untracked?: string[];
  changes?: FileChange[];
  remotes?: string[];
  upstream?: { remote: string; branch: string } | undefined;
  fetch?: RemoteResult[];
  refs?: Record<string, string | undefined>;
  /** rev-list counts by "from..to". */
  counts?: Record<string, number>;
  diffs?: Record<string, FileChange[]>;
  blobs?: Record<string, string>;
  rebase?: RebaseResult;
  push?: RemoteResult[];
}

/** A scripted Repository: answers from the options, records every call that changes something. */
function fakeRepo(options: FakeOptions = {}) {
  const calls: string[] = [];
  const refs: Record<string, string | undefined> = { HEAD: 'local1', 'refs/remotes/origin/main': 'remote1', ...options.refs };
  const fetches = [...(options.fetch ?? [])];
  const pushes = [...(options.push ?? [])];
  const repo: Repository = {
    state: async () => ({ isRepository: true, branch: 'main', unborn: false, inProgress: undefined, ...options.state }),
    changes: async () => options.changes ?? [],
    untracked: async () => options.untracked ?? [],
    commit: async (paths, message) => {
      calls.push(`commit ${message} [${paths.join(', ')}]`);
      refs.HEAD = 'committed';
      return 'committed';
    },
    remotes: async () => options.remotes ?? ['origin'],
    upstream: async () => ('upstream' in options ? options.upstream : { remote: 'origin', branch: 'main' }),
    fetch: async (remote) => {
      calls.push(`fetch ${remote}`);
      return fetches.shift() ?? { ok: true };
    },
    resolve: async (ref) => refs[ref],
    countCommits: async (from, to) => options.counts?.[`${from ?? ''}..${to}`] ?? 0,
    diff: async (from, to) => options.diffs?.[`${from ?? ''}..${to}`] ?? [],
    show: async (ref, path) => options.blobs?.[`${ref}:${path}`],
    lastAuthor: async () => 'Alice Smith',
    mergeBase: async () => 'base',
    rebase: async (onto) => {
      calls.push(`rebase ${onto}`);
      const result = options.rebase ?? { ok: true, stashConflict: false };
      if (result.ok) refs.HEAD = 'rebased';
      return result;
    },
    adopt: async (ref) => {
      calls.push(`adopt ${ref}`);
      refs.HEAD = refs[ref];
    },
    commitOnTopOf: async (onto, base, message) => {
      calls.push(`commitOnTopOf ${onto} ${base ?? ''} ${message}`);
      return 'squashed';
    },
    push: async (remote, branch, track) => {
      calls.push(`push ${remote} ${branch}${track ? ' track' : ''}`);
      return pushes.shift() ?? { ok: true };
    },
    setAside: async (files) => {
      calls.push(`setAside ${files.map((f) => `${f.path}${f.keep ? ' keep' : ''}`).join(', ')}`);
      return files.map((f) => ({ path: f.path, to: f.keep ? `.mindlines/set-aside/x/${f.path}` : undefined }));
    },
    ignoreLocally: async (paths) => {
      calls.push(`ignore ${paths.join(', ')}`);
    },
    authors: async () => [],
  };
  return { repo, calls };
}

function deps(repo: Repository, files: Record<string, string> = {}, scan: PrivacyScan = () => []) {
  const created: Record<string, string> = {};
  const d: SyncDeps = {
    repo,
    mode: 'team',
    scanner: async () => scan,
    readFile: async (path) => {
      const found = files[path];
      if (found === undefined) throw new Error(`ENOENT ${path}`);
      return found;
    },
    createFile: async (path, content) => {
      created[path] = content;
    },
    removeFile: async (path) => {
      delete created[path];
    },
  };
  return { deps: d, created };
}

describe('syncJournal', () => {
  it('commits new entries, rebases onto the team’s, pushes, and reports what came and went', async () => {
    const { repo, calls } = fakeRepo({
      changes: [{ path: ENTRY, change: 'added' }],
      counts: { 'committed..remote1': 2, 'rebased..remote1': 0, 'remote1..rebased': 1 },
      diffs: { 'base..remote1': [{ path: 'entries/2026/11/other-aaaa.md', change: 'added' }] },
    });
    const { deps: d } = deps(repo, { [ENTRY]: text() });
    const outcome = await syncJournal(d);
    expect(outcome).toMatchObject({
      status: 'synced',
      remote: 'origin',
      branch: 'main',
      committed: { message: 'mindlines: add 1 reflection', added: [ENTRY] },
      received: { commits: 2, added: 1, modified: 0, deleted: 0 },
      sent: 1,
    });
    expect(calls).toEqual([
      'fetch origin',
      `commit mindlines: add 1 reflection [${ENTRY}]`,
      'rebase refs/remotes/origin/main',
      'push origin main',
    ]);
  });

  it('with no remote, commits locally and stops there', async () => {
    const { repo, calls } = fakeRepo({ remotes: [], upstream: undefined, changes: [{ path: ENTRY, change: 'added' }], untracked: ['mindlines.yaml', ENTRY] });
    const { deps: d } = deps(repo, { [ENTRY]: text() });
    const outcome = await syncJournal(d);
    expect(outcome.status).toBe('no-remote');
    expect(calls).toEqual([`commit mindlines: add 1 reflection, share the journal settings [mindlines.yaml, ${ENTRY}]`]);
  });

  it('offline: keeps the commit and says how many commits wait to be sent', async () => {
    const { repo, calls } = fakeRepo({
      changes: [{ path: ENTRY, change: 'modified' }],
      fetch: [{ ok: false, reason: 'unreachable', detail: 'Could not resolve host: git.example' }],
      counts: { 'remote1..committed': 3 },
    });
    const { deps: d } = deps(repo, { [ENTRY]: text() });
    const outcome = await syncJournal(d);
    expect(outcome).toMatchObject({ status: 'offline', waiting: 3, detail: 'Could not resolve host: git.example' });
    expect(calls).toEqual(['fetch origin', `commit mindlines: update 1 reflection [${ENTRY}]`]);
  });

  it('offline before the team’s settings are known: shares entries but not our own settings files', async () => {
    const { repo, calls } = fakeRepo({
      refs: { 'refs/remotes/origin/main': undefined },
      untracked: ['mindlines.yaml', ENTRY],
      changes: [{ path: ENTRY, change: 'added' }],
      fetch: [{ ok: false, reason: 'unreachable', detail: 'no route' }],
    });
    const { deps: d } = deps(repo, { [ENTRY]: text() });
    await syncJournal(d);
    expect(calls).toContain(`commit mindlines: add 1 reflection [${ENTRY}]`);
  });

  it('when someone pushed in between, fetches and tries again', async () => {
    const { repo, calls } = fakeRepo({
      counts: { 'local1..remote1': 0, 'remote1..local1': 1 },
      push: [{ ok: false, reason: 'out-of-date', detail: '[rejected] (fetch first)' }, { ok: true }],
    });
    const { deps: d } = deps(repo);
    const outcome = await syncJournal(d);
    expect(outcome.status).toBe('synced');
    expect(calls).toEqual(['fetch origin', 'push origin main', 'fetch origin', 'push origin main']);
  });

  it('a refused push keeps the local commit and reports the remote’s reason', async () => {
    const { repo } = fakeRepo({
      counts: { 'remote1..local1': 1 },
      push: [{ ok: false, reason: 'rejected', detail: '[remote rejected] (pre-receive hook declined) closed' }],
    });
    const outcome = await syncJournal(deps(repo).deps);
    expect(outcome).toMatchObject({ status: 'rejected', waiting: 1, detail: '[remote rejected] (pre-receive hook declined) closed' });
  });

  it('a first push to an empty remote records it as the upstream', async () => {
    const { repo, calls } = fakeRepo({ upstream: undefined, refs: { 'refs/remotes/origin/main': undefined }, counts: { '..local1': 4 } });
    const outcome = await syncJournal(deps(repo).deps);
    expect(outcome).toMatchObject({ status: 'synced', sent: 4 });
    expect(calls).toContain('push origin main track');
  });

  it('on a rebase conflict: keeps ours in place, saves theirs beside it, commits on top of theirs, sends nothing', async () => {
    const { repo, calls } = fakeRepo({
      counts: { 'local1..remote1': 1 },
      rebase: { ok: false, conflicts: [ENTRY], detail: 'CONFLICT (content)' },
      diffs: {
        'base..local1': [{ path: ENTRY, change: 'modified' }, { path: 'entries/2026/11/mine-bbbb.md', change: 'added' }],
        'base..remote1': [{ path: ENTRY, change: 'modified' }],
      },
      blobs: { [`local1:${ENTRY}`]: text('Mine.'), [`remote1:${ENTRY}`]: text('Theirs.') },
    });
    const { deps: d, created } = deps(repo);
    const outcome = await syncJournal(d);
    const copy = ENTRY.replace('.md', '.conflict-alice-smith.md');
    expect(outcome).toMatchObject({
      status: 'conflict',
      conflicts: [{ path: ENTRY, copy, author: 'Alice Smith', ours: 'changed', theirs: 'changed' }],
      sent: 0,
    });
    expect(created).toEqual({ [copy]: text('Theirs.') });
    expect(calls).toEqual([
      'fetch origin',
      'rebase refs/remotes/origin/main',
      `ignore ${copy}`,
      'commitOnTopOf remote1 base mindlines: add 1 reflection, update 1',
    ]);
  });

  it('removes the copies it wrote when it cannot finish keeping both versions', async () => {
    const { repo } = fakeRepo({
      counts: { 'local1..remote1': 1 },
      rebase: { ok: false, conflicts: [ENTRY], detail: 'CONFLICT' },
      diffs: { 'base..local1': [{ path: ENTRY, change: 'modified' }], 'base..remote1': [{ path: ENTRY, change: 'modified' }] },
      blobs: { [`local1:${ENTRY}`]: text('Mine.'), [`remote1:${ENTRY}`]: text('Theirs.') },
    });
    repo.commitOnTopOf = async () => {
      throw new Error('git reset --keep failed');
    };
    const { deps: d, created } = deps(repo);
    await expect(syncJournal(d)).rejects.toThrow('git reset --keep failed');
    expect(created).toEqual({});
  });

  it('a rebase that fails for another reason is reported, not dressed up as a conflict', async () => {
    const { repo } = fakeRepo({ counts: { 'local1..remote1': 1 }, rebase: { ok: false, conflicts: [], detail: 'untracked working tree files would be overwritten' } });
    const outcome = await syncJournal(deps(repo).deps);
    expect(outcome).toMatchObject({ status: 'failed', detail: 'untracked working tree files would be overwritten' });
  });

  it('refuses to start while conflict copies from an earlier sync remain', async () => {
    const copy = ENTRY.replace('.md', '.conflict-alice-smith.md');
    const { repo, calls } = fakeRepo({ untracked: [copy, '.mindlines/'] });
    const outcome = await syncJournal(deps(repo).deps);
    expect(outcome).toMatchObject({ status: 'unresolved', unresolved: [{ copy, original: ENTRY }] });
    expect(calls).toEqual([]);
  });

  it('stops before committing when the privacy check finds an identifier', async () => {
    const { repo, calls } = fakeRepo({ changes: [{ path: ENTRY, change: 'added' }] });
    const scan: PrivacyScan = (_t, file) => [{ file, line: 7, column: 1, kind: 'nhs-number', text: '943 476 5919' }];
    const outcome = await syncJournal(deps(repo, { [ENTRY]: text('943 476 5919') }, scan).deps);
    expect(outcome).toMatchObject({ status: 'blocked', findings: [{ file: ENTRY, kind: 'nhs-number' }] });
    expect(calls).toEqual(['fetch origin']);
  });

  it('loads the privacy scanner only when there are entries to check', async () => {
    const { repo } = fakeRepo({ changes: [{ path: ENTRY, change: 'deleted' }], counts: { 'remote1..committed': 1 } });
    const { deps: d } = deps(repo);
    d.scanner = async () => {
      throw new Error('the scanner should not be loaded');
    };
    expect((await syncJournal(d)).committed?.message).toBe('mindlines: remove 1 reflection');
  });

  it.each([
    [{ isRepository: false }, 'not-a-repository'],
    [{ inProgress: 'rebase' as const }, 'in-progress'],
    [{ branch: undefined }, 'detached'],
  ])('does nothing in a repository state it should not touch: %o', async (state, status) => {
    const { repo, calls } = fakeRepo({ state });
    expect((await syncJournal(deps(repo).deps)).status).toBe(status);
    expect(calls).toEqual([]);
  });

  it('joining: sets our own differing settings aside, takes the team’s history, then sends our entries', async () => {
    const { repo, calls } = fakeRepo({
      state: { unborn: true },
      refs: { HEAD: undefined },
      untracked: ['mindlines.yaml', '.gitignore'],
      blobs: { 'remote1:mindlines.yaml': 'name: Practice\n', 'remote1:.gitignore': '.mindlines/\n' },
      counts: { '..remote1': 5 },
    });
    const { deps: d } = deps(repo, { 'mindlines.yaml': 'name: bob\n', '.gitignore': '.mindlines/\n' });
    const outcome = await syncJournal(d);
    expect(calls).toEqual(['fetch origin', 'setAside mindlines.yaml keep, .gitignore', 'adopt refs/remotes/origin/main']);
    expect(outcome).toMatchObject({
      status: 'synced',
      setAside: [{ path: 'mindlines.yaml', to: '.mindlines/set-aside/x/mindlines.yaml' }],
      received: { commits: 5 },
    });
  });
});
