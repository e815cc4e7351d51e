import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/entries.js';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runCli } from '../helpers/run-cli.js';
import { Terminal, hasTmux } from '../helpers/tmux.js';

/**
 * Closing the loop in a real terminal (tmux): `review` walks through what is due, and `new` offers to link the
 * earlier entries a reflection builds on. The journal is a copy of the `loop` fixture with the clock at 2026-11-27.
 */
const terminals: Terminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

function loopJournal() {
  const root = path.join(tempDir('mindlines-review-'), 'journal');
  cpSync(path.join(FIXTURES, 'loop'), root, { recursive: true });
  const { home, env } = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
  const entryFiles = () => readdirSync(path.join(root, 'entries/2026/11')).map((name) => `entries/2026/11/${name}`);
  return {
    root,
    entryFiles,
    read: (rel: string) => readFileSync(path.join(root, rel), 'utf8'),
    run: (args: string[]) => runCli(['--journal', root, ...args], { cwd: home, env }),
    start: (args: string[]) => {
      const t = Terminal.start(['--journal', root, ...args], { cwd: home, env, width: 120 });
      terminals.push(t);
      return t;
    },
  };
}

const SPACER = 'entries/2026/11/2026-11-01-spacer-technique-in-under-fives-sp01.md';
const SORE_THROAT = 'entries/2026/09/2026-09-01-antibiotics-for-sore-throat-th01.md';

describe.skipIf(!hasTmux())('closing the loop in a terminal', () => {
  it('reviews what is due: skips one belief, marks an action done, records a weaker belief, and writes linked follow-ups', async () => {
    const j = loopJournal();
    const before = new Set(j.entryFiles());
    const t = j.start(['review']);
    await t.waitFor('3 items are due for review');
    // 1/3: the sore-throat belief, as it stands after its follow-ups: skipped (it stays due).
    await t.answer('How firmly do you hold it now?', (x) => x.press('Down', 'Down', 'Down', 'Down', 'Down', 'Enter'));
    // 2/3: the overdue leaflet action: done, with what happened.
    await t.answer('Did you do it?', (x) => x.press('Enter'));
    await t.answer('What happened?', (x) => x.line('Leaflets are in every consulting room now'));
    await t.waitFor('Settled: it will not come back.');
    // 3/3: the spacer belief, held like brick last time (the default): now wood, and why.
    const screen = await t.waitFor('Last time you held it like brick.');
    expect(screen).toContain('Children over three manage a spacer without a mask');
    await t.answer('How firmly do you hold it now?', (x) => x.press('Up', 'Enter'));
    await t.answer('Why? What moved it', (x) => x.line('A four-year-old could not seal the spacer without the mask'));
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('Reviewed 2, skipped 1; 2 follow-up entries written.');

    // The action is done, with the date and the note, in the original entry.
    expect(j.read(SORE_THROAT)).toContain('  - text: Give a self-care leaflet\n    due: 2026-10-01\n    done: 2026-11-27\n    note: Leaflets are in every consulting room now\n');
    // The weaker belief shortened the interval to a week, and the schedule names its follow-up.
    const spacer = j.read(SPACER);
    expect(spacer).toMatch(/review:\n {2}belief-1:\n {4}due: 2026-12-04\n {4}interval: 7\n {4}history:\n {6}- date: 2026-11-27\n {8}answer: not-yet\n {8}firmness: wood\n {8}follow_up: [0-9A-Z]{26}\n/);
    expect(spacer).toContain('my_own_key: keep me   # a key mindlines does not know');

    // Two follow-up entries, each building on its original.
    const added = j.entryFiles().filter((f) => !before.has(f));
    expect(added).toHaveLength(2);
    const followUp = added.map((f) => j.read(f)).find((text) => text.includes('firmness') || text.includes('before: wood'))!;
    expect(followUp).toContain('template: follow-up');
    expect(followUp).toContain('builds_on:\n  - 01K3S00000000000000000SP01\n');
    expect(followUp).toContain('  - belief: Children over three manage a spacer without a mask\n    before: wood\n    outcome: challenged\n');
    expect(followUp).toContain('## Why\n\nA four-year-old could not seal the spacer without the mask');
    const actionFollowUp = added.map((f) => j.read(f)).find((text) => text.includes('Give a self-care leaflet'))!;
    expect(actionFollowUp).toContain('builds_on:\n  - 01K3S00000000000000000TH01\n');

    // The ledger shows the belief weakened; show lists the follow-up under the original; only the skipped item is due.
    const ledger = JSON.parse((await j.run(['beliefs', '--json'])).stdout) as { belief: string; firmness: string[]; accommodation: boolean }[];
    expect(ledger.find((l) => l.belief.startsWith('Children over three'))).toMatchObject({ firmness: ['brick', 'wood'], accommodation: true });
    const show = await j.run(['show', 'sp01']);
    expect(show.stdout).toMatch(/built on by:\n(.*\n)* {2}[0-9A-Z]{26} {2}2026-11-27 {2}Follow-up: Children over three manage a spacer without a mask/);
    const due = JSON.parse((await j.run(['review', '--list', '--json'])).stdout) as { key: string; entry: { id: string } }[];
    expect(due.map((i) => `${i.entry.id.slice(-4)}:${i.key}`)).toEqual(['TH01:belief-1']);
  });

  it('keeps every review already given when stopped with Ctrl-C (exit 130)', async () => {
    const j = loopJournal();
    const t = j.start(['review']);
    await t.answer('How firmly do you hold it now?', (x) => x.press('Down', 'Enter')); // wood
    await t.answer('Why? What moved it', (x) => x.press('Enter'));
    await t.waitFor('Next review on');
    await t.waitFor('? Did you do it?');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(j.read(SORE_THROAT)).toMatch(/review:\n {2}belief-1:\n {4}due: 2026-12-27\n {4}interval: 30\n {4}history:\n {6}- date: 2026-11-27\n {8}answer: stuck\n {8}firmness: wood\n/);
    expect(j.read(SORE_THROAT)).toContain('  - text: Give a self-care leaflet\n    due: 2026-10-01\n    done: false\n');
  });

  it('offers the review from the home menu when something is due', async () => {
    const j = loopJournal();
    const t = j.start([]);
    await t.waitFor('Review what is due (3 items)');
    t.press('Down', 'Down');
    await t.waitFor(/❯ Review what is due/);
    t.press('Enter');
    await t.waitFor('3 items are due for review');
    await t.waitFor('? How firmly do you hold it now?');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
  });

  it('links a new reflection to the earlier entry it builds on, found by typing part of its title', async () => {
    const j = loopJournal();
    const before = new Set(j.entryFiles());
    const t = j.start(['new', '--template', 'quick']);
    await t.answer('What did you learn', (x) => x.line('Under-fives need the mask on the spacer'));
    await t.answer('A short title', (x) => x.line('Spacer masks revisited'));
    await t.answer('When did it happen?', (x) => x.press('Enter'));
    await t.answer('Tags', (x) => x.press('Enter'));
    await t.answer('Does this build on an earlier entry?', (x) => x.line('y'));
    await t.waitFor('Which entry does it build on?');
    t.type('spacer tech');
    await t.waitFor(/❯ 2026-11-01 {2}Spacer technique in under-fives/);
    await t.answer('Which entry does it build on?', (x) => x.press('Enter'));
    await t.waitFor('Linked: builds on “Spacer technique in under-fives”.');
    await t.answer('Link another earlier entry?', (x) => x.line('n'));
    await t.answer('Save this reflection?', (x) => x.press('Enter'));
    expect(await t.exitCode()).toBe(0);
    const added = j.entryFiles().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    expect(j.read(added[0]!)).toContain('builds_on:\n  - 01K3S00000000000000000SP01\n');
    const show = await j.run(['show', 'sp01']);
    expect(show.stdout).toContain('Spacer masks revisited');
  });
});
