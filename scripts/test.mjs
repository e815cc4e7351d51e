// `npm test`: the type check, the lint and the build (when dist/ is older than src/) at the same time, then the tests.
// Each keeps one core busy, so on a two-core machine they take about half as long as one after the other. Like
// `a && b && c && d`, the tests run only when all three pass; unlike it, every failing step prints its problems.
// Plain JavaScript so that `node scripts/test.mjs` runs it as is.
import { spawn } from 'node:child_process';
import path from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command, keeping its output to print in one piece when it ends (three at once would interleave). */
function check(name, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' && command === npm });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, output: String(error) }));
    child.on('close', (code) => resolve({ name, ok: code === 0, output }));
  });
}

const started = Date.now();
const results = await Promise.all([
  check('typecheck', npm, ['run', '--silent', 'typecheck']),
  check('lint', npm, ['run', '--silent', 'lint']),
  check('build', process.execPath, [path.join(import.meta.dirname, 'build-if-stale.mjs')]),
]);
for (const { name, ok, output } of results) {
  process.stdout.write(`${ok ? '✓' : '✗'} ${name}\n`);
  if (output.trim()) process.stdout.write(`${output.trimEnd()}\n`);
}
process.stdout.write(`checks took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
if (results.some((r) => !r.ok)) process.exit(1);

const tests = spawn(npm, ['exec', '--', 'vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' });
tests.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
