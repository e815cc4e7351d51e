// Parallel writers, a full disk, permissions, stale and live locks, symbolic links (scripts/faults.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, entryFiles, journal, person, reachable, scratch, tempFiles, whole } from './harness.mjs';

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Checks are [what, passed] pairs: how many passed, and which did not (for the case's line). */
const passed = (checks) => checks.filter(([, ok]) => ok).length;
const failedChecks = (checks) => {
  const failed = checks.filter(([, ok]) => !ok).map(([what]) => what);
  return failed.length > 0 ? `failed: ${failed.join(', ')}` : undefined;
};

async function entryWithActions(j, count, title = 'Many small changes') {
  const answers = { title, experience: 'A busy clinic.', learning: 'Small steps.', visibility: 'team', actions: Array.from({ length: count }, (_, i) => ({ text: `action ${i + 1}` })) };
  const made = await j.run(['new', '--answers', '-', '--json'], { input: JSON.stringify(answers) });
  if (made.code !== 0) throw new Error(made.stderr);
  return JSON.parse(made.stdout).id;
}

/** Every file under a folder (conflict copies included), for finding text wherever it was kept. */
const allText = (root) =>
  ['entries', 'private']
    .flatMap((folder) => readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' }).map((n) => path.join(root, folder, n)))
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

/** Eight `actions done`, a `visibility` move and an `edit` of one entry, all at once, `trials` times. */
export async function parallelOneEntry(trials) {
  const j = await journal({ mode: 'team' });
  const editor = path.join(j.home, 'append.sh');
  writeFileSync(editor, '#!/bin/sh\nprintf "\\nEdited in parallel %s.\\n" "$1" >> "$2"\n', { mode: 0o755 });
  let expected = 0;
  let found = 0;
  let lost = 0;
  for (let t = 0; t < trials; t++) {
    const id = await entryWithActions(j, 8, `Parallel ${t}`);
    const runs = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => j.run(['actions', 'done', `${id}#${i + 1}`])),
      j.run(['visibility', id, 'private']),
      j.run(['edit', id], { env: { ...j.env, EDITOR: `${editor} ${t}` } }),
    ]);
    const [file] = entryFiles(j.root).filter((f) => f.id === id);
    for (let i = 1; i <= 8; i++) {
      if (!/Marked /.test(runs[i - 1].stderr)) continue;
      expected++;
      if (file && new RegExp(`- text: action ${i}\\n\\s+done: `).test(file.text)) found++;
      else lost += 'done: 2026-11-27\n'.length;
    }
    expected += 2;
    if (file && /^visibility: private$/m.test(file.text) && file.path.startsWith('private/')) found++;
    // An edit that raced a change is kept beside the entry as a conflict copy: kept, not lost.
    if (allText(j.root).includes(`Edited in parallel ${t}.`)) found++;
    else lost += `Edited in parallel ${t}.`.length;
  }
  return { name: 'parallel: 10 writers on one entry', trials, expected, found, lost };
}

/** `trials` processes, each capturing five notes one after another, all at the same time. */
export async function parallelManyEntries(trials, each = 5) {
  const j = await journal();
  const workers = Array.from({ length: trials }, async (_, w) => {
    const said = [];
    for (let n = 0; n < each; n++) {
      const note = `parallel note ${w}-${n}`;
      if ((await j.run(['quick', note])).code === 0) said.push(note);
    }
    return said;
  });
  const notes = (await Promise.all(workers)).flat();
  const files = entryFiles(j.root);
  const found = notes.filter((note) => files.filter((f) => f.text.includes(`${note}\n`) && whole(f.text)).length === 1).length;
  const lost = notes.filter((note) => !files.some((f) => f.text.includes(note))).reduce((sum, note) => sum + note.length, 0);
  const ok = new Set(files.map((f) => f.id)).size === files.length;
  return { name: `parallel: ${trials} writers x ${each} new entries`, trials: trials * each, expected: notes.length, found, lost, ok };
}

/** A journal on a 256 KB tmpfs that fills up: writes fail cleanly, nothing written is damaged, reads still answer. */
export async function fullDisk() {
  if (!isRoot) return { name: 'full disk (256 KB tmpfs)', skipped: 'needs root to mount a tmpfs' };
  const mount = scratch('mindlines-faults-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount], { stdio: 'ignore' });
  } catch {
    return { name: 'full disk (256 KB tmpfs)', skipped: 'cannot mount a tmpfs here' };
  }
  const checks = [];
  try {
    const who = person();
    const root = path.join(mount, 'journal');
    const run = (args, more = {}) => cli(['--journal', root, ...args], { env: who.env, ...more });
    await cli(['init', root], { env: who.env });
    for (const n of [1, 2, 3]) await run(['quick', `before the disk filled ${n}`]);
    const actionsId = await entryWithActions({ run }, 2);
    const before = entryFiles(root).map((f) => f.text).join('\n');
    const filler = path.join(mount, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(512 * 1024));
    } catch {
      // ENOSPC: the disk is now full, which is the point
    }
    const quick = await run(['quick', 'written on a full disk']);
    checks.push(['quick refused with ENOSPC', quick.code !== 0 && /the disk is full \(ENOSPC\)/.test(quick.stderr)]);
    const done = await run(['actions', 'done', `${actionsId}#1`]);
    checks.push(['actions done refused', done.code !== 0]);
    checks.push(['entries unchanged, no temp left', entryFiles(root).map((f) => f.text).join('\n') === before && tempFiles(root).length === 0]);
    rmSync(path.join(root, '.mindlines', 'index.json'), { force: true });
    const listed = await run(['list', '--json']);
    checks.push(['list from memory with a note', listed.code === 0 && JSON.parse(listed.stdout).length === 4 && /index cannot be saved/.test(listed.stderr)]);
    unlinkSync(filler);
    checks.push(['quick after space freed', (await run(['quick', 'after space was freed'])).code === 0]);
    const found = passed(checks);
    const lost = entryFiles(root).filter((f) => !whole(f.text)).reduce((sum, f) => sum + f.text.length, 0);
    return { name: 'full disk (256 KB tmpfs)', trials: checks.length, expected: checks.length, found, lost, note: failedChecks(checks) ?? 'refused with ENOSPC, read from memory, recovered' };
  } finally {
    execFileSync('umount', [mount], { stdio: 'ignore' });
  }
}

/** A journal another user can read but not write, or not read at all. */
export async function permissions() {
  if (!isRoot) return { name: 'permissions (another user)', skipped: 'needs root to run as another user' };
  const j = await journal();
  await j.run(['quick', 'Spacer technique']);
  const id = await entryWithActions(j, 1);
  for (const f of entryFiles(j.root)) writeFileSync(path.join(j.root, f.path), `${f.text}\nMore.\n`);
  reachable(j.root);
  execFileSync('chmod', ['-R', 'a+rX', j.root]);
  const env = { ...j.env, HOME: '/nonexistent' };
  const asNobody = (args) => j.run(args, { env, uid: NOBODY, cwd: '/' });
  const checks = [];
  const listed = await asNobody(['list', '--json']);
  checks.push(['read-only list with a note', listed.code === 0 && JSON.parse(listed.stdout).length === 2 && /index cannot be saved .*permission denied \(EACCES\)/.test(listed.stderr)]);
  const quick = await asNobody(['quick', 'not mine to write']);
  checks.push(['quick refused with EACCES', quick.code === 1 && /permission denied \(EACCES\); nothing was changed/.test(quick.stderr) && quick.ms < 10_000]);
  const done = await asNobody(['actions', 'done', `${id}#1`]);
  checks.push(['rewrite refused at once', done.code === 1 && /cannot take a lock in .*permission denied \(EACCES\)/.test(done.stderr) && !/waiting/.test(done.stderr)]);
  chmodSync(j.root, 0o700);
  const closed = await asNobody(['list']);
  checks.push(['unreadable journal named', /cannot read the journal at .*permission denied \(EACCES\)/.test(closed.stderr)]);
  const found = passed(checks);
  return { name: 'permissions (another user)', trials: checks.length, expected: checks.length, found, lost: 0, note: failedChecks(checks) ?? 'read-only: answers with a note; writes refused at once with EACCES' };
}

/** A lock left by a killed mindlines is taken over at once; a live one is waited for, with a message within 2 s. */
export async function staleAndLiveLocks() {
  const j = await journal();
  const id = await entryWithActions(j, 3);
  const locks = path.join(j.root, '.mindlines', 'locks');
  mkdirSync(locks, { recursive: true, mode: 0o700 });
  const holder = (pid) => JSON.stringify({ pid, host: os.hostname(), since: new Date().toISOString(), what: 'changing an entry', nonce: `n${pid}` });
  const checks = [];
  const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
  writeFileSync(path.join(locks, `entry-${id}.lock`), holder(dead));
  const stale = await j.run(['actions', 'done', `${id}#1`]);
  checks.push(['stale lock taken over', stale.code === 0 && stale.ms < 5_000 && /stopped without releasing an entry; its lock was taken over/.test(stale.stderr)]);

  // How long the command takes to reach its lock is measured first: the message must come within 2 s of that.
  const reach = (await j.run(['actions', 'done', `${id}#3`])).ms;
  const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
  writeFileSync(path.join(locks, `entry-${id}.lock`), holder(sleeper.pid));
  // The holder goes away a few seconds after the command reaches the lock; until then it must wait, and say so.
  const stop = setTimeout(() => sleeper.kill(), reach + 4_000);
  const live = await j.run(['actions', 'done', `${id}#2`]);
  clearTimeout(stop);
  sleeper.kill();
  checks.push(['live lock: message within 2 s', live.code === 0 && live.firstErrAt !== undefined && live.firstErrAt < reach + 2_000 && new RegExp(`waiting for another mindlines \\(pid ${sleeper.pid}`).test(live.stderr)]);

  // The folder lock of the index that mindlines before issue 14 left after a kill (proper-lockfile), a minute old.
  const old = path.join(j.root, '.mindlines', 'index.json.lock');
  mkdirSync(old, { recursive: true });
  execFileSync('touch', ['-d', '1 minute ago', old]);
  rmSync(path.join(j.root, '.mindlines', 'index.json'), { force: true });
  const listed = await j.run(['list', '--json']);
  checks.push(['old folder lock taken over', listed.code === 0 && listed.ms < 10_000 && JSON.parse(listed.stdout).length === 1]);
  const found = passed(checks);
  return { name: 'locks: stale taken over, live waited for', trials: checks.length, expected: checks.length, found, lost: 0, note: failedChecks(checks) };
}

/** A folder link committed inside entries/: nothing outside the journal is read, printed, exported or rewritten. */
export async function symlinks() {
  const j = await journal();
  const outside = scratch('mindlines-faults-outside-');
  const text = '---\nid: 01JD0000000000000000OUT001\ntitle: Not in this journal\ndate: 2026-11-20\nvisibility: public\nactions:\n  - text: never\n---\n\nOutside text.\n';
  writeFileSync(path.join(outside, '2026-11-20-not-in-this-journal-t001.md'), text);
  mkdirSync(path.join(j.root, 'entries', '2026'), { recursive: true });
  symlinkSync(outside, path.join(j.root, 'entries', '2026', 'shared'));
  const inside = 'entries/2026/shared/2026-11-20-not-in-this-journal-t001.md';
  const checks = [];
  for (const args of [['show', inside], ['export', 'blog', inside], ['actions', 'done', `${inside}#1`], ['visibility', inside, 'team'], ['list', '--json']]) {
    const run = await j.run(args);
    checks.push([args[0], args[0] === 'list' ? !run.stdout.includes('Not in this journal') : run.code !== 0 && run.stdout === '' && /leads outside the journal/.test(run.stderr)]);
  }
  checks.push(['outside file untouched', readFileSync(path.join(outside, '2026-11-20-not-in-this-journal-t001.md'), 'utf8') === text && readdirSync(outside).length === 1]);
  const found = passed(checks);
  return { name: 'symlinks: a linked folder in entries/', trials: checks.length, expected: checks.length, found, lost: 0, note: failedChecks(checks) ?? 'refused with the path it leads to' };
}
