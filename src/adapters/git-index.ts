import { execFile } from 'node:child_process';
import { GitError } from '../errors.js';
import { documentText, type DocumentText } from './document-text.js';
import { git, runGit } from './git-cli.js';

/** The top folder of the git work tree holding `dir`, or undefined when `dir` is not in one. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  const result = await runGit(dir, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  return result?.code === 0 ? result.stdout.trim() : undefined;
}

/** Files staged for the next commit (added, copied, modified, renamed), relative to the top of the work tree. */
export async function stagedFiles(top: string): Promise<string[]> {
  const out = await git(top, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR']);
  return out.split('\0').filter(Boolean);
}

/** The staged content of a file (what the commit will hold), not what is in the working tree. */
export async function stagedText(top: string, file: string): Promise<string> {
  return git(top, ['show', `:${file}`]);
}

/** The staged bytes of a file, read as text the way the hook scans it (document-text.ts). */
export function stagedDocument(top: string, file: string): Promise<DocumentText> {
  return new Promise((resolve, reject) => {
    execFile('git', ['show', `:${file}`], { cwd: top, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(new GitError(`git show :${file} failed: ${error.message}`, { cause: error }));
      else resolve(documentText(stdout, file));
    });
  });
}

/** Files git tracks under `folder` (relative to `dir`), relative to `dir`. */
export async function trackedFiles(dir: string, folder: string): Promise<string[]> {
  const result = await runGit(dir, ['ls-files', '-z', '--', folder]).catch(() => undefined);
  if (!result || result.code !== 0) return [];
  return result.stdout.split('\0').filter(Boolean);
}

/** Whether git tracks a file (it was committed or staged before). */
export async function isTracked(dir: string, file: string): Promise<boolean> {
  const result = await runGit(dir, ['ls-files', '--error-unmatch', '--', file]).catch(() => undefined);
  return result?.code === 0;
}
