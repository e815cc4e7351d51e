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
}

export const DEFAULT_JOURNAL_FOLDER = 'mindlines';

function hasConfig(dir: string): boolean {
  try {
    return statSync(path.join(dir, CONFIG_FILE)).isFile();
  } catch {
    return false;
  }
}

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
    const root = path.resolve(input.cwd, input.flag);
    return { root, source: 'flag', exists: hasConfig(root) };
  }
  const fromEnv = input.env.MINDLINES_DIR;
  if (fromEnv) {
    const root = path.resolve(input.cwd, fromEnv);
    return { root, source: 'env', exists: hasConfig(root) };
  }
  const upward = findUpward(input.cwd);
  if (upward) return { root: upward, source: 'upward', exists: true };
  const root = path.join(input.home, DEFAULT_JOURNAL_FOLDER);
  return { root, source: 'default', exists: existsSync(path.join(root, CONFIG_FILE)) };
}
