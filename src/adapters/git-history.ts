import { realpathSync } from 'node:fs';
import path from 'node:path';
import { CHANGE_TRAILER } from '../core/history/change-log.js';
import type { FileState, Identity, JournalHistory, RecordedCommit, Version } from '../core/history/ports.js';
import { GitError } from '../errors.js';
import { runGit, type GitResult } from './git-cli.js';

const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = `--format=%H${FIELD}%aI${FIELD}%s${FIELD}%(trailers:key=${CHANGE_TRAILER},valueonly,separator=%x2C)${RECORD}`;

function lastLine(result: GitResult): string {
  return (result.stderr.trim() || result.stdout.trim()).split('\n').pop() ?? `exit ${result.code}`;
}

function parseVersions(stdout: string): Version[] {
  return stdout
    .split(RECORD)
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [commit = '', date = '', subject = '', change = ''] = record.split(FIELD);
      return { commit, date, subject, change: change.trim() || undefined };
    });
}

const STATUS: Record<string, RecordedCommit['files'][number]['status']> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed' };

/** A journal's history through the git command line (issue 17: commit each change, history, undo). */
export class GitHistory implements JournalHistory {
  constructor(private readonly root: string) {}

  private async git(args: string[], input?: string): Promise<string> {
    const result = await runGit(this.root, args, input);
    if (result.code !== 0) throw new GitError(`git ${args.find((a) => !a.startsWith('-')) ?? ''} failed: ${lastLine(result)}`);
    return result.stdout;
  }

  async ownsRepository(): Promise<boolean> {
    const result = await runGit(this.root, ['rev-parse', '--show-toplevel']).catch(() => undefined);
    if (result?.code !== 0) return false;
    const real = (p: string) => {
      try {
        return realpathSync(p);
      } catch {
        return path.resolve(p);
      }
    };
    return real(result.stdout.trim()) === real(this.root);
  }

  /** Runs a committing git command; when git knows no identity, once more as `fallback`. */
  private async committing(args: string[], message: string, fallback: Identity): Promise<void> {
    const result = await runGit(this.root, args, message);
    if (result.code === 0) return;
    if (!/tell me who you are|empty ident|unable to auto-detect email/i.test(result.stderr)) {
      throw new GitError(`git commit failed: ${lastLine(result)}`);
    }
    await this.git(['-c', `user.name=${fallback.name}`, '-c', `user.email=${fallback.email}`, ...args], message);
  }

  async commit(paths: readonly string[], message: string, fallback: Identity): Promise<void> {
    if (paths.length === 0) return;
    await this.git(['add', '-A', '--', ...paths]);
    const staged = await runGit(this.root, ['diff', '--cached', '--quiet', '--', ...paths]);
    if (staged.code === 0) return; // nothing to commit: the files are as git already has them
    // Only these paths are committed, whatever else the person has staged.
    await this.committing(['commit', '--quiet', '--file=-', '--', ...paths], message, fallback);
  }

  async fileState(file: string): Promise<FileState> {
    const tracked = await runGit(this.root, ['ls-files', '--error-unmatch', '--', file]);
    if (tracked.code !== 0) return 'untracked';
    const status = await this.git(['status', '--porcelain', '--', file]);
    return status.trim() === '' ? 'committed' : 'changed';
  }

  async versions(file: string | undefined, limit: number): Promise<Version[]> {
    const hasCommits = await runGit(this.root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (hasCommits.code !== 0) return [];
    const args = ['log', `-n${limit}`, FORMAT, ...(file ? ['--follow', '--', file] : [])];
    return parseVersions(await this.git(args));
  }

  async head(): Promise<RecordedCommit | undefined> {
    const [version] = await this.versions(undefined, 1);
    if (!version) return undefined;
    const names = await this.git(['show', '--name-status', '-M', '--format=', version.commit]);
    const files = names
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [code = '', ...rest] = line.split('\t');
        return { status: STATUS[code.charAt(0)] ?? 'modified', path: rest[rest.length - 1] ?? '' };
      });
    return { ...version, files };
  }

  async revert(commit: string, message: string, fallback: Identity): Promise<void> {
    // The revert is staged, then committed with mindlines' message (and its trailer), in one commit.
    const result = await runGit(this.root, ['revert', '--no-commit', commit]);
    if (result.code !== 0) {
      await runGit(this.root, ['revert', '--abort']).catch(() => undefined);
      throw new GitError(`git revert failed: ${lastLine(result)}`);
    }
    try {
      await this.committing(['commit', '--quiet', '--file=-'], message, fallback);
    } catch (error) {
      await runGit(this.root, ['revert', '--abort']).catch(() => undefined);
      throw error;
    }
  }
}
