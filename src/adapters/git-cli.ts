import { execFile } from 'node:child_process';
import { GitError } from '../errors.js';

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * git under a shell that first sets umask 077, so every file git writes (a pull's entries, objects, the index) is
 * private to its owner, whatever the person's umask (issue 14: files a sync wrote were 0644). Windows has no umask.
 */
const GIT = process.platform === 'win32' ? { file: 'git', prefix: [] as string[] } : { file: '/bin/sh', prefix: ['-c', 'umask 077 && exec git "$@"', 'git'] };

/** Runs git in `cwd` and resolves with its output and exit code (a non-zero exit is not an exception here). */
export function runGit(cwd: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      GIT.file,
      [...GIT.prefix, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new GitError(`could not run git: ${error.message}`, { hint: 'is git installed and on your PATH?', cause: error }));
          return;
        }
        const code = typeof error?.code === 'number' ? error.code : 0;
        // The shell's "command not found": git is not installed.
        if (code === 127 && GIT.prefix.length > 0 && /git: (not found|No such file)/.test(stderr)) {
          reject(new GitError(`could not run git: ${stderr.trim()}`, { hint: 'is git installed and on your PATH?' }));
          return;
        }
        resolve({ stdout, stderr, code });
      },
    );
    // git may exit before reading all its input (a lock held by another git): that is in its exit code, and must
    // not end mindlines with an EPIPE stack trace (issue 14: two syncs at once).
    child.stdin?.on('error', () => undefined);
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Runs git and throws a GitError naming the command when it fails. */
export async function git(cwd: string, args: string[], input?: string): Promise<string> {
  const result = await runGit(cwd, args, input);
  if (result.code !== 0) {
    throw new GitError(`git ${args[0] ?? ''} failed: ${result.stderr.trim().split('\n').pop() ?? `exit ${result.code}`}`);
  }
  return result.stdout;
}

export async function isInsideWorkTree(dir: string): Promise<boolean> {
  const result = await runGit(dir, ['rev-parse', '--is-inside-work-tree']).catch(() => undefined);
  return result?.code === 0 && result.stdout.trim() === 'true';
}

export async function gitInit(dir: string): Promise<void> {
  await git(dir, ['init', '--quiet']);
}

/** git's `user.name`, or undefined when it is not set. */
export async function gitUserName(dir: string): Promise<string | undefined> {
  const result = await runGit(dir, ['config', 'user.name']).catch(() => undefined);
  const name = result?.code === 0 ? result.stdout.trim() : '';
  return name || undefined;
}

/** git's `user.email`, or undefined when it is not set. */
export async function gitUserEmail(dir: string): Promise<string | undefined> {
  const result = await runGit(dir, ['config', 'user.email']).catch(() => undefined);
  const email = result?.code === 0 ? result.stdout.trim() : '';
  return email || undefined;
}
