import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { BIN } from '../helpers/run-cli.js';

/**
 * The commands run many times a day start fast because every heavy library is imported only by the command that
 * needs it (STACK.md). This spawns the built CLI with a module hook that records every file it loads.
 */
function modulesLoadedBy(args: string[], env: NodeJS.ProcessEnv, cwd: string): string[] {
  const dir = tempDir('mindlines-trace-');
  const log = path.join(dir, 'loaded.txt');
  writeFileSync(log, '');
  writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`,
  );
  writeFileSync(path.join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  execFileSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), BIN, ...args], { env, cwd, stdio: 'ignore' });
  return withBundledSources(readFileSync(log, 'utf8').split('\n').filter(Boolean));
}

/**
 * The CLI runs as a bundle (scripts/bundle.mjs): each file of dist/bundle/ loaded stands for the sources bundled
 * into it, which the bundle lists in sources.json. Those sources are added to the list as file URLs of the package
 * (`…/src/container.ts`, `…/node_modules/marked/…`), so what a command loads can be checked by source.
 */
function withBundledSources(urls: string[]): string[] {
  const bundle = path.resolve(path.dirname(BIN), '../dist/bundle');
  const sources = JSON.parse(readFileSync(path.join(bundle, 'sources.json'), 'utf8')) as Record<string, string[]>;
  const root = path.resolve(bundle, '../..');
  const out: string[] = [];
  for (const url of urls) {
    out.push(url);
    const file = url.startsWith('file:') ? fileURLToPath(url) : '';
    if (path.dirname(file) === bundle) for (const source of sources[path.basename(file)] ?? []) out.push(pathToFileURL(path.join(root, source)).href);
  }
  return out;
}

const HEAVY = /node_modules\/(@inquirer|inquirer|marked|marked-terminal|docx|chrono-node|libphonenumber-js|@sindresorhus\/slugify)\//;

describe('fast commands load no prompt, Markdown or document library', () => {
  it('--help, list and search (and the journal opened for them) load none of them', () => {
    const { home, env } = isolatedEnv();
    const journal = path.join(home, 'journal');
    execFileSync(process.execPath, [BIN, 'init', journal], { env, stdio: 'ignore' });
    execFileSync(process.execPath, [BIN, 'quick', 'spacers need a mask under five'], { env: { ...env, MINDLINES_DIR: journal }, stdio: 'ignore' });
    const withJournal = { ...env, MINDLINES_DIR: journal };
    for (const args of [['--help'], ['list'], ['search', 'spacers'], ['list']]) {
      const loaded = modulesLoadedBy(args, withJournal, home);
      expect(loaded.some((url) => url.endsWith('/src/cli.ts')), args.join(' ')).toBe(true);
      expect(loaded.filter((url) => HEAVY.test(url)), args.join(' ')).toEqual([]);
    }
    // --help does not even open a journal.
    expect(modulesLoadedBy(['--help'], withJournal, home).filter((url) => /src\/(container|adapters|app|commands)\b/.test(url))).toEqual([]);
  });
});
