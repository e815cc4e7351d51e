import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';
import { isolatedEnv } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** Issue 17, "getting started": what a new user types before reading any help. */
describe('a new user finds their way around the command line', () => {
  const version = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

  it('prints the version with --version and -V', async () => {
    const { home, env } = isolatedEnv();
    for (const flag of ['--version', '-V']) {
      const result = await runInProcess([flag], { cwd: home, env });
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe(version);
    }
  });

  it('shows the help of one command with `help new`', async () => {
    const { home, env } = isolatedEnv();
    const result = await runInProcess(['help', 'new'], { cwd: home, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: mindlines new [options]');
    expect(result.stdout).toContain('--answers <file>');
  });

  it('refuses a mistyped command with exit 2 and suggests the nearest, creating nothing', async () => {
    const { home, env } = isolatedEnv();
    const result = await runInProcess(['lsit'], { cwd: home, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'lsit'. Did you mean 'list'?");
    expect(result.stderr).toContain('mindlines --help');
    expect(result.stderr).not.toContain('too many arguments');
    const far = await runInProcess(['frobnicate'], { cwd: home, env });
    expect(far.code).toBe(2);
    expect(far.stderr).toContain("unknown command 'frobnicate'.");
    expect(far.stderr).not.toContain('Did you mean');
    // The hidden command the completion scripts call is never offered to a person.
    const hidden = await runInProcess(['complete'], { cwd: home, env });
    expect(hidden.stderr).toContain("unknown command 'complete'");
    expect(hidden.stderr).not.toContain('__complete');
    expect(existsSync(path.join(home, 'mindlines'))).toBe(false);
  });

  it('prints a completion script for bash, zsh and fish, and refuses another shell', async () => {
    const { home, env } = isolatedEnv();
    expect((await runInProcess(['completion', 'bash'], { cwd: home, env })).stdout).toContain('complete -o default -F _mindlines mindlines');
    expect((await runInProcess(['completion', 'zsh'], { cwd: home, env })).stdout).toContain('compdef _mindlines mindlines');
    expect((await runInProcess(['completion', 'fish'], { cwd: home, env })).stdout).toContain('complete -c mindlines');
    const other = await runInProcess(['completion', 'tcsh'], { cwd: home, env });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('bash, zsh and fish');
  });

  it('completes short ids, tags and templates from the journal, and nothing (quietly) without one', async () => {
    const j = await gitJournal();
    const rel = (await j.run(['quick', 'spacers need a mask #asthma'])).stdout.trim();
    const id = rel.slice(-7, -3);
    const complete = async (...words: string[]) => (await j.run(['__complete', '--', ...words])).stdout;
    expect(await complete('show', '')).toMatch(new RegExp(`^${id}\\t\\d{4}-\\d\\d-\\d\\d Spacers need a mask`, 'm'));
    expect(await complete('list', '--tag', '')).toBe('asthma\t1 entry\n');
    const templates = await complete('new', '--template', '');
    expect(templates).toMatch(/^reflect-short\t/m);
    expect(templates).not.toContain('follow-up');
    const { home, env } = isolatedEnv();
    const none = await runInProcess(['__complete', '--', 'show', ''], { cwd: home, env });
    expect(none).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(path.join(home, 'mindlines'))).toBe(false);
  });
});
