import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTerminals, entryFiles, script, terminalJournal as setup } from '../helpers/terminal-journal.js';
import { hasTmux } from '../helpers/tmux.js';

/** The home menu, `edit` and `reflect` driven through a real terminal (tmux); the interview itself is in interview-terminal.test.ts. */
afterEach(closeTerminals);

describe.skipIf(!hasTmux())('the home menu, edit and reflect in a real terminal (tmux)', () => {
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
    // The message wraps at spaces to the terminal's width (issue 17); read as one line.
    expect(t.screen().replace(/\s*\n\s*/g, ' ')).toContain(`${rel}:4: a key appears twice`);
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
