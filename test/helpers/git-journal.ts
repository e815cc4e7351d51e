import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
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

/** A journal made with `mindlines init` inside an isolated home, a real git repository with a local identity. */
export async function gitJournal(initArgs: string[] = []): Promise<GitJournal> {
  const isolated = isolatedEnv();
  const root = path.join(tempDir('mindlines-journal-'), 'journal');
  const init = await runInProcess(['init', root, ...initArgs], { cwd: isolated.home, env: isolated.env });
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  return journalAt(isolated, root);
}

/**
 * A copy of `template` (its folder, repository and index, file times kept) in a fresh isolated home: a file's tests
 * build one journal through the CLI in beforeAll and each test changes its own copy. The journal keeps no absolute
 * path of itself, so the copy is the journal the same commands would have made there.
 */
export function copyJournal(template: GitJournal): GitJournal {
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
