// `npm test`: the type check and the lint run beside the tests, which start once dist/ is built (only when it is
// older than src/). Many test files spend their time waiting on git, tmux or Chromium, and the checks fill that time
// at a lower priority, so on a two-core machine the whole takes little more than the tests alone. The checks'
// output is printed in one piece after the tests; the exit code is 1 when anything failed.
// Plain JavaScript so that `node scripts/test.mjs` runs it as is.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const shell = process.platform === 'win32';

/** Runs `npm run NAME` at a lower priority, keeping its output to print in one piece when it ends. */
function check(name) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'], shell });
    try {
      // Set before npm starts tsc or eslint, which inherit it: the tests, with their timeouts, come first.
      os.setPriority(child.pid, 10);
    } catch {
      // Not allowed here: the check runs at normal priority.
    }
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, output: String(error) }));
    child.on('close', (code) => resolve({ name, ok: code === 0, output }));
  });
}

/** Runs a command with the terminal, resolving with whether it succeeded. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: shell && command === npm });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

const checks = Promise.all([check('typecheck'), check('lint')]);
const built = await run(process.execPath, [path.join(import.meta.dirname, 'build-if-stale.mjs')]);
const tested = built && (await run(npm, ['exec', '--', 'vitest', 'run', ...process.argv.slice(2)]));
const results = await checks;
for (const { name, ok, output } of results) {
  process.stdout.write(`${ok ? '✓' : '✗'} ${name}\n`);
  if (output.trim()) process.stdout.write(`${output.trimEnd()}\n`);
}
if (!built) process.stdout.write('✗ build\n');
process.exit(built && tested && results.every((r) => r.ok) ? 0 : 1);
