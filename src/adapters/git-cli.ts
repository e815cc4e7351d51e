import { execFile } from 'node:child_process';
import { GitError } from '../errors.js';

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs `spawn` (which starts a child process synchronously) with the umask 077, so every file the child writes, here
 * git (a pull's entries, objects, the index), is private to its owner whatever the person's umask (issue 14: files
 * a sync wrote were 0644). The umask is put back at once; a file this process opens meanwhile can only come out
 * more private. Where the umask cannot be set (a worker thread), the child inherits the current one.
 */
function withPrivateUmask<T>(spawn: () => T): T {
  let previous: number | undefined;
  try {
    previous = process.umask(0o077);
  } catch {
    // worker threads may not change the umask
  }
  try {
    return spawn();
  } finally {
    if (previous !== undefined) process.umask(previous);
  }
}

/** Runs git in `cwd` and resolves with its output and exit code (a non-zero exit is not an exception here). */
export function runGit(cwd: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = withPrivateUmask(() =>
      execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env } }, (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new GitError(`could not run git: ${error.message}`, { hint: 'is git installed and on your PATH?', cause: error }));
          return;
        }
        resolve({ stdout, stderr, code: typeof error?.code === 'number' ? error.code : 0 });
      }),
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
