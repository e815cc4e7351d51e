#!/usr/bin/env node
// Times issue 18's commands on a journal of N entries brought in from a jrnl export: import (dry run, real, again),
// lock (making the key: one scrypt at 2^18, then one X25519 encryption per entry), list and search with and without
// the passphrase (with it: one scrypt, then one decryption per locked entry), and unlock. Wall time and CPU time
// (user + system, from GNU time when present), one run each: the point is the order of magnitude, per entry.
// Usage: npm run bench:keeping [-- N]   (default 300)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const n = Number(process.argv[2] ?? 300);
const bin = path.resolve(import.meta.dirname, '../bin/mindlines.js');
const home = mkdtempSync(path.join(os.tmpdir(), 'mindlines-bench-keeping-'));
const journal = path.join(home, 'journal');
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), NO_COLOR: '1', GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
delete env.MINDLINES_PASSPHRASE;
delete env.MINDLINES_PASSPHRASE_FILE;
writeFileSync(env.GIT_CONFIG_GLOBAL, '[user]\n\tname = Bench\n\temail = bench@example.invalid\n');
execFileSync(process.execPath, [bin, 'init', journal], { env, stdio: 'ignore' });

const words = 'spacer mask inhaler sepsis lactate fluids dressing exudate audit feedback handover escalation'.split(' ');
const entries = Array.from({ length: n }, (_, i) => ({
  title: `Learning ${i}: ${words[i % words.length]} and ${words[(i * 7) % words.length]}.`,
  body: ` ${Array.from({ length: 60 }, (_, k) => words[(i + k * 3) % words.length]).join(' ')} benchmarkword${i}\n`,
  date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  time: '09:30',
  tags: [`@${words[i % words.length]}`],
  starred: false,
}));
const source = path.join(home, 'journal.json');
writeFileSync(source, JSON.stringify({ tags: {}, entries }, null, 2));

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuFile = path.join(home, 'cpu');
function time(label, args, extraEnv = {}) {
  const command = gnuTime ? [gnuTime, '-f', '%U %S', '-o', cpuFile, process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { env: { ...env, ...extraEnv }, cwd: journal, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = gnuTime ? (readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1) ?? '').split(/\s+/).map(Number).reduce((a, b) => a + b, 0) * 1000 : NaN;
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}): ${result.stderr}`);
  process.stdout.write(`| ${label} | ${Math.round(ms)} | ${Number.isNaN(cpu) ? '' : Math.round(cpu)} |\n`);
  return result;
}

const key = { MINDLINES_PASSPHRASE: 'otter lantern quarry violet' };
process.stdout.write(`${n} entries; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n\n| command | wall ms | cpu ms |\n|---|---:|---:|\n`);
time('mindlines --help (the floor)', ['--help']);
time(`import --dry-run (${n} jrnl entries)`, ['import', source, '--dry-run']);
time(`import (${n} entries written)`, ['import', source]);
time('import again (nothing new)', ['import', source]);
time('list (plain)', ['list', '--json']);
time(`lock (new key, ${n} entries)`, ['lock'], key);
time('list without the passphrase', ['list', '--json']);
time('list with the passphrase', ['list', '--json'], key);
time('search with the passphrase', ['search', `benchmarkword${n - 1}`], key);
time('quick, written locked (no passphrase)', ['quick', 'a private note while locked']);
time(`unlock (${n + 1} entries)`, ['unlock'], key);
process.stdout.write(`\nload average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
