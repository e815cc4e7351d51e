#!/usr/bin/env node
// Times the evidence exports on a synthetic journal of 1,000 entries (about 3 KB of body each, realistic front
// matter, no identifiers): `export cpd` in every format, `stats`, and `export blog`, each the median of 5 runs of
// the built CLI, with the size of what it wrote. Run with `npm run bench:export` (builds first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/mindlines.js');
const COUNT = Number(process.env.BENCH_ENTRIES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const ACTIVITIES = ['course', 'e-learning', 'reading', 'clinical-case', 'peer-discussion', 'conference', 'reflective-account', 'feedback', 'teaching', 'audit'];
const TAGS = ['asthma', 'sepsis', 'diabetes', 'safeguarding', 'prescribing', 'falls', 'end-of-life', 'handover', 'frailty', 'mental-health'];
const PARAGRAPH =
  'The learning came from a busy clinic and a conversation with the team afterwards. I had assumed that the ' +
  'guideline covered this situation, but reading it again showed a gap between what it says and what we do. ' +
  'We agreed to check the inhaler technique at every review, to write the plan in plain words, and to ask what ' +
  'matters most before changing treatment. ';

function id(n) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let s = '';
  let v = n;
  for (let i = 0; i < 8; i++) {
    s = alphabet[v % 32] + s;
    v = Math.floor(v / 32);
  }
  return `01J${'0'.repeat(15)}${s}`;
}

function makeJournal(dir) {
  writeFileSync(path.join(dir, 'mindlines.yaml'), 'version: 1\nname: Benchmark journal\nmode: personal\nprofile: nmc\nyear_start: "01-01"\nauthor: Sam Nurse\n');
  for (let n = 0; n < COUNT; n++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor((n * 1095) / COUNT) * 86_400_000).toISOString().slice(0, 10);
    const [y, m] = day.split('-');
    const folder = path.join(dir, 'entries', y, m);
    mkdirSync(folder, { recursive: true });
    const entryId = id(n);
    const hours = [0.5, 1, 1.5, 2, 3, 6][n % 6];
    const fm = [
      '---',
      `id: ${entryId}`,
      `title: Learning note ${n} on ${TAGS[n % TAGS.length]}`,
      `date: ${day}`,
      'author: Sam Nurse',
      `activity: ${ACTIVITIES[n % ACTIVITIES.length]}`,
      `hours: ${hours}`,
      `participatory: ${n % 3 === 0 ? hours : 0}`,
      `tags: [${TAGS[n % TAGS.length]}, ${TAGS[(n + 3) % TAGS.length]}]`,
      'learned_with: [peers, team]',
      'resources: ["NICE NG80", BNF]',
      'standards: [practise-effectively]',
      `visibility: ${n % 2 ? 'public' : 'private'}`,
      'beliefs:',
      '  - belief: The guideline covered this',
      '    before: wood',
      '    outcome: challenged',
      'actions:',
      `  - text: Review this again in a month (${n})`,
      '    due: 2027-01-31',
      '---',
      '',
    ].join('\n');
    const body = ['What happened', 'What I already believed', 'Reinforced or challenged', 'What I understand now', 'What I will do differently']
      .map((h) => `## ${h}\n\n${PARAGRAPH}${PARAGRAPH.slice(0, 200)}\n`)
      .join('\n');
    writeFileSync(path.join(folder, `${day}-learning-note-${n}-${entryId.slice(-4).toLowerCase()}.md`), fm + body);
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args, env) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`mindlines ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    times.push(ms);
  }
  return median(times);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'mindlines-bench-export-'));
try {
  const journal = path.join(work, 'journal');
  mkdirSync(journal);
  makeJournal(journal);
  const env = { PATH: process.env.PATH, HOME: work, MINDLINES_NOW: '2026-11-27', NO_COLOR: '1' };
  const base = ['--journal', journal];
  const rows = [];
  for (const format of ['md', 'html', 'json', 'csv', 'docx']) {
    const out = path.join(work, `summary.${format}`);
    const ms = time([...base, 'export', 'cpd', '--from', '2024-01-01', '--to', '2026-12-31', '-o', out], env);
    rows.push([`export cpd --format ${format}`, ms, statSync(out).size]);
  }
  rows.push(['stats', time([...base, 'stats'], env), null]);
  rows.push(['stats --json', time([...base, 'stats', '--json'], env), null]);
  const blog = path.join(work, 'post.html');
  rows.push(['export blog (1 entry, html)', time([...base, 'export', 'blog', id(1), '--format', 'html', '-o', blog], env), statSync(blog).size]);
  rows.push(['list (for comparison)', time([...base, 'list', '--json'], env), null]);
  console.log(`\nmindlines evidence exports, ${COUNT} entries, median of ${RUNS} runs (Node ${process.versions.node}, ${os.cpus().length} cores)\n`);
  console.log('| command | median ms | output size |');
  console.log('|---|---:|---:|');
  for (const [name, ms, size] of rows) console.log(`| ${name} | ${Math.round(ms)} | ${size === null ? '' : `${(size / 1024).toFixed(0)} KB`} |`);
} finally {
  if (!process.env.KEEP_BENCH) rmSync(work, { recursive: true, force: true });
}
