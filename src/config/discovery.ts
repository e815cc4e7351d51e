import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from './journal-config.js';

export type JournalSource = 'flag' | 'env' | 'upward' | 'default';

export interface DiscoveryInput {
  /** `--journal DIR`, if given. */
  flag?: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  home: string;
}

export interface DiscoveredJournal {
  root: string;
  source: JournalSource;
  /** Whether `mindlines.yaml` exists there already. */
  exists: boolean;
  /**
   * Why the folder could not be looked into, when that is the reason there seems to be no journal: the path is a
   * file (ENOTDIR), or it may not be read (EACCES). The message then names that, not a missing journal.
   */
  blocked?: NodeJS.ErrnoException | undefined;
}

export const DEFAULT_JOURNAL_FOLDER = 'mindlines';

function hasConfig(dir: string): boolean {
  try {
    return statSync(path.join(dir, CONFIG_FILE)).isFile();
  } catch {
    return false;
  }
}

/** Why `dir` cannot hold a journal we can open: it is a file, or a part of its path may not be searched. */
function blockedAt(dir: string): NodeJS.ErrnoException | undefined {
  try {
    statSync(path.join(dir, CONFIG_FILE));
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return error as NodeJS.ErrnoException;
    if (code !== 'ENOTDIR') return undefined;
    // Name the file that stands where a folder should be (the journal folder itself, or one above it).
    for (let at = dir; ; at = path.dirname(at)) {
      let file = false;
      try {
        file = statSync(at).isFile();
      } catch {
        // ENOTDIR further down: keep climbing
      }
      if (file) return Object.assign(error as NodeJS.ErrnoException, { path: at });
      if (path.dirname(at) === at) return error as NodeJS.ErrnoException;
    }
  }
}

const named = (root: string, source: JournalSource): DiscoveredJournal => {
  const exists = hasConfig(root);
  return { root, source, exists, blocked: exists ? undefined : blockedAt(root) };
};

/** Walks up from `start` like git does, returning the first folder holding `mindlines.yaml`. */
export function findUpward(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (hasConfig(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Which journal a command works on: `--journal DIR`, else `MINDLINES_DIR`, else the nearest folder upward holding
 * `mindlines.yaml`, else the default journal `~/mindlines` (which the caller creates on first use).
 */
export function discoverJournal(input: DiscoveryInput): DiscoveredJournal {
  if (input.flag) {
    return named(path.resolve(input.cwd, input.flag), 'flag');
  }
  const fromEnv = input.env.MINDLINES_DIR;
  if (fromEnv) {
    return named(path.resolve(input.cwd, fromEnv), 'env');
  }
  const upward = findUpward(input.cwd);
  if (upward) return { root: upward, source: 'upward', exists: true };
  const root = path.join(input.home, DEFAULT_JOURNAL_FOLDER);
  return { root, source: 'default', exists: existsSync(path.join(root, CONFIG_FILE)), blocked: blockedAt(root) };
}
