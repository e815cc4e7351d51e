import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findCycles,
  findForbiddenImports,
  findLongFiles,
  importsOf,
  readModuleGraph,
  type ImportCycle,
  type ImportRule,
  type ModuleGraph,
} from '../helpers/module-graph.js';

// The layout STYLE.md describes, checked on the source files themselves (issue 11: "no hand-written source file
// over 400 lines; no import circle"; no `../adapters/` and no `node:fs` in commands or app). Pure file reads, about
// a quarter of a second.

const MAX_LINES = 400;

/** Generated data rather than code (none: the name lexicon is a data file, data/name-lexicon.txt.br). */
const GENERATED: string[] = [];

/** Long files allowed while they are being split (none). The test fails on an entry that no longer applies. */
const LONG_FILES_BEING_SPLIT: string[] = [];

/** Commands or use-cases allowed to do their own I/O (none: they go through ports). Same rule as above. */
const COMMANDS_DOING_THEIR_OWN_IO: string[] = [];

/** Import circles allowed while they are being removed (none). Same rule as above. */
const CYCLES_BEING_REMOVED: string[][] = [];

const FS = ['node:fs', 'fs', 'node:fs/promises', 'fs/promises'];

const COMMANDS_AND_APP_DO_NO_IO: ImportRule = {
  from: ['src/commands/', 'src/app/'],
  packages: FS,
  folders: ['src/adapters/'],
  exceptions: COMMANDS_DOING_THEIR_OWN_IO,
};

/** Imports point inward (STYLE.md): codecs import nothing of ours but errors; core imports codecs only. */
const INWARD: ImportRule[] = [
  { from: ['src/codecs/'], folders: ['src/core/', 'src/adapters/', 'src/commands/', 'src/app/', 'src/ui/', 'src/config/', 'src/exporters/'] },
  {
    from: ['src/core/'],
    folders: ['src/adapters/', 'src/commands/', 'src/app/', 'src/ui/', 'src/config/', 'src/exporters/', 'src/container.ts', 'src/program.ts', 'src/cli.ts', 'src/index.ts'],
  },
];

const sameMembers = (cycle: ImportCycle, members: string[]) => cycle.members.join('\n') === [...members].sort().join('\n');

/** `a.ts -> b.ts -> a.ts`, and the other modules tangled in the same circle, if any. */
function describeCycle(cycle: ImportCycle): string {
  const others = cycle.members.filter((file) => !cycle.path.includes(file));
  return others.length === 0 ? cycle.path.join(' -> ') : `${cycle.path.join(' -> ')} (tangled with ${others.join(', ')})`;
}

/** A graph from a few lines of made-up source per file, to plant violations in. */
function fakeGraph(files: Record<string, string>): ModuleGraph {
  const graph: ModuleGraph = new Map();
  for (const [file, text] of Object.entries(files)) graph.set(file, { file, lines: text.split('\n').length, imports: importsOf(text) });
  return graph;
}

describe('the architecture checks catch what they look for', () => {
  it('reads static, type-only, re-exported and dynamic imports, and ignores ones in comments and strings', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export * from './c.js';",
      "export { d } from './d.js';",
      "import './e.js';",
      'const f = await import(\'./f.js\');',
      "// import { g } from './g.js';",
      "/* await import('./h.js') */",
      "const text = \"import { i } from './i.js'\";",
      "import {\n  j,\n} from 'node:fs';",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['../b.js', './a.js', './c.js', './d.js', './e.js', './f.js', 'node:fs']);
  });

  it('finds an import circle, static or dynamic, and shows its path', () => {
    const graph = fakeGraph({
      'src/a.ts': "import { b } from './b.js';",
      'src/b.ts': "import type { C } from './deep/c.js';",
      'src/deep/c.ts': "export const c = () => import('../a.js');",
      'src/d.ts': "import { a } from './a.js';\nimport { e } from './e.js';",
      'src/e.ts': "export const e = 1;",
      'src/self.ts': "export * from './self.js';",
    });
    expect(findCycles(graph)).toEqual([
      { members: ['src/a.ts', 'src/b.ts', 'src/deep/c.ts'], path: ['src/a.ts', 'src/b.ts', 'src/deep/c.ts', 'src/a.ts'] },
      { members: ['src/self.ts'], path: ['src/self.ts', 'src/self.ts'] },
    ]);
    graph.set('src/deep/c.ts', { file: 'src/deep/c.ts', lines: 1, imports: ['../e.js'] });
    graph.delete('src/self.ts');
    expect(findCycles(graph)).toEqual([]);
  });

  it('shows the shortest circle through a tangle of modules', () => {
    const graph = fakeGraph({
      'src/a.ts': "import './b.js';\nimport './x.js';",
      'src/b.ts': "import './c.js';",
      'src/c.ts': "import './d.js';\nimport './a.js';",
      'src/d.ts': "import './a.js';",
      'src/x.ts': "import './y.js';",
      'src/y.ts': "import './x.js';",
    });
    expect(findCycles(graph).map(describeCycle)).toEqual([
      'src/a.ts -> src/b.ts -> src/c.ts -> src/a.ts (tangled with src/d.ts)',
      'src/x.ts -> src/y.ts -> src/x.ts',
    ]);
  });

  it('finds a file over the limit unless it is named as an exception', () => {
    const graph = fakeGraph({ 'src/long.ts': 'x\n'.repeat(401).trimEnd(), 'src/short.ts': 'x\n'.repeat(400).trimEnd() });
    expect(findLongFiles(graph, MAX_LINES, [])).toEqual(['src/long.ts (401 lines)']);
    expect(findLongFiles(graph, MAX_LINES, ['src/long.ts'])).toEqual([]);
  });

  it('finds fs and adapter imports in commands and app, dynamic ones too, but not elsewhere', () => {
    const graph = fakeGraph({
      'src/commands/new.ts': "import { readFile } from 'node:fs/promises';\nimport { Store } from '../adapters/store.js';",
      'src/commands/show.ts': "const r = await import('../adapters/renderer.js');",
      'src/app/capture.ts': "import fs from 'fs';\nimport { x } from '../core/x.js';",
      'src/app/fine.ts': "import type { Port } from '../core/ports.js';",
      'src/adapters/store.ts': "import fs from 'node:fs';",
      'src/adapters/renderer.ts': '',
      'src/core/x.ts': '',
      'src/core/ports.ts': '',
    });
    expect(findForbiddenImports(graph, { ...COMMANDS_AND_APP_DO_NO_IO, exceptions: [] })).toEqual([
      "src/app/capture.ts -> fs",
      'src/commands/new.ts -> ../adapters/store.js',
      'src/commands/new.ts -> node:fs/promises',
      'src/commands/show.ts -> ../adapters/renderer.js',
    ]);
    expect(findForbiddenImports(graph, { ...COMMANDS_AND_APP_DO_NO_IO, exceptions: ['src/commands/new.ts', 'src/commands/show.ts'] })).toEqual([
      'src/app/capture.ts -> fs',
    ]);
  });

  it('finds a codec importing from core', () => {
    const graph = fakeGraph({ 'src/codecs/draft-file.ts': "import type { Draft } from '../core/reflection/draft.js';", 'src/core/reflection/draft.ts': '' });
    expect(findForbiddenImports(graph, INWARD[0]!)).toEqual(['src/codecs/draft-file.ts -> ../core/reflection/draft.js']);
  });
});

describe('the architecture of src/', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const graph = readModuleGraph(root);

  it('has no import circle', () => {
    const cycles = findCycles(graph);
    const unexpected = cycles.filter((cycle) => !CYCLES_BEING_REMOVED.some((members) => sameMembers(cycle, members)));
    expect(unexpected.map(describeCycle), 'import circles (break each one)').toEqual([]);
    const gone = CYCLES_BEING_REMOVED.filter((members) => !cycles.some((cycle) => sameMembers(cycle, members)));
    expect(gone, 'these circles are gone: remove them from CYCLES_BEING_REMOVED').toEqual([]);
  });

  it(`has no hand-written source file over ${MAX_LINES} lines`, () => {
    expect(findLongFiles(graph, MAX_LINES, [...GENERATED, ...LONG_FILES_BEING_SPLIT]), 'split these by concern').toEqual([]);
    const split = LONG_FILES_BEING_SPLIT.filter((file) => (graph.get(file)?.lines ?? 0) <= MAX_LINES);
    expect(split, `these are ${MAX_LINES} lines or fewer now (or gone): remove them from LONG_FILES_BEING_SPLIT`).toEqual([]);
  });

  it('keeps fs and adapters out of commands and app: they go through ports', () => {
    expect(findForbiddenImports(graph, COMMANDS_AND_APP_DO_NO_IO), 'use a port from the context instead').toEqual([]);
    const fixed = COMMANDS_DOING_THEIR_OWN_IO.filter(
      (file) => findForbiddenImports(graph, { ...COMMANDS_AND_APP_DO_NO_IO, from: [file], exceptions: [] }).length === 0,
    );
    expect(fixed, 'these no longer do their own I/O (or are gone): remove them from COMMANDS_DOING_THEIR_OWN_IO').toEqual([]);
  });

  it('points imports inward: codecs import nothing from core, core nothing from the outer layers', () => {
    for (const rule of INWARD) expect(findForbiddenImports(graph, rule)).toEqual([]);
  });
});
