// Three clinicians share one repository (scripts/faults.mjs): each round every one of them writes a new entry,
// marks actions done on the team's entries, renames and adds to their own, deletes one they wrote to throw away,
// and syncs, each with their own clock. At the end every clone must hold every entry still alive exactly once (by
// id), with every action marked, every line added and its latest title, and none that was deleted; no conflict
// copy, no file sharing an id, the remote the same as each clone.
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, entryFiles, git, person, random, scratch } from './harness.mjs';

const NAMES = ['Alice Smith', 'Bob Jones', 'Carol King'];
/** How entries speak of each of the three (a person's name in an entry would be stopped by the privacy guard). */
const ROLES = ['the first clinician', 'the second clinician', 'the third clinician'];

async function clone(remote, name) {
  const who = person(name);
  const root = path.join(who.home, 'journal');
  git(who.home, ['clone', '--quiet', remote, root], who.env);
  await cli(['init', root, '--mode', 'team'], { env: who.env });
  const retitle = path.join(who.home, 'retitle.sh');
  writeFileSync(retitle, '#!/bin/sh\nsed -i "s/^title: .*/title: $1/" "$2"\n', { mode: 0o755 });
  const append = path.join(who.home, 'append.sh');
  writeFileSync(append, '#!/bin/sh\nprintf "\\nAdded %s.\\n" "$1" >> "$2"\n', { mode: 0o755 });
  return { name, root, who, retitle, append, run: (args, more = {}) => cli(['--journal', root, ...args], { env: { ...who.env, ...more.env }, input: more.input }) };
}

export async function threeClones(rounds) {
  const remote = path.join(scratch(), 'team.git');
  git(scratch(), ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  const clones = [];
  for (const name of NAMES) clones.push(await clone(remote, name));
  /** What the team should end with, by id. */
  const expected = new Map();
  const problems = [];
  let syncs = 0;
  let merges = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [k, c] of clones.entries()) {
      const now = { MINDLINES_NOW: `2026-11-${String(10 + round).padStart(2, '0')}T1${k}:00:00` };
      const local = new Map(entryFiles(c.root).map((f) => [f.id, f]));
      // A new entry with an action for each of the three, and (every other round) one to delete later.
      for (const disposable of round % 2 === 0 ? [false, true] : [false]) {
        const title = `${disposable ? 'Draft' : 'Case'} by ${ROLES[k]} in round ${round}`;
        const answers = { title, experience: 'Seen today.', learning: 'Something new.', visibility: 'team', actions: ROLES.map((r) => ({ text: `for ${r}` })) };
        const made = await c.run(['new', '--answers', '-', '--json'], { env: now, input: JSON.stringify(answers) });
        if (made.code !== 0) problems.push(`new: ${made.stderr.trim()}`);
        else expected.set(JSON.parse(made.stdout).id, { owner: k, title, done: new Set(), lines: [], disposable, deleted: false });
      }
      // Mark their own action done on two entries of the team they already have.
      const others = [...expected].filter(([id, e]) => local.has(id) && !e.deleted && !e.done.has(k));
      for (const [id, e] of others.sort(() => random() - 0.5).slice(0, 2)) {
        const done = await c.run(['actions', 'done', `${id}#${k + 1}`], { env: now });
        if (done.code === 0) e.done.add(k);
        else problems.push(`actions done: ${done.stderr.trim()}`);
      }
      // Rename one of their own entries and add a line to another (only owners touch titles and bodies).
      const own = [...expected].filter(([id, e]) => e.owner === k && !e.deleted && !e.disposable && local.has(id));
      const [renamed] = own.sort(() => random() - 0.5);
      if (renamed) {
        const title = `Case ${renamed[0].slice(-4)} retitled in round ${round}`;
        const edit = await c.run(['edit', renamed[0]], { env: { ...now, EDITOR: `${c.retitle} "${title}"` } });
        if (edit.code === 0) renamed[1].title = title;
        else problems.push(`edit title: ${edit.stderr.trim()}`);
      }
      const added = own.find(([id]) => id !== renamed?.[0]) ?? renamed;
      if (added) {
        const line = `by-${k}-in-round-${round}`;
        const edit = await c.run(['edit', added[0]], { env: { ...now, EDITOR: `${c.append} ${line}` } });
        if (edit.code === 0) added[1].lines.push(line);
        else problems.push(`edit body: ${edit.stderr.trim()}`);
      }
      // Delete a throw-away entry of their own that the team has already received (a file removed by hand).
      const gone = [...expected].find(([id, e]) => e.owner === k && e.disposable && !e.deleted && local.has(id));
      if (gone) {
        const file = path.join(c.root, local.get(gone[0]).path);
        if (existsSync(file)) unlinkSync(file);
        gone[1].deleted = true;
      }
      const sync = await c.run(['sync'], { env: now });
      syncs++;
      merges += (sync.stderr.match(/the two were merged into one/g) ?? []).length;
      if (sync.code !== 0) problems.push(`sync by ${c.name}: ${sync.stderr.trim().split('\n').pop()}`);
    }
  }
  // Everyone syncs until nothing moves: twice round the team.
  for (let pass = 0; pass < 2; pass++) {
    for (const c of clones) {
      const sync = await c.run(['sync']);
      syncs++;
      if (sync.code !== 0) problems.push(`final sync by ${c.name}: ${sync.stderr.trim().split('\n').pop()}`);
    }
  }
  let want = 0;
  let found = 0;
  let lost = 0;
  const alive = [...expected].filter(([, e]) => !e.deleted);
  for (const c of clones) {
    const files = entryFiles(c.root);
    const byId = new Map();
    for (const f of files) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
    for (const [id, paths] of byId) if (paths.length > 1) problems.push(`${c.name}: ${paths.length} files hold ${id}`);
    for (const [id, e] of expected) if (e.deleted && byId.has(id)) problems.push(`${c.name}: deleted ${id} came back`);
    if (git(c.root, ['status', '--porcelain', '--untracked-files=all']).includes('.conflict-')) problems.push(`${c.name}: conflict copies left`);
    for (const [id, e] of alive) {
      want++;
      const [file] = byId.get(id) ?? [];
      const missing = [
        ...(file?.text.includes(`title: ${e.title}\n`) ? [] : [`title: ${e.title}`]),
        ...[...e.done].filter((k) => !new RegExp(`- text: for ${ROLES[k]}\\n\\s+done: `).test(file?.text ?? '')).map((k) => `done by ${ROLES[k]}`),
        ...e.lines.filter((line) => !file?.text.includes(`Added ${line}.`)),
      ];
      if (file && missing.length === 0) found++;
      else {
        lost += missing.reduce((sum, m) => sum + m.length, 0) || (file ? 0 : e.title.length);
        problems.push(`${c.name}: ${id.slice(-4)} lacks ${missing.join(', ') || 'the file'}`);
      }
    }
  }
  let remoteTree = [];
  try {
    remoteTree = git(remote, ['ls-tree', '-r', '--name-only', 'main', 'entries']).trim().split('\n').filter(Boolean).sort();
  } catch {
    problems.push('nothing reached the remote');
  }
  if (remoteTree.join('\n') !== entryFiles(clones[0].root).map((f) => f.path).sort().join('\n')) problems.push('the remote differs from a clone');
  const note = problems.length === 0 ? `${syncs} syncs, ${merges} entries merged, ${alive.length} alive, ${expected.size - alive.length} deleted` : problems.slice(0, 3).join('; ');
  return { name: 'team: 3 clones edit, rename, delete', trials: rounds * clones.length, expected: want, found, lost, ok: problems.length === 0, note };
}
