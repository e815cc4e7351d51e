import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTerminals, draftFiles, entryFiles, script, terminalJournal as setup } from '../helpers/terminal-journal.js';
import { hasTmux, type Terminal } from '../helpers/tmux.js';

/**
 * The interview driven through a real terminal (tmux), as a clinician would use it. Each test starts the built
 * CLI in its own tmux server, types answers, and reads the screen. (The home menu, edit and reflect are in
 * menu-terminal.test.ts, so the two files run side by side.)
 */
afterEach(closeTerminals);

/** The first half of a constructivist reflection: everything up to the belief. */
async function firstHalf(t: Terminal): Promise<void> {
  await t.answer('Which template?', (x) => x.press('Enter'));
  await t.answer('A short title', (x) => x.line('Spacer technique in under-fives'));
  await t.answer('When did it happen?', (x) => x.line('yesterday'));
  // The generic profile lists activity types (issue 6): "Learning from a case" is the fifth.
  await t.answer('What kind of learning activity', (x) => x.press('Down', 'Down', 'Down', 'Down', 'Enter'));
  await t.answer('How many hours of learning', (x) => x.line('1.5'));
  await t.answer('How many of those hours', (x) => x.line('1'));
  await t.answer('Who did you learn with', (x) => x.press('Space', 'Down', 'Down', 'Down', 'Space', 'Enter'));
  await t.answer('Which resources', (x) => x.line('NICE NG245, BNF'));
}

async function belief(t: Terminal): Promise<void> {
  await t.answer('what did you believe before?', (x) => x.line('Children over three manage a spacer without a mask'));
  await t.answer('How firmly did you hold it?', (x) => x.press('Down', 'Down', 'Enter')); // brick
  await t.answer('What happened to that belief?', (x) => x.press('Down', 'Down', 'Enter')); // changed
  await t.answer('What do you believe now?', (x) => x.line('Most under-fives need the mask'));
  await t.answer('Another belief?', (x) => x.line('n'));
}

async function secondHalf(t: Terminal): Promise<void> {
  await t.answer('What do you understand now', (x) => x.line('Technique matters more than the device.'));
  await t.answer('What will you do differently', (x) => x.line('Watch the child use it at every review.'));
  await t.answer('what will you do?', (x) => x.line('Check spacer technique at every asthma review'));
  await t.answer('By when?', (x) => x.line('2026-12-31'));
  await t.answer('Another action?', (x) => x.line('n'));
  await t.answer('What kind of learning was it?', (x) => x.press('Down', 'Enter')); // double
  await t.answer('Whose learning is it?', (x) => x.press('Enter')); // individual
  await t.answer('Tags', (x) => x.line('asthma, paediatrics'));
  await t.answer('Who may see this reflection?', (x) => x.press('Enter')); // private
  await t.waitFor('── Preview ──');
  await t.answer('Save this reflection?', (x) => x.press('Enter'));
}

function expectFullEntry(text: string): void {
  expect(text).toMatch(/^title: Spacer technique in under-fives$/m);
  expect(text).toMatch(/^date: 2026-11-26$/m);
  expect(text).toMatch(/^activity: clinical-case$/m);
  expect(text).toMatch(/^hours: 1\.5$/m);
  expect(text).toMatch(/^participatory: 1$/m);
  expect(text).toContain('learned_with:\n  - peers\n  - patients-and-carers\n');
  expect(text).toContain('resources:\n  - NICE NG245\n  - BNF\n');
  expect(text).toContain(
    'beliefs:\n  - belief: Children over three manage a spacer without a mask\n    before: brick\n    outcome: changed\n    after: Most under-fives need the mask\n',
  );
  expect(text).toContain('actions:\n  - text: Check spacer technique at every asthma review\n    due: 2026-12-31\n    done: false\n');
  expect(text).toMatch(/^loop: double$/m);
  expect(text).toMatch(/^level: individual$/m);
  expect(text).toContain('tags:\n  - asthma\n  - paediatrics\n');
  expect(text).toMatch(/^status: complete$/m);
  expect(text).toContain('## What I understand now\n\nTechnique matters more than the device.\n');
  expect(text).toContain('## What I will do differently\n\nWatch the child use it at every review.\n');
}


describe.skipIf(!hasTmux())('the interview in a real terminal (tmux)', () => {
  it('completes a constructivist reflection with a belief and an action, one answer written in $EDITOR', { timeout: 120_000 }, async () => {
    const s = await setup();
    const editor = script(
      s.tools,
      'editor.sh',
      `echo "$1" > "${s.tools}/path"; stat -c %a "$(dirname "$1")" > "${s.tools}/mode"\nprintf 'A parent showed me how her son used his spacer.\\n\\nThe seal was poor without the mask.\\n' > "$1"`,
    );
    const t = s.start(['new'], { EDITOR: editor, VISUAL: '' });
    await firstHalf(t);
    await t.answer('What happened? Describe', (x) => x.press('Enter')); // empty line: the editor
    await belief(t);
    await t.answer('Did this experience fit', (x) => x.line('It challenged it.'));
    await secondHalf(t);
    expect(await t.exitCode()).toBe(0);
    const screen = t.screen();
    expect(screen).toContain('→ 2026-11-26');
    const files = entryFiles(s.j.root);
    expect(files).toHaveLength(1);
    expect(path.relative(s.j.root, files[0]!)).toMatch(/^entries\/2026\/11\/2026-11-26-spacer-technique-in-under-fives-[0-9a-z]{4}\.md$/);
    const text = readFileSync(files[0]!, 'utf8');
    expectFullEntry(text);
    expect(text).toContain('## What happened\n\nA parent showed me how her son used his spacer.\n\nThe seal was poor without the mask.\n');
    expect(text).toContain('## Reinforced or challenged\n\nIt challenged it.\n');
    expect(text).not.toContain('## What I already believed');
    // The editor worked on a file in the journal's private folder, never in /tmp, and nothing is left behind.
    expect(readFileSync(path.join(s.tools, 'path'), 'utf8').trim().startsWith(path.join(s.j.root, '.mindlines/editing/'))).toBe(true);
    expect(readFileSync(path.join(s.tools, 'mode'), 'utf8').trim()).toBe('700');
    expect(readdirSync(path.join(s.j.root, '.mindlines/editing'))).toEqual([]);
    expect(readdirSync(s.tmp)).toEqual([]);
    expect(draftFiles(s.j.root)).toEqual([]);
  });

  it('keeps every answer after Ctrl-C halfway (exit 130), then `new --resume` restores them and finishes', { timeout: 120_000 }, async () => {
    const s = await setup();
    const t = s.start(['new']);
    await firstHalf(t);
    await t.answer('What happened? Describe', (x) => x.line('A parent showed me how her son used his spacer.'));
    await belief(t);
    // issue 17: with a belief recorded, "What did you already know or believe" is not asked again.
    await t.waitFor(/\? Did this experience fit/);
    expect(t.screen()).not.toContain('What did you already know');
    t.type('half a thought').press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('draft saved, resume with `mindlines new --resume`');

    const [draftFile] = draftFiles(s.j.root);
    const draft = readFileSync(path.join(s.j.root, '.mindlines/drafts', draftFile!), 'utf8');
    for (const given of [
      'title: Spacer technique in under-fives',
      'date: 2026-11-26',
      'activity: clinical-case',
      'hours: 1.5',
      'participatory: 1',
      '- patients-and-carers',
      '- NICE NG245',
      'experience: A parent showed me how her son used his spacer.',
      'belief: Children over three manage a spacer without a mask',
      'before: brick',
      'outcome: changed',
      'after: Most under-fives need the mask',
    ]) {
      expect(draft).toContain(given);
    }
    expect(draft).not.toContain('half a thought');
    expect(entryFiles(s.j.root)).toEqual([]);

    const again = s.start(['new', '--resume']);
    await again.waitFor('Resuming "Spacer technique in under-fives"');
    await again.answer('Did this experience fit', (x) => x.line('It challenged it.'));
    await secondHalf(again);
    expect(await again.exitCode()).toBe(0);
    const files = entryFiles(s.j.root);
    expect(files).toHaveLength(1);
    const text = readFileSync(files[0]!, 'utf8');
    expectFullEntry(text);
    expect(draftFiles(s.j.root)).toEqual([]);
  });

  it('loses at most the answer being typed when mindlines is killed with SIGKILL; `new` offers to resume', { timeout: 90_000 }, async () => {
    const s = await setup();
    const t = s.start(['new']);
    await firstHalf(t);
    await t.answer('What happened? Describe', (x) => x.line('A parent showed me how her son used his spacer.'));
    await t.waitFor(/\? A belief this experience touched/);
    t.type('a belief being typed');
    const children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(t.panePid())], { encoding: 'utf8' });
    const node = /^\s*(\d+)\s+node/m.exec(children)?.[1];
    expect(node).toBeDefined();
    process.kill(Number(node), 'SIGKILL');
    await t.waitFor(/EXIT=137/);
    const [draftFile] = draftFiles(s.j.root);
    const draft = readFileSync(path.join(s.j.root, '.mindlines/drafts', draftFile!), 'utf8');
    expect(draft).toContain('experience: A parent showed me how her son used his spacer.');
    expect(draft).toContain('title: Spacer technique in under-fives');
    expect(draft).not.toContain('a belief being typed');
    expect(readdirSync(path.join(s.j.root, '.mindlines/drafts')).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // `mindlines new` offers the unfinished draft, and carries on where it stopped.
    const again = s.start(['new']);
    await again.answer('You have an unfinished reflection', (x) => x.press('Enter'));
    await again.waitFor(/\? A belief this experience touched/);
    expect(again.screen()).toContain('Resuming "Spacer technique in under-fives"');
    again.press('C-c');
    expect(await again.exitCode()).toBe(130);
  });

  it('Ctrl-C before the first answer stops with exit 130 and leaves no empty draft', { timeout: 60_000 }, async () => {
    const s = await setup();
    const t = s.start(['new', '--template', 'gibbs']);
    await t.waitFor(/\? A short title/);
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('stopped before the first answer; nothing to save');
    expect(draftFiles(s.j.root)).toEqual([]);
  });
});
