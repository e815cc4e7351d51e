import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';
import { quickKeyFile } from '../helpers/journal-key.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { Terminal, hasTmux } from '../helpers/tmux.js';

const PASSPHRASE = 'otter lantern quarry violet';
const terminals: Terminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

// The passphrase asked in a real terminal (tmux), once per command, never echoed.
describe.skipIf(!hasTmux())('reading locked entries in a terminal', () => {
  it('asks for the passphrase once, hides it, lists the locked entry; a wrong one is one sentence', async () => {
    const j = await gitJournal();
    await j.run(['quick', 'a private worry about the night shift']);
    const key = await quickKeyFile(PASSPHRASE);
    const locked = await runInProcess(['--journal', j.root, 'lock', '--identity', key.file], { cwd: j.home, env: { ...j.env, MINDLINES_PASSPHRASE: PASSPHRASE } });
    expect(locked.code).toBe(0);
    const start = () => {
      const t = Terminal.start(['--journal', j.root, 'list'], { cwd: path.dirname(j.root), env: j.env });
      terminals.push(t);
      return t;
    };

    const right = start();
    await right.waitFor("Passphrase for the journal's key");
    right.type(PASSPHRASE);
    const typed = await right.waitFor(/\*{10,}/);
    expect(typed).not.toContain(PASSPHRASE);
    right.press('Enter');
    expect(await right.exitCode(30_000)).toBe(0);
    expect(right.screen()).toContain('A private worry about the night shift');
    expect(right.screen().match(/Passphrase for the journal's key/g)).toHaveLength(1);

    const wrong = start();
    await wrong.waitFor("Passphrase for the journal's key");
    wrong.line('otter lantern quarry violent');
    expect(await wrong.exitCode(30_000)).toBe(1);
    expect(wrong.screen()).toMatch(/mindlines: The passphrase does not open the journal's key\s+\(.*\)\.\s*\nCheck it and try again; nothing was read or changed\./);
  });
});
