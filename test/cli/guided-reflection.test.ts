import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';
import { runInProcess } from '../helpers/run-in-process.js';

function script(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('guided reflection without a terminal', () => {
  it('refuses the interview at once with exit 2 and a hint about --answers, writing nothing', async () => {
    const j = await gitJournal();
    for (const args of [['new'], ['new', '--resume'], ['reflect', 'abcd']]) {
      const result = await j.run(args);
      expect(result.code, args.join(' ')).toBe(2);
    }
    const result = await j.run(['new']);
    expect(result.stderr).toContain('needs a terminal');
    expect(result.stderr).toContain('--answers');
    expect(existsSync(path.join(j.root, '.mindlines/drafts'))).toBe(false);
  });

  it('captures a quick note dated by a leading "yesterday", as a draft entry with its #tags', async () => {
    const j = await gitJournal();
    j.env.MINDLINES_NOW = '2026-11-27';
    const result = await j.run(['quick', 'yesterday:', 'a parent showed me why under-fives need the spacer mask #asthma']);
    expect(result.code).toBe(0);
    const file = result.stdout.trim();
    expect(file).toMatch(/^entries\/2026\/11\/2026-11-26-a-parent-showed-me-why-under-fives-need-the-spacer-mask-[0-9a-z]{4}\.md$/);
    expect(result.stderr).toContain('Captured');
    const shown = JSON.parse((await j.run(['show', file, '--json'])).stdout);
    expect(shown).toMatchObject({
      title: 'A parent showed me why under-fives need the spacer mask',
      date: '2026-11-26',
      template: 'quick',
      status: 'draft',
      tags: ['asthma'],
    });
    expect(shown.sections).toEqual([{ heading: 'Note', text: 'a parent showed me why under-fives need the spacer mask #asthma' }]);

    const piped = await j.run(['quick', '--tag', 'sepsis', '--json'], 'Sepsis 6: lactate before fluids\n');
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ title: 'Sepsis 6: lactate before fluids', date: '2026-11-27', tags: ['sepsis'] });
    const empty = await j.run(['quick'], '   \n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('nothing to capture');
  });

  it('lists, shows and validates templates, naming the file, line, field and problem', async () => {
    const j = await gitJournal();
    const list = await j.run(['templates', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((t: { id: string }) => t.id)).toEqual([
      'aomrc', 'atkins-murphy', 'constructivist', 'driscoll', 'follow-up', 'gibbs', 'gphc-peer-discussion', 'gphc-planned',
      'gphc-reflective-account', 'gphc-unplanned', 'johns', 'kolb', 'nmc-reflective-account', 'quick', 'reflect-short', 'sea',
    ]);
    const show = await j.run(['templates', 'show', 'driscoll']);
    expect(show.stdout).toContain('What? So what? Now what? (driscoll)');
    expect(show.stdout).toMatch(/so_what\s+So what\?/);

    mkdirSync(path.join(j.root, 'templates'));
    const bad = path.join(j.root, 'templates', 'mine.yaml');
    writeFileSync(bad, 'id: mine\nname: Mine\ndescription: d\nfields:\n  - key: title\n    prompt: T\nsections:\n  - key: body\n    heading: Body\n    prompt: P\n    kind: essay\n');
    const validate = await runInProcess(['--journal', j.root, 'templates', 'validate', bad], { cwd: j.root, env: j.env });
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain('templates/mine.yaml:11: sections[0].kind: should be one of text, editor, list, choice, belief, action');
    const all = await j.run(['templates', 'validate']);
    expect(all.code).toBe(1);
    expect(all.stderr).toMatch(/valid template "constructivist"/);
    expect(all.stderr).toContain('1 template file has problems');

    // A journal template with a built-in's id overrides it.
    writeFileSync(bad, 'id: quick\nname: Our quick note\ndescription: d\nfields:\n  - key: title\n    prompt: T\n    required: true\n  - key: date\n    prompt: D\n    kind: date\nsections:\n  - key: note\n    heading: Jotting\n    prompt: P\n    required: true\npresets:\n  status: draft\n');
    expect((await j.run(['templates', 'validate'])).code).toBe(0);
    const quick = await j.run(['quick', 'a note through our own template']);
    expect(readFileSync(path.join(j.root, quick.stdout.trim()), 'utf8')).toContain('## Jotting');
  });

  it('lists unfinished drafts and discards one; status counts them', async () => {
    const j = await gitJournal();
    const drafts = path.join(j.root, '.mindlines/drafts');
    mkdirSync(drafts, { recursive: true });
    writeFileSync(
      path.join(drafts, '01JDAAAAAAAAAAAAAAAAAAAAAA.yaml'),
      'id: 01JDAAAAAAAAAAAAAAAAAAAAAA\nkind: new\ntemplate: constructivist\ncreated: 2026-11-27T10:00:00Z\nupdated: 2026-11-27T10:05:00Z\nasked: [title, date]\nanswers:\n  title: Half-written\n  date: 2026-11-26\n',
    );
    const list = await j.run(['drafts', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ id: '01JDAAAAAAAAAAAAAAAAAAAAAA', title: 'Half-written', answered: 2, questions: 18, template: 'constructivist' }),
    ]);
    const status = await j.run([]);
    expect(status.stdout).toContain('1 unfinished interview');
    const discard = await j.run(['drafts', 'discard', '01JDA']);
    expect(discard.code).toBe(0);
    expect(readdirSync(drafts)).toEqual([]);
    expect((await j.run(['drafts'])).stderr).toContain('No unfinished drafts');
  });

  it('edit: a broken edit is reported with its line, the entry keeps its last good version, and a fix is saved', async () => {
    const j = await gitJournal();
    const created = await j.run(['quick', 'Lactate before fluids, said the registrar']);
    const file = path.join(j.root, created.stdout.trim());
    const before = readFileSync(file, 'utf8');
    const tools = path.join(j.home, 'tools');
    mkdirSync(tools);
    const breaks = script(tools, 'break.sh', 'sed -i "s/^title: .*$/&\\ntitle: twice/" "$1"');
    const fixes = script(tools, 'fix.sh', 'sed -i "/^title: twice$/d; s/said the registrar/said the registrar on the ward round/" "$1"');

    const broken = await runInProcess(['--journal', j.root, 'edit', created.stdout.trim()], { cwd: j.home, env: { ...j.env, EDITOR: breaks } });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(new RegExp(`${created.stdout.trim().replace(/[.]/g, '\\.')}:4: a key appears twice`));
    expect(broken.stderr).toContain('.mindlines/edits/');
    expect(readFileSync(file, 'utf8')).toBe(before);

    const fixed = await runInProcess(['--journal', j.root, 'edit', created.stdout.trim()], { cwd: j.home, env: { ...j.env, EDITOR: fixes } });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain('Continuing from your unfinished edit');
    // The title changed with the note, so the file was renamed to match (same short id).
    const renamed = fixed.stdout.trim();
    expect(renamed).toMatch(/said-the-registrar-on-the-ward-round-[0-9a-z]{4}\.md$/);
    const after = readFileSync(path.join(j.root, renamed), 'utf8');
    expect(after).toContain('said the registrar on the ward round');
    expect(after).toMatch(/^updated: /m);
    expect(after.match(/^title:/gm)).toHaveLength(1);
    expect(readdirSync(path.join(j.root, '.mindlines/edits'))).toEqual([]);
    expect(readdirSync(path.join(j.root, '.mindlines/editing'))).toEqual([]);

    const unchanged = await runInProcess(['--journal', j.root, 'edit', renamed], { cwd: j.home, env: { ...j.env, EDITOR: 'true' } });
    expect(unchanged.code).toBe(0);
    expect(unchanged.stderr).toContain('No changes');
  });

  it('bug: editing a name out of the title left it in the file name; the file is now renamed to match', async () => {
    const j = await gitJournal();
    const created = await j.run(['quick', 'Spacer talk with Mrs Smith']);
    // The file name never carried the name (issue 13), and the title's change still renames it.
    expect(created.stdout.trim()).toMatch(/-spacer-talk-with-[0-9a-z]{4}\.md$/);
    const tools = path.join(j.home, 'tools');
    mkdirSync(tools);
    const anonymise = script(tools, 'anon.sh', 'sed -i "s/ with Mrs Smith//g" "$1"');
    const edited = await runInProcess(['--journal', j.root, 'edit', created.stdout.trim()], { cwd: j.home, env: { ...j.env, EDITOR: anonymise } });
    expect(edited.code).toBe(0);
    const renamed = edited.stdout.trim();
    expect(renamed).toMatch(/-spacer-talk-[0-9a-z]{4}\.md$/);
    expect(renamed.slice(-8)).toBe(created.stdout.trim().slice(-8));
    expect(existsSync(path.join(j.root, created.stdout.trim()))).toBe(false);
    const check = await j.run(['check']);
    expect(check.code).toBe(0);
  });
});
