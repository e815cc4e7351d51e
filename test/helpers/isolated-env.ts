import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface IsolatedEnv {
  /** A temp folder standing in for the user's home. */
  home: string;
  env: NodeJS.ProcessEnv;
}

const made: string[] = [];

/**
 * Removes the temp folders made so far (test/helpers/setup.ts calls it after each test file). KEEP_TEST_DIRS=1
 * keeps them for a look.
 */
export function removeTempDirs(): void {
  if (process.env.KEEP_TEST_DIRS) return;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh temp folder, removed after the test file. */
export function tempDir(prefix = 'mindlines-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * An environment in which a test never sees the real user: HOME, XDG folders and git's global config all point
 * into a temp folder, git has a local identity, colours are off, and no MINDLINES_* variable leaks in.
 */
export function isolatedEnv(extra: NodeJS.ProcessEnv = {}): IsolatedEnv {
  const home = tempDir('mindlines-home-');
  mkdirSync(path.join(home, '.config'), { recursive: true });
  const gitconfig = path.join(home, '.gitconfig');
  // No automatic housekeeping: after each commit, fetch and push git would start `git maintenance run --auto` or
  // `git gc --auto`, extra processes that find nothing to do in a journal of a few dozen objects.
  writeFileSync(
    gitconfig,
    '[user]\n\tname = Test Clinician\n\temail = test@example.invalid\n[init]\n\tdefaultBranch = main\n[maintenance]\n\tauto = false\n[receive]\n\tautogc = false\n',
  );
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local/state'),
    GIT_CONFIG_GLOBAL: gitconfig,
    GIT_CONFIG_NOSYSTEM: '1',
    NO_COLOR: '1',
    TMPDIR: process.env.TMPDIR ?? os.tmpdir(),
    ...extra,
  };
  return { home, env };
}
