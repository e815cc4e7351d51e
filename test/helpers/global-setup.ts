import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Newest modification time under a folder, to tell whether dist/ is older than src/. */
function newest(dir: string): number {
  let latest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    latest = Math.max(latest, item.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** End-to-end tests spawn the built CLI: build it when it is missing or older than the sources. */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  const cli = path.join(root, 'dist/cli.js');
  if (!existsSync(cli) || newest(path.join(root, 'src')) > statSync(cli).mtimeMs) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  }
}
