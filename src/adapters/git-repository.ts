import { promises as fs } from 'node:fs';
import path from 'node:path';
import type {
  ChangeKind,
  CommitAuthor,
  FileChange,
  RebaseResult,
  RemoteResult,
  Repository,
  RepositoryState,
  Upstream,
} from '../core/team/repository.js';
import { GitError } from '../errors.js';
import { runGit, type GitResult } from './git-cli.js';

interface Layout {
  /** The work tree's top folder. */
  top: string;
  /** The journal's folder relative to `top`, with a trailing slash, or '' when the journal is the top. */
  prefix: string;
}

const splitZ = (text: string) => text.split('\0').filter((item) => item !== '');

/** The last meaningful lines git wrote, for messages. */
function gitSays(result: GitResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^hint:/.test(line) && !/^(To|From) /.test(line));
  return lines.slice(-3).join(' ').slice(0, 400) || `git exited with code ${result.code}`;
}

/**
 * The Repository port over the git command line. Every command runs with the journal folder as its working
 * directory and NUL-separated output, so paths with any characters come back exactly, relative to the journal.
 */
export class GitRepository implements Repository {
  private layout: Layout | undefined;
  private emptyTree: string | undefined;

  constructor(private readonly root: string) {}

  private run(args: string[], input?: string, env?: NodeJS.ProcessEnv): Promise<GitResult> {
    return runGit(this.root, args, input, env);
  }

  /** Runs git and throws a GitError (with git's own words) when it fails. */
  private async must(args: string[], input?: string, env?: NodeJS.ProcessEnv): Promise<string> {
    const result = await this.run(args, input, env);
    if (result.code !== 0) throw new GitError(`git ${args[0] ?? ''} failed: ${gitSays(result)}`);
    return result.stdout;
  }

  private async getLayout(): Promise<Layout> {
    if (!this.layout) {
      const out = await this.must(['rev-parse', '--show-toplevel', '--show-prefix']);
      const [top = this.root, prefix = ''] = out.split('\n');
      this.layout = { top, prefix };
    }
    return this.layout;
  }

  private async gitPath(name: string): Promise<string> {
    const out = (await this.must(['rev-parse', '--git-path', name])).trim();
    return path.resolve(this.root, out);
  }

  private async exists(file: string): Promise<boolean> {
    return fs.stat(file).then(
      () => true,
      () => false,
    );
  }

  async state(): Promise<RepositoryState> {
    const inside = await this.run(['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
      return { isRepository: false, branch: undefined, unborn: false, inProgress: undefined };
    }
    const branch = await this.run(['symbolic-ref', '-q', '--short', 'HEAD']);
    const head = await this.run(['rev-parse', '-q', '--verify', 'HEAD']);
    let inProgress: RepositoryState['inProgress'];
    if ((await this.exists(await this.gitPath('rebase-merge'))) || (await this.exists(await this.gitPath('rebase-apply')))) {
      inProgress = 'rebase';
    } else if (await this.exists(await this.gitPath('MERGE_HEAD'))) inProgress = 'merge';
    else if (await this.exists(await this.gitPath('CHERRY_PICK_HEAD'))) inProgress = 'cherry-pick';
    else if (await this.exists(await this.gitPath('REVERT_HEAD'))) inProgress = 'revert';
    return {
      isRepository: true,
      branch: branch.code === 0 ? branch.stdout.trim() : undefined,
      unborn: head.code !== 0,
      inProgress,
    };
  }

  async changes(folder: string): Promise<FileChange[]> {
    const { prefix } = await this.getLayout();
    const out = await this.must(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', folder]);
    const changes: FileChange[] = [];
    for (const record of splitZ(out)) {
      const x = record[0];
      const y = record[1];
      const file = record.slice(3);
      if (!file.startsWith(prefix)) continue;
      const rel = file.slice(prefix.length);
      let change: ChangeKind;
      if (x === '?') change = 'added';
      else if (x === 'A') {
        if (y === 'D') continue; // added to the index, then deleted: nothing to commit
        change = 'added';
      } else if (x === 'D' || y === 'D') change = 'deleted';
      else change = 'modified';
      changes.push({ path: rel, change });
    }
    return changes;
  }

  async untracked(): Promise<string[]> {
    const plain = await this.must(['ls-files', '-z', '--others', '--exclude-standard']);
    const ignored = await this.must(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory']);
    return [...new Set([...splitZ(plain), ...splitZ(ignored)])];
  }

  async commit(paths: string[], message: string): Promise<string> {
    const list = `${paths.join('\0')}\0`;
    await this.must(['--literal-pathspecs', 'add', '-A', '--pathspec-from-file=-', '--pathspec-file-nul'], list);
    await this.must(['--literal-pathspecs', 'commit', '--quiet', '-m', message, '--pathspec-from-file=-', '--pathspec-file-nul'], list);
    return (await this.must(['rev-parse', 'HEAD'])).trim();
  }

  async remotes(): Promise<string[]> {
    return (await this.must(['remote'])).split('\n').filter(Boolean);
  }

  async upstream(): Promise<Upstream | undefined> {
    const branch = await this.run(['symbolic-ref', '-q', '--short', 'HEAD']);
    if (branch.code !== 0) return undefined;
    const name = branch.stdout.trim();
    const remote = (await this.run(['config', `branch.${name}.remote`])).stdout.trim();
    const merge = (await this.run(['config', `branch.${name}.merge`])).stdout.trim();
    if (!remote || remote === '.' || !merge.startsWith('refs/heads/')) return undefined;
    return { remote, branch: merge.slice('refs/heads/'.length) };
  }

  async fetch(remote: string): Promise<RemoteResult> {
    const result = await this.run(['fetch', '--quiet', remote]);
    return result.code === 0 ? { ok: true } : { ok: false, reason: 'unreachable', detail: gitSays(result) };
  }

  async resolve(ref: string): Promise<string | undefined> {
    const result = await this.run(['rev-parse', '-q', '--verify', `${ref}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  async countCommits(from: string | undefined, to: string): Promise<number> {
    const out = await this.must(['rev-list', '--count', to, ...(from ? [`^${from}`] : [])]);
    return Number(out.trim()) || 0;
  }

  private async empty(): Promise<string> {
    this.emptyTree ??= (await this.must(['hash-object', '-t', 'tree', '--stdin'], '')).trim();
    return this.emptyTree;
  }

  async diff(from: string | undefined, to: string): Promise<FileChange[]> {
    const out = await this.must(['diff', '--relative', '--name-status', '-z', '--no-renames', from ?? (await this.empty()), to]);
    const items = splitZ(out);
    const changes: FileChange[] = [];
    for (let i = 0; i + 1 < items.length; i += 2) {
      const status = (items[i] as string)[0];
      const change: ChangeKind = status === 'A' ? 'added' : status === 'D' ? 'deleted' : 'modified';
      changes.push({ path: items[i + 1] as string, change });
    }
    return changes;
  }

  async show(ref: string, file: string): Promise<string | undefined> {
    const result = await this.run(['cat-file', 'blob', `${ref}:./${file}`]);
    return result.code === 0 ? result.stdout : undefined;
  }

  async lastAuthor(ref: string, file: string): Promise<string | undefined> {
    const result = await this.run(['--literal-pathspecs', 'log', '-1', '--format=%an', ref, '--', file]);
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const result = await this.run(['merge-base', a, b]);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  async rebase(onto: string): Promise<RebaseResult> {
    const stashBefore = await this.resolve('refs/stash');
    const result = await this.run(['rebase', '--autostash', onto], undefined, { GIT_EDITOR: 'true' });
    if (result.code === 0) {
      const stashAfter = await this.resolve('refs/stash');
      return { ok: true, stashConflict: stashAfter !== undefined && stashAfter !== stashBefore };
    }
    const conflicts = splitZ((await this.run(['diff', '--relative', '--name-only', '-z', '--diff-filter=U'])).stdout);
    const detail = gitSays(result);
    if ((await this.state()).inProgress === 'rebase') {
      const aborted = await this.run(['rebase', '--abort']);
      if (aborted.code !== 0) throw new GitError(`git rebase --abort failed: ${gitSays(aborted)}`);
    }
    return { ok: false, conflicts, detail } as RebaseResult;
  }

  async adopt(ref: string): Promise<void> {
    const branch = (await this.must(['symbolic-ref', '--short', 'HEAD'])).trim();
    await this.must(['checkout', '-q', '-B', branch, ref]);
  }

  async commitOnTopOf(onto: string, base: string | undefined, message: string, overrides: { path: string; text: string | undefined }[] = []): Promise<string> {
    const { top, prefix } = await this.getLayout();
    const at = (args: string[], input?: string, env?: NodeJS.ProcessEnv) => runGit(top, args, input, env);
    const mustAt = async (args: string[], input?: string, env?: NodeJS.ProcessEnv) => {
      const result = await at(args, input, env);
      if (result.code !== 0) throw new GitError(`git ${args[0] ?? ''} failed: ${gitSays(result)}`);
      return result.stdout;
    };
    // Our changes since the common ancestor, with the modes and blobs git already stores.
    const raw = splitZ(await mustAt(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', base ?? (await this.empty()), 'HEAD']));
    const records: string[] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const [, dstMode, , dstSha, status] = (raw[i] as string).split(/\s+/);
      const file = raw[i + 1] as string;
      records.push(status === 'D' ? `0 ${'0'.repeat((dstSha ?? '').length || 40)}\t${file}` : `${dstMode} ${dstSha}\t${file}`);
    }
    // Resolutions laid over our changes (a later record for a path wins): merged entries, and their other names gone.
    for (const override of overrides) {
      const file = `${prefix}${override.path}`;
      if (override.text === undefined) records.push(`0 ${'0'.repeat(onto.length)}\t${file}`);
      else records.push(`100644 ${(await mustAt(['hash-object', '-w', '--stdin'], override.text)).trim()}\t${file}`);
    }
    const index = await this.gitPath('mindlines-sync-index');
    await fs.rm(index, { force: true });
    try {
      const env = { GIT_INDEX_FILE: index };
      await mustAt(['read-tree', onto], undefined, env);
      if (records.length > 0) await mustAt(['update-index', '-z', '--index-info'], `${records.join('\0')}\0`, env);
      const tree = (await mustAt(['write-tree'], undefined, env)).trim();
      const commit = (await mustAt(['commit-tree', tree, '-p', onto, '-m', message])).trim();
      // --keep moves the branch and updates the files that differ, and refuses rather than lose uncommitted edits.
      await mustAt(['reset', '-q', '--keep', commit]);
      return commit;
    } finally {
      await fs.rm(index, { force: true });
    }
  }

  async push(remote: string, branch: string, track: boolean): Promise<RemoteResult> {
    const result = await this.run(['push', '--porcelain', ...(track ? ['-u'] : []), remote, `HEAD:refs/heads/${branch}`]);
    if (result.code === 0) return { ok: true };
    const rejected = result.stdout.split('\n').find((line) => line.startsWith('!'));
    if (rejected) {
      const summary = rejected.split('\t')[2] ?? '';
      if (/^\[rejected\]/.test(summary) && /fetch first|non-fast-forward/.test(summary)) {
        return { ok: false, reason: 'out-of-date', detail: summary };
      }
      const remoteSaid = result.stderr
        .split('\n')
        .filter((line) => line.startsWith('remote:'))
        .map((line) => line.slice('remote:'.length).trim())
        .filter(Boolean);
      return { ok: false, reason: 'rejected', detail: [summary, ...remoteSaid].join(' ').trim() };
    }
    return { ok: false, reason: 'unreachable', detail: gitSays(result) };
  }

  async setAside(files: { path: string; keep: boolean }[]): Promise<{ path: string; to: string | undefined }[]> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const moved: { path: string; to: string | undefined }[] = [];
    for (const file of files) {
      const from = path.join(this.root, file.path);
      if (!file.keep) {
        await fs.rm(from, { force: true });
        moved.push({ path: file.path, to: undefined });
        continue;
      }
      const to = path.posix.join('.mindlines', 'set-aside', stamp, file.path);
      await fs.mkdir(path.dirname(path.join(this.root, to)), { recursive: true });
      await fs.rename(from, path.join(this.root, to));
      moved.push({ path: file.path, to });
    }
    return moved;
  }

  async ignoreLocally(paths: string[]): Promise<void> {
    const { prefix } = await this.getLayout();
    const lines: string[] = [];
    for (const file of paths) {
      const ignored = await this.run(['check-ignore', '-q', '--no-index', '--', file]);
      if (ignored.code !== 0) lines.push(`/${prefix}${file}`);
    }
    if (lines.length === 0) return;
    const exclude = await this.gitPath('info/exclude');
    await fs.mkdir(path.dirname(exclude), { recursive: true });
    const existing = await fs.readFile(exclude, 'utf8').catch(() => '');
    const header = existing.includes('# mindlines') ? '' : '# mindlines: conflict copies kept on this computer\n';
    await fs.appendFile(exclude, `${existing && !existing.endsWith('\n') ? '\n' : ''}${header}${lines.join('\n')}\n`);
  }

  async authors(): Promise<CommitAuthor[]> {
    const result = await this.run(['log', '--format=%an%x00%ae%x00%aI', '--', 'entries']);
    if (result.code !== 0) return [];
    const byKey = new Map<string, CommitAuthor>();
    for (const line of result.stdout.split('\n')) {
      if (!line) continue;
      const [name = '', email = '', date = ''] = line.split('\0');
      const key = `${name}\0${email.toLowerCase()}`;
      const known = byKey.get(key);
      if (known) known.commits++;
      else byKey.set(key, { name, email, last: date, commits: 1 });
    }
    return [...byKey.values()];
  }
}
