import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openJournalPorts } from '../../src/container.js';
import { JournalNotFoundError, UsageError } from '../../src/errors.js';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';

/** A folder holding a journal's config and nothing else. */
function journalAt(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'mindlines.yaml'), 'version: 1\nname: Opened\nmode: personal\nprofile: generic\n');
  return dir;
}

afterEach(() => vi.unstubAllEnvs());

describe('opening a journal: one opener, three ways to treat a missing one', () => {
  it('the command line creates the default journal on first use, and says so', async () => {
    const { home, env } = isolatedEnv();
    // Creating a journal runs `git init` in this process: it must see the temp home, never the real user's.
    for (const key of ['HOME', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM', 'XDG_CONFIG_HOME'] as const) vi.stubEnv(key, env[key] as string);
    const created: string[] = [];
    const opened = await openJournalPorts({ env, cwd: home, discovery: 'create-default', onCreated: (root) => created.push(root) });
    expect(created).toEqual([path.join(home, 'mindlines')]);
    expect(opened.ports?.root).toBe(path.join(home, 'mindlines'));
    expect(existsSync(path.join(home, 'mindlines', 'mindlines.yaml'))).toBe(true);
  });

  it('the library never creates one: a missing journal is a JournalNotFoundError, default or named', async () => {
    const { home, env } = isolatedEnv();
    await expect(openJournalPorts({ env, cwd: home, discovery: 'existing' })).rejects.toBeInstanceOf(JournalNotFoundError);
    await expect(openJournalPorts({ flag: 'nowhere', env, cwd: home, discovery: 'create-default' })).rejects.toBeInstanceOf(JournalNotFoundError);
    expect(existsSync(path.join(home, 'mindlines'))).toBe(false);
  });

  it('check works without a journal, unless --journal or MINDLINES_DIR names one that is not there', async () => {
    const { home, env } = isolatedEnv();
    const none = await openJournalPorts({ env, cwd: home, discovery: 'optional' });
    expect(none.ports).toBeUndefined();
    expect(none.discovered.root).toBe(path.join(home, 'mindlines'));
    await expect(openJournalPorts({ env: { ...env, MINDLINES_DIR: path.join(home, 'gone') }, cwd: home, discovery: 'optional' })).rejects.toBeInstanceOf(UsageError);
    const root = journalAt(path.join(tempDir(), 'practice'));
    const found = await openJournalPorts({ env, cwd: path.join(root), discovery: 'optional' });
    expect(found.ports?.config.name).toBe('Opened');
  });

  it('a fixed "now" is the clock every port shares, and a bad one is refused', async () => {
    const { env } = isolatedEnv();
    const root = journalAt(path.join(tempDir(), 'j'));
    const opened = await openJournalPorts({ flag: root, env, cwd: root, discovery: 'existing', now: '2026-11-27' });
    expect(opened.ports?.clock.now().toISOString().slice(0, 10)).toBe('2026-11-27');
    await expect(openJournalPorts({ flag: root, env, cwd: root, discovery: 'existing', now: 'someday' })).rejects.toThrow(/not a date/);
  });
});
