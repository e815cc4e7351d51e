// Builds dist/ (`npm run build`: the compiled modules and the bundle) when it is missing or older than any file in src/: the end-to-end tests run the
// built CLI, and a build costs several seconds that an unchanged tree should not pay. Used by `npm test`
// (scripts/test.mjs) and by vitest's global setup (test/helpers/global-setup.ts). Plain JavaScript, run as is.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Newest modification time under a folder. */
function newest(dir) {
  let latest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    latest = Math.max(latest, item.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const cli = path.join(root, 'dist/cli.js');
const bundle = path.join(root, 'dist/bundle/help.txt');
const sources = newest(path.join(root, 'src'));
if (!existsSync(cli) || sources > statSync(cli).mtimeMs) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
// The bundle bin/mindlines.js runs (scripts/bundle.mjs writes help.txt last, so it dates the whole bundle).
if (!existsSync(bundle) || sources > statSync(bundle).mtimeMs) {
  execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs')], { cwd: root, stdio: 'inherit' });
}
