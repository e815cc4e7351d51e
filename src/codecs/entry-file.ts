import type { Pair, Scalar } from 'yaml';
import { parseSafeYaml, SAFE_YAML_OPTIONS, type YamlProblem } from './safe-yaml.js';
import { parseSimpleFrontMatter } from './simple-front-matter.js';
import { yamlModule } from './yaml-module.js';

/** Front matter longer than this always goes to the full parser, which enforces the YAML size limit. */
const MAX_SIMPLE_YAML = 64 * 1024;

/**
 * The order front-matter keys are written in, so diffs stay small and every entry reads the same way.
 * Keys not listed here (a user's own, or a newer version's) follow in the order they were found.
 */
export const FRONT_MATTER_ORDER = [
  'id',
  'title',
  'date',
  'created',
  'updated',
  'author',
  'template',
  'activity',
  'hours',
  'participatory',
  'tags',
  'learned_with',
  'resources',
  'loop',
  'level',
  'beliefs',
  'actions',
  'builds_on',
  'standards',
  'review',
  'visibility',
  'status',
] as const;

/** Files larger than this are refused before parsing, so one huge file cannot stall every command. */
export const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

export interface EntryText {
  frontMatter: Record<string, unknown>;
  /** Everything after the closing `---` line, byte for byte. */
  body: string;
  /** 1-based line of each top-level front-matter key, for error messages. */
  keyLines: Record<string, number>;
}

export type EntryTextResult = { ok: true; value: EntryText } | { ok: false; problem: YamlProblem };

interface Split {
  yaml: string;
  /** Offset in the text where the YAML starts and where the body starts. */
  yamlStart: number;
  yamlEnd: number;
  bodyStart: number;
}

const CONFLICT_MARKER = /^(<{7} |={7}$|>{7} )/m;

function splitFrontMatter(text: string): Split | YamlProblem {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(start));
  if (!open) return { line: 1, message: 'the file does not start with a front-matter line `---`' };
  const yamlStart = start + open[0].length;
  const close = /^(---|\.\.\.)[ \t]*(\r?\n|$)/m;
  const rest = text.slice(yamlStart);
  const match = close.exec(rest);
  if (!match) return { line: 1, message: 'the front matter has no closing `---` line' };
  const yamlEnd = yamlStart + match.index;
  return { yaml: text.slice(yamlStart, yamlEnd), yamlStart, yamlEnd, bodyStart: yamlEnd + match[0].length };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Parses an entry file: `---`, YAML front matter, `---`, Markdown body. Never throws: a problem comes back with the
 * 1-based line of the file it was found on.
 */
export function parseEntryText(text: string): EntryTextResult {
  if (Buffer.byteLength(text, 'utf8') > MAX_ENTRY_BYTES) {
    return { ok: false, problem: { line: 1, message: `the file is larger than ${MAX_ENTRY_BYTES / 1024 / 1024} MB` } };
  }
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    return {
      ok: false,
      problem: { line: lineAt(text, conflict.index), message: 'the file holds git conflict markers; resolve the merge first' },
    };
  }
  const split = splitFrontMatter(text);
  if ('message' in split) return { ok: false, problem: split };
  const offset = lineAt(text, split.yamlStart) - 1;
  // Most front matter is plain `key: value` lines: read those without the YAML library (same result, far faster).
  const simple = split.yaml.length <= MAX_SIMPLE_YAML ? parseSimpleFrontMatter(split.yaml) : undefined;
  if (simple) {
    const keyLines: Record<string, number> = {};
    for (const [key, line] of Object.entries(simple.keyLines)) keyLines[key] = line + offset;
    return { ok: true, value: { frontMatter: simple.value, body: text.slice(split.bodyStart), keyLines } };
  }
  const parsed = parseSafeYaml(split.yaml);
  if (!parsed.ok) return { ok: false, problem: { line: parsed.problem.line + offset, message: parsed.problem.message } };
  const value = parsed.value;
  if (value === null || value === undefined) {
    return { ok: false, problem: { line: offset + 1, message: 'the front matter is empty' } };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: { line: offset + 1, message: 'the front matter is not a map of `key: value` lines' } };
  }
  const keyLines: Record<string, number> = {};
  const items = (parsed.doc.contents as { items?: Pair[] } | null)?.items ?? [];
  for (const pair of items) {
    const key = pair.key as Scalar | null;
    if (key && typeof key.value === 'string' && key.range) {
      keyLines[key.value] = parsed.lineCounter.linePos(key.range[0]).line + offset;
    }
  }
  return {
    ok: true,
    value: { frontMatter: value as Record<string, unknown>, body: text.slice(split.bodyStart), keyLines },
  };
}

/**
 * The body of an entry file, found without parsing its YAML: for readers that already hold the front matter (the
 * index). Undefined when the file has no front matter to skip.
 */
export function bodyOfEntryText(text: string): string | undefined {
  const split = splitFrontMatter(text);
  return 'message' in split ? undefined : text.slice(split.bodyStart);
}

function orderKeys(frontMatter: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_ORDER) if (frontMatter[key] !== undefined) ordered[key] = frontMatter[key];
  for (const [key, value] of Object.entries(frontMatter)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered;
}

function stringifyYaml(value: Record<string, unknown>): string {
  return new (yamlModule().Document)(value, SAFE_YAML_OPTIONS).toString({ lineWidth: 0 });
}

/** Writes a whole entry: front matter in FRONT_MATTER_ORDER (produced by `yaml`, never by string templates), then the body. */
export function serializeEntryText(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${stringifyYaml(orderKeys(frontMatter))}---\n${body}`;
}

/**
 * Changes some top-level front-matter keys of an existing entry and leaves every other byte alone: other keys,
 * their comments and formatting, and the body. A key set to `undefined` is removed; a new key is placed where
 * FRONT_MATTER_ORDER puts it. The text must already parse (callers parse it first).
 */
export function rewriteFrontMatter(text: string, changes: Record<string, unknown>): string {
  const split = splitFrontMatter(text);
  if ('message' in split) throw new Error(split.message);
  const parsed = parseSafeYaml(split.yaml);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const yaml = split.yaml;
  const lines = yaml.split(/(?<=\n)/);
  const lineStarts: number[] = [];
  let pos = 0;
  for (const line of lines) {
    lineStarts.push(pos);
    pos += line.length;
  }
  const lineIndexOf = (offset: number): number => {
    let index = 0;
    while (index + 1 < lineStarts.length && (lineStarts[index + 1] as number) <= offset) index++;
    return index;
  };
  const items = (parsed.doc.contents as { items?: Pair[] } | null)?.items ?? [];
  const keys: { key: string; first: number }[] = [];
  for (const pair of items) {
    const key = pair.key as Scalar | null;
    if (key?.range) keys.push({ key: String(key.value), first: lineIndexOf(key.range[0]) });
  }
  // A key's lines run to the next key, minus the comments and blank lines that introduce that next key.
  const isTrivia = (line: string) => /^\s*(#.*)?\r?\n?$/.test(line);
  const spans = keys.map((entry, i) => {
    let end = i + 1 < keys.length ? (keys[i + 1] as { first: number }).first : lines.length;
    while (end > entry.first + 1 && isTrivia(lines[end - 1] as string)) end--;
    return { ...entry, end };
  });
  const newline = yaml.includes('\r\n') ? '\r\n' : '\n';
  const render = (key: string, value: unknown) => {
    const out = stringifyYaml({ [key]: value });
    return newline === '\n' ? out : out.replace(/\n/g, '\r\n');
  };
  const replaced = new Map<number, string | null>();
  const inserts = new Map<number, string[]>();
  for (const [key, value] of Object.entries(changes)) {
    const span = spans.find((s) => s.key === key);
    if (span) {
      replaced.set(span.first, value === undefined ? null : render(key, value));
      continue;
    }
    if (value === undefined) continue;
    const rank = FRONT_MATTER_ORDER.indexOf(key as (typeof FRONT_MATTER_ORDER)[number]);
    const before =
      rank < 0
        ? undefined
        : spans.find((s) => {
            const other = FRONT_MATTER_ORDER.indexOf(s.key as (typeof FRONT_MATTER_ORDER)[number]);
            return other > rank;
          });
    // Above the comments that introduce the following key: right after the previous key's own lines.
    const beforeIndex = before ? spans.indexOf(before) : -1;
    const at = !before ? lines.length : beforeIndex > 0 ? (spans[beforeIndex - 1] as { end: number }).end : before.first;
    const list = inserts.get(at) ?? [];
    list.push(render(key, value));
    inserts.set(at, list);
  }
  let out = '';
  for (let i = 0; i <= lines.length; i++) {
    for (const text of inserts.get(i) ?? []) out += text;
    if (i === lines.length) break;
    const span = spans.find((s) => s.first === i);
    if (span && replaced.has(i)) {
      const replacement = replaced.get(i);
      if (replacement) out += replacement;
      i = span.end - 1;
      continue;
    }
    out += lines[i];
  }
  if (out.length > 0 && !out.endsWith('\n')) out += newline;
  return text.slice(0, split.yamlStart) + out + text.slice(split.yamlEnd);
}
