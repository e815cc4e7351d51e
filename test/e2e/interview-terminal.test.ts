import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitJournal, type GitJournal } from '../helpers/git-journal.js';
import { tempDir } from '../helpers/isolated-env.js';
import { Terminal, hasTmux } from '../helpers/tmux.js';

/**
 * The interview driven through a real terminal (tmux), as a clinician would use it. Each test starts the built
 * CLI in its own tmux server, types answers, and reads the screen.
 */
const terminals: Terminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

interface Setup {
  j: GitJournal;
  tmp: string;
  tools: string;
  start: (args: string[], env?: NodeJS.ProcessEnv) => Terminal;
}

async function setup(): Promise<Setup> {
  const j = await gitJournal();
  const tmp = tempDir('ml-tmpdir-');
  const tools = tempDir('ml-tools-');
  j.env.MINDLINES_NOW = '2026-11-27';
  j.env.TMPDIR = tmp;
  return {
    j,
    tmp,
    tools,
    start: (args, env = {}) => {
      const t = Terminal.start(['--journal', j.root, ...args], { cwd: j.home, env: { ...j.env, ...env } });
      terminals.push(t);
      return t;
    },
  };
}

function script(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

const draftFiles = (root: string) => {
  const dir = path.join(root, '.mindlines/drafts');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml')) : [];
};

const entryFiles = (root: string): string[] => {
  const walk = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)])) : [];
  return walk(path.join(root, 'entries'));
};

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
    await t.answer('What did you already know', (x) => x.line('-'));
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
    await t.answer('What did you already know', (x) => x.line('That the mask was only for toddlers.'));
    await t.waitFor(/\? Did this experience fit/);
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
      'prior: That the mask was only for toddlers.',
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
    expect(text).toContain('## What I already believed\n\nThat the mask was only for toddlers.\n');
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

  it('captures a quick note dated "yesterday" from the home menu', { timeout: 60_000 }, async () => {
    const s = await setup();
    const t = s.start([]);
    await t.answer('What would you like to do?', (x) => x.press('Down', 'Enter'));
    await t.answer('Quick note', (x) => x.line('yesterday: lactate before fluids, said the registrar #sepsis'));
    expect(await t.exitCode()).toBe(0);
    const files = entryFiles(s.j.root);
    expect(files).toHaveLength(1);
    expect(path.basename(files[0]!)).toMatch(/^2026-11-26-lactate-before-fluids-said-the-registrar-[0-9a-z]{4}\.md$/);
    const text = readFileSync(files[0]!, 'utf8');
    expect(text).toMatch(/^date: 2026-11-26$/m);
    expect(text).toMatch(/^template: quick$/m);
    expect(text).toMatch(/^status: draft$/m);
    expect(text).toContain('tags:\n  - sepsis\n');
    expect(text).toContain('## Note\n\nlactate before fluids, said the registrar #sepsis\n');
  });

  it('exports a CPD summary from the home menu, as an HTML file in the current folder', { timeout: 60_000 }, async () => {
    const s = await setup();
    await s.j.run(['new', '--answers', '-'], 'title: Sepsis six\nhours: 2\nexperience: A talk\nlearning: Lactate early\n');
    const t = s.start([]);
    await t.answer('What would you like to do?', (x) => x.press('Down', 'Down', 'Down', 'Enter'));
    await t.answer('Which format?', (x) => x.press('Enter'));
    await t.answer('Save it as', (x) => x.press('Enter'));
    expect(await t.exitCode()).toBe(0);
    const html = readFileSync(path.join(s.j.home, 'cpd-generic-2026-11-27.html'), 'utf8');
    expect(html).toContain('Sepsis six');
  });

  it('edit: an $EDITOR that breaks the file is reported with its line and re-opened; the fix is saved', { timeout: 60_000 }, async () => {
    const s = await setup();
    const quick = await s.j.run(['quick', 'Lactate before fluids, said the registrar']);
    const rel = quick.stdout.trim();
    const file = path.join(s.j.root, rel);
    const before = readFileSync(file, 'utf8');
    // First call: duplicate the title key (no longer parses). Second call: remove it and change the note.
    const editor = script(
      s.tools,
      'editor.sh',
      `if [ ! -f "${s.tools}/called" ]; then touch "${s.tools}/called"; sed -i "s/^title: .*$/&\\ntitle: twice/" "$1"; cp "$1" "${s.tools}/broken-copy"; ` +
        `else sed -i "/^title: twice$/d; /^title:/!s/said the registrar/said the registrar on the ward round/" "$1"; fi`,
    );
    const t = s.start(['edit', rel], { EDITOR: editor, VISUAL: '' });
    await t.waitFor('Re-open the editor to fix it?');
    expect(t.screen()).toContain(`${rel}:4: a key appears twice`);
    expect(readFileSync(file, 'utf8')).toBe(before); // the last good version, while the edit does not parse
    await t.answer('Re-open the editor to fix it?', (x) => x.press('Enter'));
    expect(await t.exitCode()).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('said the registrar on the ward round');
    expect(after.match(/^title:/gm)).toHaveLength(1);
    expect(readdirSync(s.tmp)).toEqual([]);
  });

  it('reflect grows a quick note into a Driscoll reflection (interrupted and resumed), keeping its id, file and note', { timeout: 90_000 }, async () => {
    const s = await setup();
    const quick = await s.j.run(['quick', 'yesterday: lactate before fluids, said the registrar']);
    const rel = quick.stdout.trim();
    const id = /^id: (\S+)$/m.exec(readFileSync(path.join(s.j.root, rel), 'utf8'))?.[1];
    const t = s.start(['reflect', rel, '--template', 'driscoll']);
    await t.answer('A short title', (x) => x.press('Enter')); // keep the captured title
    await t.answer('When did it happen?', (x) => x.press('Enter'));
    await t.answer('What kind of learning activity', (x) => x.line('teaching'));
    await t.answer('How many hours of learning', (x) => x.line('0.5'));
    await t.answer('How many of those hours', (x) => x.press('Enter'));
    await t.answer('Who did you learn with', (x) => x.press('Down', 'Space', 'Enter')); // seniors
    await t.answer('Which resources', (x) => x.line('Surviving Sepsis Campaign'));
    await t.answer('What happened? What did you do', (x) => x.press('Enter')); // keep the note
    await t.answer('So what?', (x) => x.line('I had been giving fluids first out of habit.'));
    await t.waitFor(/\? Now what\?/);
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    const drafts = JSON.parse((await s.j.run(['drafts', '--json'])).stdout);
    expect(drafts).toEqual([expect.objectContaining({ kind: 'reflect', template: 'driscoll', entry: rel, answered: 9 })]);
    // The entry is untouched until the reflection is saved.
    expect(readFileSync(path.join(s.j.root, rel), 'utf8')).toMatch(/^template: quick$/m);

    const again = s.start(['new', '--resume']);
    await again.answer('Now what?', (x) => x.line('Take the lactate with the first bloods.'));
    await again.answer('what will you do?', (x) => x.press('Enter'));
    await again.answer('What kind of learning was it?', (x) => x.press('Enter'));
    await again.answer('Whose learning is it?', (x) => x.press('Enter'));
    await again.answer('Tags', (x) => x.line('sepsis'));
    await again.answer('Who may see this reflection?', (x) => x.press('Enter'));
    await again.answer('Save this reflection?', (x) => x.press('Enter'));
    expect(await again.exitCode()).toBe(0);
    expect(entryFiles(s.j.root)).toHaveLength(1);
    const text = readFileSync(path.join(s.j.root, rel), 'utf8');
    expect(text).toContain(`id: ${id}`);
    expect(text).toMatch(/^template: driscoll$/m);
    expect(text).toMatch(/^status: complete$/m);
    expect(text).toMatch(/^date: 2026-11-26$/m);
    expect(text).toMatch(/^updated: /m);
    expect(text).toContain('## What?\n\nlactate before fluids, said the registrar\n');
    expect(text).toContain('## So what?\n\nI had been giving fluids first out of habit.\n');
    expect(text).toContain('## Now what?\n\nTake the lactate with the first bloods.\n');
  });
});
