import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** End-to-end tests spawn the built CLI: build it when it is missing or older than the sources. */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-if-stale.mjs')], { cwd: root, stdio: 'inherit' });
}
