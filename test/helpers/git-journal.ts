import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { isolatedEnv, tempDir, type IsolatedEnv } from './isolated-env.js';
import { runCli, type CliResult } from './run-cli.js';
import { runInProcess } from './run-in-process.js';

export interface GitJournal extends IsolatedEnv {
  root: string;
  /** Runs git in the journal with the isolated identity. */
  git(args: string[]): string;
  /** Runs mindlines on the journal in-process (run(argv, runtime)), from the isolated home. */
  run: (args: string[], input?: string | Buffer) => Promise<CliResult>;
  /** Runs the built CLI on the journal as a separate process, for tests whose point is the process. */
  spawn: (args: string[], input?: string | Buffer) => Promise<CliResult>;
}

/**
 * Journals made by `mindlines init` with given arguments, in a test file: `gitJournal` copies one instead of running
 * init (five git processes) again. They go with the file's other temp folders (test/helpers/setup.ts), and the next
 * file in the worker makes its own.
 */
const initialised = new Map<string, string>();

/**
 * A journal made with `mindlines init` inside an isolated home, a real git repository with a local identity. The
 * journal keeps no absolute path of itself or of the home it was made from, so after the first in a test file with
 * the same arguments it is a copy (file times kept) of one that init made, as init would have made it there.
 */
export async function gitJournal(initArgs: string[] = []): Promise<GitJournal> {
  const key = JSON.stringify(initArgs);
  let made = initialised.get(key);
  if (made === undefined || !existsSync(made)) {
    const isolated = isolatedEnv();
    made = path.join(tempDir('mindlines-init-'), 'journal');
    const init = await runInProcess(['init', made, ...initArgs], { cwd: isolated.home, env: isolated.env });
    if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
    initialised.set(key, made);
  }
  return copyJournal({ root: made });
}

/**
 * A copy of `template` (its folder, repository and index, file times kept) in a fresh isolated home: a file's tests
 * build one journal through the CLI in beforeAll and each test changes its own copy. The journal keeps no absolute
 * path of itself, so the copy is the journal the same commands would have made there.
 */
export function copyJournal(template: Pick<GitJournal, 'root'>): GitJournal {
  const isolated = isolatedEnv();
  const root = path.join(tempDir('mindlines-journal-'), 'journal');
  cpSync(template.root, root, { recursive: true, preserveTimestamps: true });
  return journalAt(isolated, root);
}

function journalAt(isolated: IsolatedEnv, root: string): GitJournal {
  return {
    ...isolated,
    root,
    git: (args) => execFileSync('git', args, { cwd: root, env: isolated.env, encoding: 'utf8' }),
    run: (args, input) => runInProcess(['--journal', root, ...args], { cwd: isolated.home, env: isolated.env, input }),
    spawn: (args, input) => runCli(['--journal', root, ...args], { cwd: isolated.home, env: isolated.env, input }),
  };
}
