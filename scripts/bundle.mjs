#!/usr/bin/env node
// Bundles the command line (src/cli.ts) into dist/bundle/ with esbuild: one minified file for what every command
// loads, and one chunk per lazily imported command or library, so `mindlines search` parses a few files instead of
// resolving and compiling about a hundred modules (npm run bench measures the difference). bin/mindlines.js runs
// the bundle; the library API (dist/index.js) stays the TypeScript compiler's output. Run by `npm run build` and by
// scripts/build-if-stale.mjs. Plain JavaScript so that `node scripts/bundle.mjs` runs it as is.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: path.join(root, 'src/cli.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.MINDLINES_BUNDLE_PLAIN !== '1',
  chunkNames: 'chunk-[hash]',
  // CommonJS dependencies (commander, proper-lockfile…) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __mindlinesRequire } from 'node:module'; const require = __mindlinesRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  // Which sources each output file holds: the lazy-loading test checks what a command loads through it.
  metafile: true,
  // The large libraries only some commands load stay in node_modules, where npm installs them anyway: bundled, they
  // were 4 MB of the package's 5.4 MB (marked-terminal's highlighter alone 1.5 MB) and saved no start-up time.
  external: ['marked-terminal', 'marked', 'sanitize-html', 'libphonenumber-js', 'docx', 'age-encryption', 'chrono-node', 'csv-parse', 'csv-stringify', 'fflate', '@inquirer/*'],
});
const sources = Object.fromEntries(
  Object.entries(result.metafile.outputs).map(([file, output]) => [path.basename(file), Object.keys(output.inputs)]),
);
writeFileSync(path.join(outdir, 'sources.json'), `${JSON.stringify(sources)}\n`);

// `mindlines --help` as commander prints it without a terminal, saved beside the bundle so that printing it loads
// nothing (src/cli.ts, prerenderedHelp). Rendered by the bundle just built, before the file exists.
const { Writable } = await import('node:stream');
let help = '';
const collect = new Writable({ write: (chunk, _encoding, done) => ((help += chunk), done()) });
const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
const { run } = await import(path.join(outdir, 'cli.js'));
const code = await run(['node', 'mindlines', '--help'], { env: {}, cwd: root, stdin: process.stdin, stdout: collect, stderr: quiet });
if (code !== 0 || !help.includes('Usage: mindlines')) throw new Error(`bundle: --help exited ${code}`);
writeFileSync(path.join(outdir, 'help.txt'), help);

// The built-in reflection templates, parsed now by the compiled parser (dist/codecs/template.js), so `quick` and
// `new` need not load the YAML library to read one (src/adapters/fs-template-source.ts, compiledTemplate).
const { parseTemplate } = await import(path.join(root, 'dist/codecs/template.js'));
const { COMPILED_FORMAT, templateHash } = await import(path.join(root, 'dist/adapters/fs-template-source.js'));
const { readdirSync, readFileSync } = await import('node:fs');
const templatesDir = path.join(root, 'templates/reflection');
const templates = {};
for (const name of readdirSync(templatesDir).filter((n) => n.endsWith('.yaml')).sort()) {
  const text = readFileSync(path.join(templatesDir, name), 'utf8');
  const { source: _source, ...template } = parseTemplate(text, name);
  templates[template.id] = { file: name, hash: templateHash(text), template };
}
writeFileSync(path.join(root, 'dist/templates.json'), `${JSON.stringify({ format: COMPILED_FORMAT, templates })}\n`);
