// kill -9 at random points of each write path (scripts/faults.mjs). Each case first times the command a few times,
// then kills it after a random share (40% to 110%) of that time, so most kills land while it reads, locks and
// writes. After each kill the journal is read directly: every change the command said it made must be there, whole,
// and no entry may be missing, half-written or doubled. Bytes lost: the size of what a person was told was saved
// and is not there (or is no longer whole).
import { fork } from 'node:child_process';
import { generateJournal } from '../generate-journal.mjs';
import { cli, entryFiles, git, journal, median, path, person, random, readFileSync, ROOT, scratch, tempFiles, whole, writeFileSync } from './harness.mjs';

const delayFor = (ms) => Math.round(ms * (0.4 + 0.7 * random()));

/**
 * Where trial `i` is killed, in turn: at a random moment of the command (`delayFor`), 0 to 20 ms after it takes the
 * entry's lock, and 0 to 3 ms after its temp file appears (while it writes, flushes and links or renames). Timed
 * kills alone mostly land in Node's start-up, a second to the few milliseconds of the write.
 */
function killAt(i, duration, root, { lock = true } = {}) {
  const folders = ['entries', 'private'].map((f) => path.join(root, f, '2026', '11'));
  const kind = ['moment', lock ? 'lock' : 'moment', 'write'][i % 3];
  if (kind === 'moment') return { kind, killAfterMs: delayFor(duration) };
  if (kind === 'lock') return { kind, killOn: { dirs: [path.join(root, '.mindlines', 'locks')], match: /^entry-.*\.lock$/, afterMs: Math.round(random() * 20) } };
  return { kind, killOn: { dirs: folders, match: /^\..*\.md\..*\.tmp$/, afterMs: Math.round(random() * 3) } };
}

/** Counts the kills that landed, by where they were aimed, for the case's line. */
function killTally() {
  const kills = { moment: 0, lock: 0, write: 0 };
  return {
    add: (kind, run) => run.killed && kills[kind]++,
    note: () => `killed ${kills.moment} at random, ${kills.lock} holding the lock, ${kills.write} mid-write`,
  };
}

/** How long a command usually takes here: the median of three runs (one in the short run). */
async function timed(run, times = process.env.MINDLINES_FAULT_SHORT ? 1 : 3) {
  const ms = [];
  for (let i = 0; i < times; i++) ms.push((await run(i)).ms);
  return median(ms);
}

/** The atomic replace itself, in a forked writer looping over two 200 KB versions (the earlier `npm run faults`). */
export async function atomicReplace(trials) {
  const dir = scratch();
  const file = path.join(dir, 'entry.md');
  const old = `old ${'o'.repeat(200_000)}`;
  const next = `new ${'n'.repeat(200_000)}`;
  writeFileSync(file, old);
  const script = path.join(dir, 'writer.mjs');
  const module = path.join(ROOT, 'dist/adapters/atomic-file.js');
  writeFileSync(script, `import { replaceFile } from ${JSON.stringify(module)};\nprocess.send('ready');\nfor (;;) { await replaceFile(${JSON.stringify(file)}, process.argv[2] === 'a' ? ${JSON.stringify(next)} : ${JSON.stringify(old)}); }\n`);
  let found = 0;
  let lost = 0;
  for (let i = 0; i < trials; i++) {
    const child = fork(script, [i % 2 ? 'a' : 'b'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('message', resolve));
    await new Promise((resolve) => setTimeout(resolve, random() * 30));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const text = readFileSync(file, 'utf8');
    if (text === old || text === next) found++;
    else lost += old.length;
  }
  return { name: 'kill -9: atomic replace (200 KB)', trials, expected: trials, found, lost };
}

/** `quick`: a new entry (temp file, fsync, exclusive link). */
export async function killQuick(trials) {
  const j = await journal();
  const duration = await timed((i) => j.run(['quick', `calibration note ${i}`]));
  let expected = 0;
  let found = 0;
  let lost = 0;
  let debris = 0;
  let doubled = 0;
  const tally = killTally();
  for (let i = 0; i < trials; i++) {
    const marker = `kill quick ${i} ${Math.floor(random() * 1e9)}`;
    const { kind, ...kill } = killAt(i, duration, j.root, { lock: false });
    const run = await j.run(['quick', marker], kill);
    tally.add(kind, run);
    const hits = entryFiles(j.root).filter((f) => f.text.includes(marker));
    debris = Math.max(debris, tempFiles(j.root).length);
    if (hits.length > 1) doubled++;
    const intact = hits.length === 1 && whole(hits[0].text);
    if (/Captured /.test(run.stderr)) {
      expected++;
      if (intact) found++;
      else lost += Buffer.byteLength(marker);
    } else if (hits.length === 1 && !intact) lost += Buffer.byteLength(marker);
  }
  // The next command finds the debris of killed writes, keeps it in .mindlines/rescued/ and says so.
  const next = await j.run(['list']);
  const left = tempFiles(j.root).length;
  const rescued = JSON.parse((await j.run(['recover', '--json'])).stdout).length;
  const ok = doubled === 0 && left === 0 && next.code === 0;
  return { name: 'kill -9: quick (create)', trials, expected, found, lost, ok, note: `${tally.note()}; ${debris} temp files seen, ${rescued} rescued, ${left} left` };
}

/** A reflection with `count` action points, as `new --answers` writes it; returns its id. */
async function entryWithActions(j, count, extra = {}) {
  const answers = { title: 'Many small changes', experience: 'A busy clinic.', learning: 'Small steps.', visibility: 'team', actions: Array.from({ length: count }, (_, i) => ({ text: `action ${i + 1}` })), ...extra };
  const made = await j.run(['new', '--answers', '-', '--json'], { input: JSON.stringify(answers) });
  if (made.code !== 0) throw new Error(made.stderr);
  return JSON.parse(made.stdout).id;
}

const fileOf = (root, id) => entryFiles(root).filter((f) => f.id === id);

/** `actions done`: a rewrite of the front matter under the entry's lock (temp file, fsync, hash check, rename). */
export async function killActionsDone(trials) {
  const j = await journal();
  const id = await entryWithActions(j, trials + 3);
  const duration = await timed((i) => j.run(['actions', 'done', `${id}#${trials + 1 + i}`]));
  const confirmed = [];
  let lost = 0;
  let broken = 0;
  const tally = killTally();
  for (let i = 1; i <= trials; i++) {
    const { kind, ...kill } = killAt(i, duration, j.root);
    const run = await j.run(['actions', 'done', `${id}#${i}`], kill);
    tally.add(kind, run);
    if (/Marked /.test(run.stderr)) confirmed.push(i);
    const files = fileOf(j.root, id);
    if (files.length !== 1 || !whole(files[0].text)) {
      broken++;
      continue;
    }
  }
  const [file] = fileOf(j.root, id);
  let found = 0;
  for (const i of confirmed) {
    if (file && new RegExp(`- text: action ${i}\\n\\s+done: 2026-`).test(file.text)) found++;
    else lost += 'done: 2026-11-27\n'.length;
  }
  if (broken > 0 && file) lost += Buffer.byteLength(file.text);
  return { name: 'kill -9: actions done (rewrite)', trials, expected: confirmed.length, found, lost, ok: broken === 0, note: `${tally.note()}; ${broken} times the entry was missing, doubled or cut` };
}

/** `visibility` in a team journal: the front matter, then a move between entries/ and private/ (one rename). */
export async function killVisibility(trials) {
  const j = await journal({ mode: 'team' });
  const id = await entryWithActions(j, 1);
  const duration = await timed((i) => j.run(['visibility', id, i % 2 ? 'team' : 'private']));
  let found = 0;
  let lost = 0;
  let doubled = 0;
  let last = fileOf(j.root, id)[0]?.text ?? '';
  const tally = killTally();
  for (let i = 0; i < trials; i++) {
    const { kind, ...kill } = killAt(i, duration, j.root);
    tally.add(kind, await j.run(['visibility', id, i % 2 ? 'team' : 'private'], kill));
    const files = fileOf(j.root, id);
    if (files.length > 1) doubled++;
    if (files.length >= 1 && files.every((f) => whole(f.text))) {
      found++;
      last = files[0].text;
    } else lost += Buffer.byteLength(last);
  }
  return { name: 'kill -9: visibility (move)', trials, expected: trials, found, lost, ok: doubled === 0, note: `${tally.note()}; ${doubled} times two files held the id` };
}

/** `edit` with a new title: the whole text replaced (hash-checked), then the file renamed to match. */
export async function killEditRename(trials) {
  const j = await journal();
  const id = await entryWithActions(j, 1);
  const editor = path.join(j.home, 'retitle.sh');
  writeFileSync(editor, '#!/bin/sh\nsed -i "s/^title: .*/title: Renamed $1/" "$2"\n', { mode: 0o755 });
  const env = (i) => ({ ...j.env, EDITOR: `${editor} ${i}` });
  const duration = await timed((i) => j.run(['edit', id], { env: env(1000 + i) }));
  let found = 0;
  let lost = 0;
  let doubled = 0;
  let last = fileOf(j.root, id)[0]?.text ?? '';
  const tally = killTally();
  for (let i = 0; i < trials; i++) {
    const { kind, ...kill } = killAt(i, duration, j.root);
    tally.add(kind, await j.run(['edit', id], { env: env(i), ...kill }));
    const files = fileOf(j.root, id);
    if (files.length > 1) doubled++;
    if (files.length === 1 && whole(files[0].text) && /^title: (Renamed \d+|Many small changes)$/m.test(files[0].text)) {
      found++;
      last = files[0].text;
    } else lost += Buffer.byteLength(last);
  }
  return { name: 'kill -9: edit + rename', trials, expected: trials, found, lost, ok: doubled === 0, note: `${tally.note()}; ${doubled} times two files held the id` };
}

/** `reindex` killed half-way: the next command must take over its lock at once and answer with every entry. */
export async function killReindex(trials, entries = 300) {
  const who = person();
  const root = path.join(scratch(), 'journal');
  generateJournal(root, entries, { years: 2 });
  const run = (args, more = {}) => cli(['--journal', root, ...args], { env: who.env, ...more });
  const duration = await timed(() => run(['reindex']));
  let found = 0;
  let slowest = 0;
  let tookOver = 0;
  for (let i = 0; i < trials; i++) {
    await run(['reindex'], { killAfterMs: delayFor(duration) });
    const listed = await run(['list', '--json']);
    slowest = Math.max(slowest, listed.ms);
    if (/stopped without releasing/.test(listed.stderr)) tookOver++;
    if (listed.code === 0 && JSON.parse(listed.stdout).length === entries) found++;
  }
  return { name: 'kill -9: reindex, then list', trials, expected: trials, found, lost: 0, note: `${tookOver} stale locks taken over, slowest list ${slowest} ms` };
}

/** `sync` killed at random, then run again: everything committed reaches the remote, once, and nothing is stuck. */
export async function killSync(trials) {
  const remote = path.join(scratch(), 'team.git');
  git(scratch(), ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  const alice = person('Alice Smith');
  const root = path.join(alice.home, 'journal');
  git(alice.home, ['clone', '--quiet', remote, root], alice.env);
  await cli(['init', root, '--mode', 'team'], { env: alice.env });
  const run = (args, more = {}) => cli(['--journal', root, ...args], { env: alice.env, ...more });
  await run(['quick', 'first']);
  const duration = await timed(async (i) => {
    await run(['quick', `calibration ${i}`]);
    return run(['sync']);
  });
  let expected = 0;
  let stuck = 0;
  for (let i = 0; i < trials; i++) {
    await run(['quick', `sync trial ${i} a`]);
    await run(['quick', `sync trial ${i} b`]);
    expected += 2;
    await run(['sync'], { killAfterMs: delayFor(duration) });
    let finished = false;
    for (let attempt = 0; attempt < 3 && !finished; attempt++) finished = (await run(['sync'])).code === 0;
    if (!finished) stuck++;
  }
  const shared = git(remote, ['ls-tree', '-r', '--name-only', 'main', 'entries']).split('\n').filter((p) => /sync-trial-\d+-[ab]-/.test(p));
  const ids = new Set(entryFiles(root).map((f) => f.id));
  const ok = stuck === 0 && ids.size === entryFiles(root).length;
  return { name: 'kill -9: sync, then sync again', trials, expected, found: shared.length, lost: 0, ok, note: `${stuck} syncs stuck` };
}
