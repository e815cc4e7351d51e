import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv } from '../helpers/isolated-env.js';
import { BIN, runCli } from '../helpers/run-cli.js';

// The bin itself: what only a real process shows (its Node guard, its exit status, its pipes).
describe('the mindlines command as a process', () => {
  it('prints its help and exits 0', async () => {
    const { home, env } = isolatedEnv();
    const result = await runCli(['--help'], { cwd: home, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: mindlines /);
    expect(result.stdout).toMatch(/^\s+export\s/m);
    expect(result.stderr).toBe('');
  });

  it('prints the version package.json holds, from the bundle as from the sources (bug: an empty line from the bundle)', async () => {
    const { home, env } = isolatedEnv();
    const { version } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version'], { cwd: home, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('refuses to start on a Node older than 20.19, saying which it found, before loading anything', () => {
    const { home, env } = isolatedEnv();
    const oldNode = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.18.1"})';
    const result = spawnSync(process.execPath, ['--import', oldNode, BIN, '--help'], { cwd: home, env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('mindlines needs Node.js 20.19 or newer; this is 20.18.1.\n');
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown option and 1 when the journal is missing, with one sentence and no stack trace', async () => {
    const { home, env } = isolatedEnv();
    const usage = await runCli(['list', '--nope'], { cwd: home, env });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("unknown option '--nope'");
    const missing = await runCli(['--journal', path.join(home, 'nope'), 'list'], { cwd: home, env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no mindlines journal at');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('bug: `mindlines --help | head` crashed with EPIPE', () => {
  it('exits 0 when the reader closes the pipe early', () => {
    const { home, env } = isolatedEnv();
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" --help | head -c 10 >/dev/null`], { cwd: home, env, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE/);
    expect(result.status).toBe(0);
  });
});
