import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal, type GitJournal } from '../helpers/git-journal.js';

/** Issue 17: settings, and the everyday commands users look for first (delete, archive, history, undo). */

const note = (title: string, hours = 1) => `title: ${title}\ndate: 2026-11-20\nhours: ${hours}\nactivity: reading\nexperience: A case.\nlearning: Something new.\n`;
const subjects = (j: GitJournal) => j.git(['log', '--format=%s']).trim().split('\n');

describe('a clinician changes the journal’s settings with mindlines config', () => {
  it('lists the settings, sets the profile, year start and their name, each validated and committed', async () => {
    const j = await gitJournal();
    const list = await j.run(['config']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^profile\s+generic\s*$/m);
    expect(list.stdout).toMatch(/^auto_commit\s+true\s+\(default\)$/m);
    expect(list.stdout).toMatch(/^registrant\.name\s+\(not set\)$/m);

    expect((await j.run(['config', 'set', 'profile', 'nmc'])).stderr).toContain('profile is now nmc.');
    const year = await j.run(['config', 'set', 'year_start', '1', 'April']);
    expect(year.stderr).toContain('year_start is now 04-01 (1 April).');
    await j.run(['config', 'set', 'registrant.name', 'Sam', 'Nurse']);
    await j.run(['config', 'set', 'registrant.registration_number', '12A3456E']);
    const text = readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8');
    expect(text).toContain('# mindlines journal settings'); // comments survive
    expect(text).toMatch(/^profile: nmc$/m);
    expect(text).toMatch(/^year_start: 04-01$/m);
    expect(text).toContain('registrant:\n  name: Sam Nurse\n  registration_number: 12A3456E\n');
    expect((await j.run(['config', 'get', 'registrant.name'])).stdout).toBe('Sam Nurse\n');
    expect(JSON.parse((await j.run(['config', '--json'])).stdout)).toMatchObject({ profile: 'nmc', year_start: '04-01', 'registrant.registration_number': '12A3456E' });
    expect(subjects(j).slice(0, 4)).toEqual([
      'mindlines: set registrant.registration_number to 12A3456E',
      'mindlines: set registrant.name to Sam Nurse',
      'mindlines: set year_start to 04-01',
      'mindlines: set profile to nmc',
    ]);
  });

  it('refuses a profile or template that does not exist, a bad date and a mistyped key, changing nothing', async () => {
    const j = await gitJournal();
    const before = readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8');
    const profile = await j.run(['config', 'set', 'profile', 'nmcc']);
    expect(profile.code).not.toBe(0);
    expect(profile.stderr).toMatch(/nmcc/);
    const template = await j.run(['config', 'set', 'defaults.template', 'gibs']);
    expect(template.code).not.toBe(0);
    const year = await j.run(['config', 'set', 'year_start', '31 February']);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('year_start should be a day of the year such as 04-01 or "1 April", not "31 February"');
    const typo = await j.run(['config', 'set', 'profil', 'nmc']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('there is no setting "profil". Did you mean "profile"?');
    expect(typo.stderr).toContain('mindlines config list');
    expect(readFileSync(path.join(j.root, 'mindlines.yaml'), 'utf8')).toBe(before);
  });
});

describe('a clinician deletes, archives, looks back and undoes', () => {
  it('commits each change with a message; history lists an entry’s versions', async () => {
    const j = await gitJournal();
    const rel = (await j.run(['new', '--answers', '-'], note('Spacer technique'))).stdout.trim();
    const id = rel.slice(-7, -3);
    await j.run(['visibility', id, 'team']);
    expect(subjects(j)[0]).toBe(`mindlines: update "Spacer technique" (${id})`);
    expect(subjects(j)).toContain(`mindlines: add "Spacer technique" (${id})`);
    expect(subjects(j).at(-1)).toBe('mindlines: create the journal');
    expect(j.git(['status', '--porcelain'])).toBe('');
    const history = await j.run(['history', id]);
    expect(history.code).toBe(0);
    expect(history.stdout.split('\n').filter((l) => l.includes('Spacer technique'))).toHaveLength(2);
    expect(history.stderr).toContain(`git -C ${j.root} show `);
    const json = JSON.parse((await j.run(['history', id, '--json'])).stdout) as { subject: string; by_mindlines: boolean }[];
    expect(json.map((v) => v.subject)).toEqual([`mindlines: update "Spacer technique" (${id})`, `mindlines: add "Spacer technique" (${id})`]);
    expect(json.every((v) => v.by_mindlines)).toBe(true);
  });

  it('delete asks (here --yes), says how to get it back, and undo brings it back; undo again redoes', async () => {
    const j = await gitJournal();
    const rel = (await j.run(['new', '--answers', '-'], note('Sepsis six'))).stdout.trim();
    const id = rel.slice(-7, -3);
    const text = readFileSync(path.join(j.root, rel), 'utf8');
    const refused = await j.run(['delete', id]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add --yes');
    expect(existsSync(path.join(j.root, rel))).toBe(true);

    const deleted = await j.run(['delete', id, '--yes']);
    expect(deleted.code).toBe(0);
    expect(deleted.stderr).toContain(`Deleted "Sepsis six" (${id}).`);
    expect(deleted.stderr).toContain('`mindlines undo`');
    expect(existsSync(path.join(j.root, rel))).toBe(false);
    expect(subjects(j)[0]).toBe(`mindlines: delete "Sepsis six" (${id})`);

    const undo = await j.run(['undo', '--yes']);
    expect(undo.code).toBe(0);
    expect(undo.stderr).toContain(`mindlines: delete "Sepsis six" (${id})`);
    expect(undo.stderr).toContain(`deleted  ${rel}`);
    expect(readFileSync(path.join(j.root, rel), 'utf8')).toBe(text);
    expect(subjects(j)[0]).toBe(`mindlines: undo delete "Sepsis six" (${id})`);
    expect(JSON.parse((await j.run(['list', '--json'])).stdout)).toHaveLength(1);

    await j.run(['undo', '--yes']);
    expect(existsSync(path.join(j.root, rel))).toBe(false);
  });

  it('an attached file is committed with the entry that lists it, goes with it when it is deleted, and undo takes both back', async () => {
    const j = await gitJournal();
    const rel = (await j.run(['new', '--answers', '-'], note('Study day'))).stdout.trim();
    const id = rel.slice(-7, -3);
    const certificate = path.join(j.home, 'certificate.txt');
    writeFileSync(certificate, 'Certificate of attendance\n');
    const attached = await j.run(['attach', id, certificate]);
    expect(attached.code).toBe(0);
    const stored = attached.stdout.trim();
    expect(subjects(j)[0]).toBe(`mindlines: update "Study day" (${id})`);
    expect(j.git(['status', '--porcelain'])).toBe('');
    await j.run(['undo', '--yes']);
    expect(existsSync(path.join(j.root, stored))).toBe(false);
    expect(readFileSync(path.join(j.root, rel), 'utf8')).not.toContain('attachments:');
    await j.run(['undo', '--yes']); // undoing the undo attaches it again

    // Deleting the entry takes its evidence with it, and undo brings both back.
    await j.run(['delete', id, '--yes']);
    expect(existsSync(path.join(j.root, stored))).toBe(false);
    await j.run(['undo', '--yes']);
    expect(readFileSync(path.join(j.root, stored), 'utf8')).toBe('Certificate of attendance\n');
    expect(readFileSync(path.join(j.root, rel), 'utf8')).toContain('attachments:');
    expect(j.git(['status', '--porcelain'])).toBe('');
  });

  it('a file git has never seen is committed before it is deleted, so it can still be brought back', async () => {
    const j = await gitJournal();
    await j.run(['config', 'set', 'auto_commit', 'false']);
    const rel = (await j.run(['new', '--answers', '-'], note('Never committed'))).stdout.trim();
    await j.run(['config', 'set', 'auto_commit', 'true']);
    expect(j.git(['status', '--porcelain', '--', rel])).toMatch(/^\?\?/);
    await j.run(['delete', rel, '--yes']);
    await j.run(['undo', '--yes']);
    expect(readFileSync(path.join(j.root, rel), 'utf8')).toContain('title: Never committed');
  });

  it('undo leaves a commit someone else made alone, and never undoes the journal’s creation', async () => {
    const j = await gitJournal();
    const first = await j.run(['undo', '--yes']);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('created the journal');
    writeFileSync(path.join(j.root, 'notes.txt'), 'mine\n');
    j.git(['add', 'notes.txt']);
    j.git(['commit', '-qm', 'my own notes']);
    const result = await j.run(['undo', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('("my own notes"');
    expect(result.stderr).toContain('is not a change mindlines made');
    expect(existsSync(path.join(j.root, 'notes.txt'))).toBe(true);
  });

  it('archive leaves an entry out of lists, searches and totals until asked for, and --restore brings it back', async () => {
    const j = await gitJournal();
    await j.run(['new', '--answers', '-'], note('Kept', 2));
    const rel = (await j.run(['new', '--answers', '-'], note('Set aside', 3))).stdout.trim();
    const id = rel.slice(-7, -3);
    const archived = await j.run(['archive', id]);
    expect(archived.stderr).toContain(`Archived "Set aside" (${id})`);
    expect(readFileSync(path.join(j.root, rel), 'utf8')).toMatch(/^status: archived$/m);
    const titles = async (args: string[]) => (JSON.parse((await j.run(['list', '--json', ...args])).stdout) as { title: string }[]).map((e) => e.title);
    expect(await titles([])).toEqual(['Kept']);
    expect(await titles(['--archived'])).toEqual(expect.arrayContaining(['Kept', 'Set aside']));
    expect(await titles(['--status', 'archived'])).toEqual(['Set aside']);
    expect(JSON.parse((await j.run(['search', 'case', '--json'])).stdout)).toHaveLength(1);
    const stats = JSON.parse((await j.run(['stats', '--json', '--from', '2026-01-01', '--to', '2026-12-31'])).stdout) as { hours: number };
    expect(stats.hours).toBe(2);
    expect((await j.run(['show', id])).stdout).toContain('Set aside');
    expect(subjects(j)[0]).toBe(`mindlines: archive "Set aside" (${id})`);

    expect((await j.run(['archive', '--restore', id])).stderr).toContain('Restored "Set aside" (status complete)');
    expect(await titles([])).toEqual(expect.arrayContaining(['Kept', 'Set aside']));
  });

  it('auto_commit false: changes stay uncommitted, and history says why', async () => {
    const j = await gitJournal();
    await j.run(['config', 'set', 'auto_commit', 'false']);
    const count = subjects(j).length;
    await j.run(['new', '--answers', '-'], note('Not committed'));
    expect(subjects(j)).toHaveLength(count);
    expect((await j.run(['history'])).stderr).toContain('auto_commit is off');
  });
});

describe('scripts and typos', () => {
  it('an answers file reports every unknown key at once, with its line and what it may have meant', async () => {
    const j = await gitJournal();
    const result = await j.run(['new', '--answers', '-'], 'title: T\nexperience: x\nlerning: y\nhours: 1\ntgas: [a]\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('stdin: 2 unknown answers; nothing was written');
    expect(result.stderr).toContain('line 3: unknown answer `lerning` (did you mean `learning`?)');
    expect(result.stderr).toContain('line 5: unknown answer `tgas` (did you mean `tags`?)');
    expect(result.stderr).toContain('the constructivist template takes: title, date');
  });

  it('quick prints the short id to reflect on in its message and the path once, on stdout', async () => {
    const j = await gitJournal();
    const result = await j.run(['quick', 'yesterday: lactate before fluids']);
    const rel = result.stdout.trim();
    const id = rel.slice(-7, -3);
    expect(result.stderr).toContain(`Captured ${id} (2026-`);
    expect(result.stderr).toContain(`mindlines reflect ${id}`);
    expect(result.stderr).not.toContain(rel);
    expect(result.stdout).toBe(`${rel}\n`);
    const missing = await j.run(['show', 'zzzz']);
    expect(missing.stderr).toContain('see the ids with `mindlines list`');
  });
});
