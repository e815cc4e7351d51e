import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The shape of src/ as the architecture test sees it: each module's line count and what it imports. Pure data, so
 * the checks below can be fed a small made-up graph to prove they catch a violation (a check that cannot fail
 * proves nothing).
 */
export interface ModuleInfo {
  /** Path relative to the repository root, with forward slashes: `src/core/entries/journal.ts`. */
  file: string;
  lines: number;
  /** Every module specifier it imports or re-exports, static or `import('…')`, as written. */
  imports: string[];
}

export type ModuleGraph = Map<string, ModuleInfo>;

/** The specifiers a TypeScript source imports: `import`, `import type`, `export … from` and `import('…')`. */
export function importsOf(source: string): string[] {
  // preProcessFile only scans tokens: comments and strings are skipped, and a 78,000-line data file takes
  // milliseconds, where building a syntax tree would not.
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles.map((ref) => ref.fileName);
}

/** Reads every .ts file under `dir` (relative to `root`). */
export function readModuleGraph(root: string, dir = 'src'): ModuleGraph {
  const graph: ModuleGraph = new Map();
  const walk = (rel: string) => {
    for (const item of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${item.name}`;
      if (item.isDirectory()) walk(child);
      else if (item.name.endsWith('.ts')) {
        const text = readFileSync(path.join(root, child), 'utf8');
        graph.set(child, { file: child, lines: countLines(text), imports: importsOf(text) });
      }
    }
  };
  walk(dir);
  return graph;
}

function countLines(text: string): number {
  if (text === '') return 0;
  const breaks = text.split('\n').length - 1;
  return text.endsWith('\n') ? breaks : breaks + 1;
}

/**
 * The module a relative specifier names, as a key of the graph (`./journal.js` from `src/core/x.ts` is
 * `src/core/journal.ts`), or undefined for a package (`yaml`, `node:fs`) or a file outside the graph.
 */
export function resolveImport(graph: ModuleGraph, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, `${target}/index.ts`];
  return candidates.find((candidate) => graph.has(candidate));
}

/** Each module's edges to other modules of the graph. */
function edgesOf(graph: ModuleGraph): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const [file, info] of graph) {
    const targets = info.imports.map((spec) => resolveImport(graph, file, spec)).filter((t): t is string => t !== undefined);
    edges.set(file, [...new Set(targets)].sort());
  }
  return edges;
}

/** A group of modules that import each other, directly or through one another. */
export interface ImportCycle {
  /** Every module of the group, sorted. */
  members: string[];
  /** The shortest circle through the group's first module, closing on it: `[a.ts, b.ts, a.ts]`. */
  path: string[];
}

/**
 * Every import circle: one per strongly connected group of modules, with a concrete path to show. Type-only
 * imports count: a circle of types still ties the modules together.
 */
export function findCycles(graph: ModuleGraph): ImportCycle[] {
  const edges = edgesOf(graph);
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const start of [...edges.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        const selfLoop = (edges.get(frame.node) ?? []).includes(frame.node);
        if (group.length > 1 || selfLoop) groups.push(group);
      }
    }
  }
  return groups.map((group) => ({ members: [...group].sort(), path: cyclePath(edges, new Set(group)) })).sort((a, b) => a.path[0]!.localeCompare(b.path[0]!));
}

/** One concrete circle through a group of mutually importing modules, starting at its first file by name. */
function cyclePath(edges: Map<string, string[]>, group: Set<string>): string[] {
  const start = [...group].sort()[0]!;
  // Breadth-first from start back to start, staying inside the group: the shortest circle through it.
  const previous = new Map<string, string>();
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of edges.get(node) ?? []) {
      if (!group.has(target)) continue;
      if (target === start) {
        const circle = [node];
        while (circle[0] !== start) circle.unshift(previous.get(circle[0]!)!);
        return [...circle, start];
      }
      if (!seen.has(target)) {
        seen.add(target);
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  throw new Error(`no circle through ${start}: the group was not strongly connected`);
}

/** Modules over `max` lines, except the named ones (generated data, and exceptions another change removes). */
export function findLongFiles(graph: ModuleGraph, max: number, allowed: readonly string[]): string[] {
  return [...graph.values()]
    .filter((info) => info.lines > max && !allowed.includes(info.file))
    .map((info) => `${info.file} (${info.lines} lines)`)
    .sort();
}

export interface ImportRule {
  /** Which importing modules the rule governs: a folder prefix such as `src/commands/`. */
  from: string[];
  /** Package specifiers they may not import (`node:fs`, `fs`). */
  packages?: string[];
  /** Folder prefixes inside the graph they may not import from (`src/adapters/`). */
  folders?: string[];
  /** Files still breaking the rule, each removed from the list when it is fixed. */
  exceptions?: readonly string[];
}

/** Each import that breaks a rule, as `importer -> specifier`. */
export function findForbiddenImports(graph: ModuleGraph, rule: ImportRule): string[] {
  const found: string[] = [];
  for (const [file, info] of graph) {
    if (!rule.from.some((prefix) => file.startsWith(prefix)) || rule.exceptions?.includes(file)) continue;
    for (const spec of info.imports) {
      const target = resolveImport(graph, file, spec);
      const badPackage = rule.packages?.includes(spec) ?? false;
      const badFolder = target !== undefined && (rule.folders ?? []).some((prefix) => target.startsWith(prefix));
      if (badPackage || badFolder) found.push(`${file} -> ${spec}`);
    }
  }
  return found.sort();
}
