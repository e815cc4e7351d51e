import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isolatedEnv, tempDir, type IsolatedEnv } from './isolated-env.js';
import { writeEntries, type EntrySpec } from './entries.js';
import { runCli, type CliResult } from './run-cli.js';
import { runInProcess } from './run-in-process.js';

/** One person's clone of the team repository: their own home, git identity and journal folder. */
export interface Clone extends IsolatedEnv {
  name: string;
  root: string;
  /** Runs git in the clone as this person. */
  git(args: string[]): string;
  /** Runs mindlines on the clone as this person, in-process. */
  run: (args: string[], input?: string | Buffer) => Promise<CliResult>;
  /** Runs the built CLI on the clone as this person, as a separate process. */
  spawn: (args: string[], input?: string | Buffer) => Promise<CliResult>;
  /**
   * Writes an entry by this person where and as `mindlines new --answers` would (author from their git identity,
   * team visibility unless said otherwise), through the entry serializer, and returns its path.
   */
  write(entry: EntrySpec): string;
}

export interface GitRemote {
  /** The bare repository standing in for the team's server (a path git can push to). */
  url: string;
  /** Clones the remote as a new person would: `git clone`, their own identity, then `mindlines init --mode team`. */
  clone(name: string, options?: { email?: string; init?: boolean; env?: NodeJS.ProcessEnv }): Promise<Clone>;
  /** Runs git in the bare repository. */
  git(args: string[]): string;
  /** Makes the remote refuse every push (a pre-receive hook that says why), or accept them again. */
  rejectPushes(reason: string | false): void;
}

/**
 * A team journal cloned from an empty remote and initialised, by the extra environment it was made with, in this
 * test file: the next clone of an empty remote copies it and points it at its own remote instead of running clone
 * and init (about ten git processes) again. Removed with the file's other temp folders (test/helpers/setup.ts).
 */
const emptyClones = new Map<string, string>();

/** A bare repository with no branch yet: nothing was ever pushed to it. */
const isEmpty = (url: string) => readdirSync(path.join(url, 'refs', 'heads')).length === 0 && !existsSync(path.join(url, 'packed-refs'));

/** A bare "remote" in a temp folder, empty, with `main` as its default branch. */
export function gitRemote(): GitRemote {
  const base = tempDir('mindlines-team-');
  const url = path.join(base, 'team.git');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', url]);
  const hook = path.join(url, 'hooks', 'pre-receive');
  return {
    url,
    git: (args) => execFileSync('git', args, { cwd: url, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }),
    rejectPushes(reason) {
      if (reason === false) {
        rmSync(hook, { force: true });
        return;
      }
      writeFileSync(hook, `#!/bin/sh\necho ${JSON.stringify(reason)} >&2\nexit 1\n`);
      chmodSync(hook, 0o755);
    },
    async clone(name, options = {}) {
      const isolated = isolatedEnv({ MINDLINES_NOW: '2026-11-27', ...options.env });
      const root = path.join(isolated.home, 'journal');
      const git = (args: string[], cwd = root) => execFileSync('git', args, { cwd, env: isolated.env, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
      const run = (args: string[], input?: string | Buffer) => runInProcess(['--journal', root, ...args], { cwd: isolated.home, env: isolated.env, input });
      const identify = () => {
        git(['config', 'user.name', name]);
        git(['config', 'user.email', options.email ?? `${name.toLowerCase().replace(/\s+/g, '.')}@example.invalid`]);
      };
      const key = JSON.stringify(options.env ?? {});
      const made = emptyClones.get(key);
      if (options.init !== false && isEmpty(url) && made !== undefined && existsSync(made)) {
        // What clone and init would make here, but for the remote's address, which is the only trace of it.
        cpSync(made, root, { recursive: true, preserveTimestamps: true });
        git(['config', 'remote.origin.url', url]);
        identify();
      } else {
        const empty = isEmpty(url);
        git(['clone', '--quiet', url, root], isolated.home);
        identify();
        if (options.init !== false) {
          const init = await runInProcess(['init', root, '--mode', 'team'], { cwd: isolated.home, env: isolated.env });
          if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
          if (empty) {
            const copy = path.join(tempDir('mindlines-clone-'), 'journal');
            cpSync(root, copy, { recursive: true, preserveTimestamps: true });
            emptyClones.set(key, copy);
          }
        }
      }
      return {
        ...isolated,
        name,
        root,
        git: (args) => git(args),
        run,
        // Processes spawned together may wait for each other (one sync for another): a longer guard than one command's.
        spawn: (args, input) => runCli(['--journal', root, ...args], { cwd: isolated.home, env: isolated.env, input, timeoutMs: 60_000 }),
        write: (entry) => writeEntries(root, [entry], { mode: 'team', author: name, today: isolated.env.MINDLINES_NOW })[0]!,
      };
    },
  };
}
