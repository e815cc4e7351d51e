import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverJournal } from '../../../src/config/discovery.js';
import { ConfigError } from '../../../src/errors.js';
import { parseConfig } from '../../../src/config/journal-config.js';
import { tempDir } from '../../helpers/isolated-env.js';

function journalAt(dir: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'mindlines.yaml'), 'version: 1\nname: J\n');
  return dir;
}

describe('which journal a command uses', () => {
  const base = tempDir();
  const home = path.join(base, 'home');
  const nested = journalAt(path.join(base, 'work/journal'));
  const deep = path.join(nested, 'entries/2026/11');
  mkdirSync(deep, { recursive: true });
  const elsewhere = journalAt(path.join(base, 'elsewhere'));

  it('prefers --journal over everything', () => {
    expect(discoverJournal({ flag: elsewhere, env: { MINDLINES_DIR: nested }, cwd: deep, home })).toEqual({ root: elsewhere, source: 'flag', exists: true });
  });

  it('then MINDLINES_DIR', () => {
    expect(discoverJournal({ env: { MINDLINES_DIR: elsewhere }, cwd: deep, home }).root).toBe(elsewhere);
  });

  it('then the nearest folder upward holding mindlines.yaml', () => {
    expect(discoverJournal({ env: {}, cwd: deep, home })).toEqual({ root: nested, source: 'upward', exists: true });
  });

  it('then ~/mindlines, which may not exist yet', () => {
    expect(discoverJournal({ env: {}, cwd: base, home })).toEqual({ root: path.join(home, 'mindlines'), source: 'default', exists: false });
  });

  it('resolves a relative --journal against the working folder and says when it is missing', () => {
    expect(discoverJournal({ flag: 'nowhere', env: {}, cwd: base, home })).toEqual({ root: path.join(base, 'nowhere'), source: 'flag', exists: false });
  });
});

describe('mindlines.yaml', () => {
  it('reads settings and keeps unknown keys', () => {
    const config = parseConfig('name: Practice\nmode: team\nprofile: nmc\nyear_start: 04-01\nfuture_thing: 1\nprivacy:\n  names: [Smith]\n', 'mindlines.yaml');
    expect(config).toMatchObject({ name: 'Practice', mode: 'team', profile: 'nmc', yearStart: '04-01', privacy: { names: ['Smith'], allow: [] } });
    expect(config.raw.future_thing).toBe(1);
  });

  it('names the file and line of a bad setting', () => {
    expect(() => parseConfig('name: J\nmode: solo\n', 'j/mindlines.yaml')).toThrow(new ConfigError('j/mindlines.yaml', 2, '`mode` should be personal or team'));
    expect(() => parseConfig('name: J\nyear_start: 13-01\n', 'm.yaml')).toThrow(/m\.yaml:2: `year_start`/);
  });
});
