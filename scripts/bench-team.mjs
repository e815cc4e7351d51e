// `node scripts/bench-team.mjs` (part of `npm run bench`; build first): the team repository at scale. Generates a
// shared journal of 20,000 entries by 50 authors in a real git repository with a bare "remote", and times
//   - `team digest` (Markdown and JSON) and `team members` over it,
//   - `sync` with 100 new entries while a teammate has pushed 100 of their own (commit, fetch, rebase, push),
//   - `sync` with nothing to do.
// Each figure is the median of BENCH_TEAM_RUNS runs (default 5). Sizes: BENCH_TEAM_ENTRIES, BENCH_TEAM_AUTHORS,
// BENCH_TEAM_NEW. Prints a Markdown table and writes .bench/team.json. Target (issue 7): "in seconds".
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(here, '../bin/mindlines.js');
const RUNS = Math.max(3, Number(process.env.BENCH_TEAM_RUNS ?? 5));
const ENTRIES = Number(process.env.BENCH_TEAM_ENTRIES ?? 20000);
const AUTHORS = Number(process.env.BENCH_TEAM_AUTHORS ?? 50);
const NEW = Number(process.env.BENCH_TEAM_NEW ?? 100);
const NOW = '2026-11-27';
const TARGET_MS = 10_000;

const work = mkdtempSync(path.join(os.tmpdir(), 'mindlines-bench-team-'));
const keep = Boolean(process.env.KEEP_BENCH_DIRS);

// A deterministic generator, so every run measures the same journal.
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
let serial = 0;
/** A ULID-shaped id, unique and time-ordered enough for the journal (10 time chars, 16 random). */
function newId(dateMs) {
  let time = '';
  let t = dateMs;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rest = '';
  for (let n = serial++, i = 0; i < 6; i++, n = Math.floor(n / 32)) rest = CROCKFORD[n % 32] + rest;
  for (let i = rest.length; i < 16; i++) rest += CROCKFORD[Math.floor(random() * 32)];
  return time + rest;
}

const FIRST = ['Alice', 'Bob', 'Chloe', 'Dev', 'Efua', 'Farid', 'Grace', 'Hamish', 'Ines', 'Jonah'];
const LAST = ['Smith', 'Okafor', 'Patel', 'Nguyen', 'Evans'];
const authors = Array.from({ length: AUTHORS }, (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`);
const TAGS = ['asthma', 'sepsis', 'diabetes', 'prescribing', 'safeguarding', 'frailty', 'mental-health', 'paediatrics', 'audit', 'communication', 'significant-event', 'learning-event'];
const RESOURCES = ['NICE NG245', 'NICE NG51', 'BNF', 'CKS', 'SIGN 158', 'local formulary'];
const LEARNED = ['peers', 'seniors', 'team', 'patients-and-carers', 'other-professionals'];
const SENTENCES = [
  'The review took longer than planned because the inhaler technique needed checking twice.',
  'We discussed the threshold for escalation at the practice meeting and agreed a shared approach.',
  'The guideline recommends a lower starting dose in older adults with reduced kidney function.',
  'I had assumed the spacer was only needed for younger children, which turned out to be wrong.',
  'A structured handover would have caught the missing blood test result earlier.',
  'The team agreed to audit repeat prescriptions for this medicine over the next quarter.',
  'Talking it through with a colleague helped me see the decision from the family’s side.',
  'The safety-netting advice was clear, written down, and repeated back by the carer.',
];
const paragraph = (n) => Array.from({ length: n }, () => pick(SENTENCES)).join(' ');

/** One entry file's text: realistic front matter and about 2 KB of body. */
function entryText(author, date, title, extra = {}) {
  const id = newId(Date.parse(`${date}T12:00:00Z`));
  const tags = [...new Set([pick(TAGS), pick(TAGS)])];
  const lines = [
    '---',
    `id: ${id}`,
    `title: ${title}`,
    `date: ${date}`,
    `created: ${date}T12:00:00Z`,
    `author: ${author}`,
    'template: constructivist',
    `hours: ${pick([0.25, 0.5, 1, 1.5, 2])}`,
    `tags: [${tags.join(', ')}]`,
    `learned_with: [${pick(LEARNED)}]`,
    `resources: ["${pick(RESOURCES)}"]`,
    `loop: ${pick(['single', 'single', 'double', 'triple'])}`,
    `level: ${pick(['individual', 'individual', 'collective', 'organisational'])}`,
    ...(random() < 0.3 ? ['actions:', `  - text: Review the ${pick(TAGS)} protocol with the team`, `    due: ${date}`, `    done: ${random() < 0.5}`] : []),
    `visibility: ${extra.visibility ?? 'team'}`,
    'status: complete',
    '---',
    '',
    '## What happened',
    '',
    paragraph(5),
    '',
    '## What I believed before',
    '',
    paragraph(3),
    '',
    '## What I understand now',
    '',
    paragraph(5),
    '',
    '## What I will do differently',
    '',
    paragraph(3),
    '',
  ];
  return { id, text: lines.join('\n') };
}

/** Writes `count` entries into `root/entries`, dated over the two years up to NOW; returns their paths. */
function writeEntries(root, count, authorOf, label) {
  const paths = [];
  const end = Date.parse(`${NOW}T00:00:00Z`);
  for (let i = 0; i < count; i++) {
    const date = new Date(end - Math.floor(random() * 730) * 86400000).toISOString().slice(0, 10);
    const author = authorOf(i);
    const title = `${label} ${i + 1} on ${pick(TAGS)}`;
    const { id, text } = entryText(author, date, title);
    const [y, m] = date.split('-');
    const rel = `entries/${y}/${m}/${date}-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i + 1}-${id.slice(-4).toLowerCase()}.md`;
    mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
    paths.push(rel);
  }
  return paths;
}

function identityEnv(name) {
  const home = path.join(work, `home-${name.replace(/\W+/g, '-')}`);
  mkdirSync(home, { recursive: true });
  const gitconfig = path.join(home, '.gitconfig');
  writeFileSync(gitconfig, `[user]\n\tname = ${name}\n\temail = ${name.replace(/\W+/g, '.').toLowerCase()}@example.invalid\n[init]\n\tdefaultBranch = main\n`);
  const env = { ...process.env, HOME: home, GIT_CONFIG_GLOBAL: gitconfig, GIT_CONFIG_NOSYSTEM: '1', MINDLINES_NOW: NOW, NO_COLOR: '1', TZ: 'UTC' };
  delete env.MINDLINES_DIR;
  return env;
}

const git = (cwd, env, args) => execFileSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });

function time(env, root, args, { expectCode = 0 } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, '--journal', root, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== expectCode) throw new Error(`mindlines ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

/** Peak resident memory (MB) of one run, read by a preloaded hook as the process exits. */
function peakRss(env, root, args) {
  const out = path.join(work, 'rss.txt');
  const hook = path.join(work, 'rss-hook.cjs');
  writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`);
  spawnSync(process.execPath, ['--require', hook, BIN, '--journal', root, ...args], { env, stdio: 'ignore' });
  return Number(readFileSync(out, 'utf8')) / 1024;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  // The team's repository: a bare remote, and the first member's clone holding the whole history.
  const remote = path.join(work, 'team.git');
  git(work, process.env, ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  const first = identityEnv(authors[0]);
  const a = path.join(work, 'a');
  git(work, first, ['clone', '--quiet', remote, a]);
  spawnSync(process.execPath, [BIN, 'init', a, '--mode', 'team', '--name', 'Bench practice'], { env: first, stdio: 'ignore' });
  process.stderr.write(`generating ${ENTRIES} entries by ${AUTHORS} authors in ${a}\n`);
  const started = Date.now();
  const perAuthor = Math.ceil(ENTRIES / AUTHORS);
  writeEntries(a, ENTRIES, (i) => authors[Math.floor(i / perAuthor)], 'Reflection');
  git(a, first, ['add', '-A']);
  git(a, first, ['commit', '--quiet', '-m', `mindlines: add ${ENTRIES} reflections, share the journal settings`]);
  git(a, first, ['push', '--quiet', '-u', 'origin', 'main']);
  const b = path.join(work, 'b');
  const second = identityEnv(authors[1]);
  git(work, second, ['clone', '--quiet', remote, b]);
  process.stderr.write(`  generated and pushed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  const samples = {
    'team digest (md)': [],
    'team digest --format json': [],
    'team members': [],
    [`sync: ${NEW} new entries, teammate pushed ${NEW}`]: [],
    'sync: nothing to do': [],
  };
  let digestCheck;
  for (let round = 0; round < RUNS; round++) {
    process.stderr.write(`  round ${round + 1}/${RUNS}\r`);
    samples['team digest (md)'].push(time(first, a, ['team', 'digest', '--since', '2024-11-27']).ms);
    const json = time(first, a, ['team', 'digest', '--since', '2024-11-27', '--format', 'json']);
    samples['team digest --format json'].push(json.ms);
    digestCheck = JSON.parse(json.stdout);
    samples['team members'].push(time(first, a, ['team', 'members', '--json']).ms);

    // A teammate shares 100 entries first, so this sync has to fetch and rebase as well as commit and push.
    writeEntries(b, NEW, () => authors[1], `Teammate round ${round + 1}`);
    const theirs = time(second, b, ['sync', '--json']);
    if (JSON.parse(theirs.stdout).status !== 'synced') throw new Error(`teammate sync: ${theirs.stdout}`);
    writeEntries(a, NEW, () => authors[0], `Round ${round + 1}`);
    const ours = time(first, a, ['sync', '--json']);
    const outcome = JSON.parse(ours.stdout);
    if (outcome.status !== 'synced' || outcome.committed?.added.length !== NEW || outcome.received.added !== NEW || outcome.sent !== 1) {
      throw new Error(`sync did not do what was measured: ${ours.stdout.slice(0, 2000)}`);
    }
    samples[`sync: ${NEW} new entries, teammate pushed ${NEW}`].push(ours.ms);
    samples['sync: nothing to do'].push(time(first, a, ['sync']).ms);
  }
  process.stderr.write('\n');
  const total = ENTRIES + 2 * NEW * RUNS;
  const counted = digestCheck.authors.reduce((sum, row) => sum + row.entries, 0);
  const rss = peakRss(first, a, ['team', 'digest', '--since', '2024-11-27', '--format', 'json']);

  const rows = Object.entries(samples).map(([name, values]) => ({ name, ms: Math.round(median(values)) }));
  const lines = [
    `Team repository: ${total} entries by ${AUTHORS} authors (${ENTRIES} generated, ${2 * NEW} more per round), git ${git(work, process.env, ['--version']).trim().replace('git version ', '')}, Node ${process.version}, ${os.cpus().length} cores; median of ${RUNS} runs.`,
    '',
    '| measurement | median | target |',
    '|---|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${(r.ms / 1000).toFixed(2)} s | < ${TARGET_MS / 1000} s |`),
    `| peak RSS of team digest --format json | ${Math.round(rss)} MB | |`,
    '',
    `The digest counted ${counted} entries by ${digestCheck.authors.length} authors from ${digestCheck.period.since} to ${digestCheck.period.until}.`,
  ];
  console.log(lines.join('\n'));
  mkdirSync(path.resolve(here, '../.bench'), { recursive: true });
  writeFileSync(
    path.resolve(here, '../.bench/team.json'),
    `${JSON.stringify({ entries: total, authors: AUTHORS, newEntries: NEW, runs: RUNS, medians: Object.fromEntries(rows.map((r) => [r.name, r.ms])), peakRssMb: Math.round(rss) }, null, 2)}\n`,
  );
  const slow = rows.filter((r) => r.ms > TARGET_MS);
  if (slow.length > 0) {
    console.error(`slower than ${TARGET_MS / 1000} s: ${slow.map((r) => r.name).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.error(`kept ${work}`);
}
