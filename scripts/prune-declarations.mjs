#!/usr/bin/env node
// Keeps in dist/ only the type declarations the library API needs: dist/index.d.ts and every .d.ts it reaches
// through its imports. The command line needs none (it is JavaScript at run time), and declarations for every
// internal module were about 200 KB of the published package. Run by `npm run build` after tsc.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../dist');
const entry = path.join(dist, 'index.d.ts');
if (!existsSync(entry)) {
  console.error('prune-declarations: dist/index.d.ts is missing; run tsc first');
  process.exit(1);
}

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g;
const kept = new Set();
const queue = [entry];
while (queue.length > 0) {
  const file = queue.pop();
  if (kept.has(file)) continue;
  if (!existsSync(file)) {
    // A declaration importing one tsc did not emit would ship a broken type: stop the build instead.
    console.error(`prune-declarations: ${path.relative(dist, file)} is imported by the API's declarations but missing`);
    process.exit(1);
  }
  kept.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    queue.push(path.resolve(path.dirname(file), match[1].replace(/\.js$/, '.d.ts')));
  }
}

let removed = 0;
let bytes = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (file.endsWith('.d.ts') && !kept.has(file)) {
      bytes += statSync(file).size;
      rmSync(file);
      removed++;
    }
  }
};
walk(dist);
console.log(`prune-declarations: kept ${kept.size} declaration files for the library API, removed ${removed} (${Math.round(bytes / 1024)} KB)`);
