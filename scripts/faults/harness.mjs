// What every case of the fault battery (scripts/faults.mjs) shares: scratch folders and identities, running the
// built CLI (to the end, or killed with SIGKILL after a delay), and reading a journal's entry files directly.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, watch, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/mindlines.js');
export const NOW = '2026-11-27T10:00:00';

const made = [];

/** A scratch folder, removed at the end (KEEP_FAULT_DIRS=1 keeps them for a look). */
export function scratch(prefix = 'mindlines-faults-') {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanUp() {
  if (process.env.KEEP_FAULT_DIRS) return;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A person: their own home, git identity and clock, nothing of the real user's. */
export function person(name = 'Test Clinician', extra = {}) {
  const home = scratch('mindlines-faults-home-');
  const gitconfig = path.join(home, '.gitconfig');
  writeFileSync(gitconfig, `[user]\n\tname = ${name}\n\temail = ${name.toLowerCase().replace(/\W+/g, '.')}@example.invalid\n[init]\n\tdefaultBranch = main\n`);
  const env = {
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    HOME: home,
    GIT_CONFIG_GLOBAL: gitconfig,
    GIT_CONFIG_NOSYSTEM: '1',
    NO_COLOR: '1',
    MINDLINES_NOW: NOW,
    ...extra,
  };
  return { name, home, env };
}

/**
 * Runs the CLI to its end, or kills it with SIGKILL after `killAfterMs`, or `killOn.afterMs` after a file whose name
 * matches `killOn.match` appears in one of `killOn.dirs` (its lock taken, its temp file begun: a kill inside the
 * write path rather than anywhere in the process). Resolves with what it wrote, its exit code, whether it was killed
 * before it ended, and how long it ran.
 */
export function cli(args, { env, cwd, input, killAfterMs, killOn, uid, timeoutMs = 120_000 } = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const options = { cwd: cwd ?? env?.HOME ?? os.tmpdir(), env, stdio: ['pipe', 'pipe', 'pipe'] };
    if (uid !== undefined) Object.assign(options, { uid, gid: uid });
    const child = spawn(process.execPath, [BIN, ...args], options);
    let stdout = '';
    let stderr = '';
    let firstErrAt;
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => {
      firstErrAt ??= Date.now() - started;
      stderr += c;
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    let killed = false;
    const kill = () => ((killed = true), child.kill('SIGKILL'));
    let killer = killAfterMs === undefined ? undefined : setTimeout(kill, killAfterMs);
    const watchers = (killOn?.dirs ?? []).filter((dir) => existsSync(dir)).map((dir) =>
      watch(dir, (_event, name) => {
        if (killer === undefined && name && killOn.match.test(name)) killer = setTimeout(kill, killOn.afterMs);
      }),
    );
    const guard = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const watcher of watchers) watcher.close();
      clearTimeout(killer);
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr, killed: killed && signal === 'SIGKILL', ms: Date.now() - started, firstErrAt });
    });
  });
}

/** A journal made by `mindlines init`, and a runner bound to it. */
export async function journal(options = {}) {
  const who = options.person ?? person();
  const root = path.join(scratch('mindlines-faults-journal-'), 'journal');
  const init = await cli(['init', root, ...(options.mode ? ['--mode', options.mode] : [])], { env: who.env });
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  return { root, ...who, run: (args, more = {}) => cli(['--journal', root, ...args], { env: who.env, ...more }) };
}

/** Every entry-shaped file under entries/ and private/ (hidden ones apart), with its id when it has one. */
export function entryFiles(root) {
  const found = [];
  for (const folder of ['entries', 'private']) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const base = path.basename(name);
      if (!base.endsWith('.md') || base.startsWith('.') || base.includes('.conflict-')) continue;
      const text = readFileSync(path.join(dir, name), 'utf8');
      found.push({ path: `${folder}/${name}`, text, id: /^id: (\S+)$/m.exec(text)?.[1] });
    }
  }
  return found;
}

/** Hidden temp files (debris of a killed write) under entries/ and private/. */
export function tempFiles(root) {
  return ['entries', 'private'].flatMap((folder) => {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => path.basename(n).startsWith('.') && n.endsWith('.tmp'));
  });
}

/** Whether an entry file is whole: front matter closed, its id there, and the body ending as written (a newline). */
export const whole = (text) => /^---\n(?:[\s\S]*?\n)?id: \S+\n[\s\S]*?\n---\n[\s\S]*\n$/.test(text);

/** The middle of several timings: where a command usually is when it writes. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let seed = Number(process.env.MINDLINES_FAULT_SEED ?? 14);
/** A seeded random number in [0, 1), so a run can be repeated (MINDLINES_FAULT_SEED). */
export function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

/** A git repository command, throwing with git's words on failure. */
export function git(cwd, args, env) {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Lets other users reach `dir` through the scratch folders above it (only adding permissions). */
export function reachable(dir) {
  for (let at = dir; at.startsWith(os.tmpdir() + path.sep); at = path.dirname(at)) chmodSync(at, (statSync(at).mode & 0o7777) | 0o055);
}

export { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync, statSync, path };
