import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { BIN } from '../helpers/run-cli.js';
import { closeTerminals, entryFiles, terminalJournal as setup, track } from '../helpers/terminal-journal.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

/**
 * Issue 17's walk through the README in a terminal 80 columns wide and 24 rows high, by someone who has not read the
 * code: first run, a short reflection, a quick note turned into a reflection, list, show, delete and undo, and
 * completion in bash. Every screen must fit: a captured line wider than 80 means it wrapped.
 */
afterEach(closeTerminals);

const SIZE = { width: 80, height: 24 };

describe.skipIf(!hasTmux())('a new user at 80 × 24 (tmux)', () => {
  it('first run asks three questions, then a short reflection takes six answers', { timeout: 120_000 }, async () => {
    const { home, env } = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
    const first = track(Terminal.start([], { cwd: home, env, ...SIZE }));
    await first.waitFor('Welcome to mindlines');
    await first.answer('Your name', (x) => x.press('Enter')); // git's name is suggested
    await first.answer('Who do you revalidate', (x) => x.press('Down', 'Down', 'Enter')); // from generic (last): gmc, then nmc
    await first.answer('When does your appraisal', (x) => x.press('Enter')); // 1 April
    await first.answer('What would you like to do?', (x) => x.press('Up', 'Enter')); // Quit
    expect(await first.exitCode()).toBe(0);
    const welcome = first.screen();
    expect(welcome.replace(/\s+/g, ' ')).toContain('profile nmc, year from 1 April, for Test Clinician.');
    expect(first.overwide(80, welcome)).toEqual([]);
    const config = readFileSync(path.join(home, 'mindlines', 'mindlines.yaml'), 'utf8');
    expect(config).toMatch(/^profile: nmc$/m);
    expect(config).toMatch(/^year_start: 04-01$/m);
    expect(config).toContain('registrant:\n  name: Test Clinician\n');

    const short = track(Terminal.start(['new', '--short'], { cwd: home, env, ...SIZE }));
    await short.answer('A short title', (x) => x.line('Lactate before fluids'));
    await short.answer('What happened', (x) => x.line('The registrar asked for a lactate first.'));
    await short.answer('What did you learn', (x) => x.line('Lactate guides the fluids.'));
    await short.answer('differently', (x) => x.line('Take it with the first bloods.'));
    await short.answer('When did it happen', (x) => x.press('Enter'));
    await short.answer('How many hours', (x) => x.line('20 min'));
    await short.answer('Save this reflection?', (x) => x.press('Enter'));
    expect(await short.exitCode()).toBe(0);
    expect(short.overwide(80)).toEqual([]);
    const [file] = entryFiles(path.join(home, 'mindlines'));
    const text = readFileSync(file!, 'utf8');
    expect(text).toMatch(/^template: reflect-short$/m);
    expect(text).toMatch(/^hours: 0.33$/m);
    expect(text).toContain('## What I will do differently\n\nTake it with the first bloods.\n');
  });

  it('a quick note becomes a reflection from the menu; list and show fit; delete asks and undo brings it back', { timeout: 180_000 }, async () => {
    const s = await setup();
    const long = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of a long account of the ward round and what it taught me.`).join('\n');
    await s.j.run(['new', '--answers', '-'], `title: A very long title about spacer technique in under-fives and masks\nexperience: |\n${long.replace(/^/gm, '  ')}\nlearning: Technique matters.\ntags: [asthma, paediatrics, spacers, inhalers]\nhours: 1.5\n`);
    const rel = (await s.j.run(['quick', 'yesterday: lactate before fluids #sepsis'])).stdout.trim();
    const id = rel.slice(-7, -3);

    const menu = s.start([], {}, SIZE);
    await menu.answer('What would you like to do?', (x) => x.press('Down', 'Down', 'Enter')); // Reflect on a quick note (1 to finish)
    expect(menu.screen()).toContain('Reflect on a quick note (1 to finish)');
    await menu.answer('Which note?', (x) => x.press('Enter'));
    await menu.answer('Which template?', (x) => x.press('Down', 'Enter')); // the short reflection, second
    await menu.answer('A short title', (x) => x.press('Enter')); // the captured title
    await menu.answer('What happened', (x) => x.press('Enter')); // the captured note
    await menu.answer('What did you learn', (x) => x.line('Lactate first.'));
    await menu.answer('differently', (x) => x.line('Ask for it with the first bloods.'));
    await menu.answer('When did it happen', (x) => x.press('Enter'));
    await menu.answer('How many hours', (x) => x.line('0,5'));
    await menu.answer('Save this reflection?', (x) => x.press('Enter'));
    expect(await menu.exitCode()).toBe(0);
    expect(menu.overwide(80)).toEqual([]);
    const grown = readFileSync(path.join(s.j.root, rel), 'utf8');
    expect(grown).toMatch(/^template: reflect-short$/m);
    expect(grown).toMatch(/^status: complete$/m);

    const list = s.start(['list'], {}, SIZE);
    expect(await list.exitCode()).toBe(0);
    const table = list.screen();
    expect(table).toMatch(/^date\s+id\s+status\s+title/m);
    expect(table).toMatch(/done\s+A very long title about spacer/);
    expect(table).toContain('…');
    expect(list.overwide(80, table)).toEqual([]);

    const longPath = (await s.j.run(['list', '--format', 'paths'])).stdout.split('\n').find((p) => p.includes('very-long'));
    const show = s.start(['show', longPath!], { PAGER: 'less' }, SIZE);
    await show.waitFor(/Line 1 of a long account/);
    expect(show.screen()).not.toContain('Line 40 of'); // the pager shows one screen at a time
    show.press('q');
    expect(await show.exitCode()).toBe(0);
    expect(show.overwide(80)).toEqual([]);

    const del = s.start(['delete', id], {}, SIZE);
    await del.answer('Delete it?', (x) => x.line('y'));
    expect(await del.exitCode()).toBe(0);
    expect(del.screen()).toContain('`mindlines undo` brings it back');
    expect(existsSync(path.join(s.j.root, rel))).toBe(false);
    const undo = s.start(['undo'], {}, SIZE);
    await undo.answer('Undo this change?', (x) => x.press('Enter'));
    expect(await undo.exitCode()).toBe(0);
    expect(undo.screen()).toContain(`delete "Lactate before fluids" (${id})`);
    expect(readFileSync(path.join(s.j.root, rel), 'utf8')).toBe(grown);
  });

  it('completes commands and short ids in bash with the completion script sourced', { timeout: 60_000 }, async () => {
    const s = await setup();
    const rel = (await s.j.run(['quick', 'spacers need a mask'])).stdout.trim();
    const id = rel.slice(-7, -3);
    const bin = tempDir('ml-bin-');
    writeFileSync(path.join(bin, 'mindlines'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
    chmodSync(path.join(bin, 'mindlines'), 0o755);
    const env = { ...s.j.env, PATH: `${bin}:${s.j.env.PATH ?? ''}`, MINDLINES_DIR: s.j.root, PS1: '$ ', HISTFILE: '/dev/null' };
    const bash = track(Terminal.run('bash --norc --noprofile -i', { cwd: s.j.home, env, ...SIZE }));
    await bash.waitFor('$ ');
    bash.line('eval "$(mindlines completion bash)"');
    bash.type('mindlines sh').press('Tab');
    await bash.waitFor(/\$ mindlines show $/m, 20_000);
    bash.press('Tab');
    await bash.waitFor(new RegExp(`\\$ mindlines show ${id}`, 'm'), 20_000);
    bash.type(' --').press('Tab', 'Tab');
    await bash.waitFor('--json', 20_000);
  });
});
