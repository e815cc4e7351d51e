import type { Node } from 'yaml';
import { parseSafeYaml } from './safe-yaml.js';
import { parseSimpleFrontMatter } from './simple-front-matter.js';
import { yamlModule } from './yaml-module.js';

/**
 * Where the values of a front matter are, as [start, end) offsets in its YAML text: the scalars the identifier
 * scanner looks at (every value but those under `skipKeys`, or under `skipNested` inside a list of small maps; not
 * nulls or booleans). Front matter the line parser reads (simple-front-matter.ts: what mindlines writes and most
 * people type) is walked line by line; anything else goes through the full YAML parser. Both give the same ranges
 * (a differential test holds them to it). Undefined when the YAML does not parse.
 */
export function frontMatterValueRanges(yaml: string, skipKeys: ReadonlySet<string>, skipNested: ReadonlySet<string>): [number, number][] | undefined {
  return simpleValueRanges(yaml, skipKeys, skipNested) ?? yamlValueRanges(yaml, skipKeys, skipNested);
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const ITEM = /^ {2}- (.*)$/;
const CONTINUATION = /^ {4}([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const NULL_OR_BOOLEAN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** The scalars of a value written on one line at `at`: the items of a flow list, or the value itself. */
function inlineRanges(text: string, at: number, out: [number, number][]): void {
  if (text[0] !== '[') {
    if (!NULL_OR_BOOLEAN.test(text)) out.push([at, at + text.length]);
    return;
  }
  const inner = text.slice(1, -1);
  let i = 0;
  while (i < inner.length) {
    while (inner[i] === ' ') i++;
    let end: number;
    if (inner[i] === '"' || inner[i] === "'") end = inner.indexOf(inner[i] as string, i + 1) + 1;
    else {
      end = inner.indexOf(',', i);
      if (end < 0) end = inner.length;
    }
    const raw = inner.slice(i, end).replace(/ +$/, '');
    if (raw !== '' && !NULL_OR_BOOLEAN.test(raw)) out.push([at + 1 + i, at + 1 + i + raw.length]);
    i = end;
    while (inner[i] === ' ') i++;
    i++; // the comma
  }
}

/** The ranges of front matter the line parser reads, or undefined (it is not that simple). */
export function simpleValueRanges(yaml: string, skipKeys: ReadonlySet<string>, skipNested: ReadonlySet<string>): [number, number][] | undefined {
  // Only what the line parser accepts is walked here, so the grammar below is known to hold line by line.
  if (!parseSimpleFrontMatter(yaml)) return undefined;
  const out: [number, number][] = [];
  let at = 0;
  let skip = false;
  for (const line of yaml.split('\n')) {
    const start = at;
    at += line.length + 1;
    const key = KEY.exec(line);
    if (key) {
      skip = skipKeys.has(key[1] as string);
      if (!skip && key[2] !== undefined) inlineRanges(key[2], start + (key[1] as string).length + 2, out);
      continue;
    }
    if (skip) continue;
    const item = ITEM.exec(line) ?? CONTINUATION.exec(line);
    if (!item) continue;
    // `  - value` or `    key: value` (a map item's next pair): either way the text starts at column 5.
    const text = line.slice(4);
    const offset = start + 4;
    const pair = KEY.exec(text);
    if (!pair) {
      inlineRanges(text, offset, out);
      continue;
    }
    if (!skipNested.has(pair[1] as string) && pair[2] !== undefined) inlineRanges(pair[2], offset + (pair[1] as string).length + 2, out);
  }
  return out;
}

/** The same ranges from the full YAML parser. */
export function yamlValueRanges(yaml: string, skipKeys: ReadonlySet<string>, skipNested: ReadonlySet<string>): [number, number][] | undefined {
  const parsed = parseSafeYaml(yaml);
  if (!parsed.ok) return undefined;
  const { isMap, isScalar, isSeq } = yamlModule();
  const out: [number, number][] = [];
  const scalars = (node: unknown): void => {
    if (isScalar(node)) {
      if (node.range && node.value !== null && typeof node.value !== 'boolean') out.push([node.range[0], node.range[1]]);
    } else if (isSeq(node)) {
      for (const item of node.items) scalars(item);
    } else if (isMap(node)) {
      for (const pair of node.items) if (!skipNested.has(isScalar(pair.key) ? String(pair.key.value) : '')) scalars(pair.value);
    }
  };
  const contents = parsed.doc.contents as Node | null;
  if (isMap(contents)) {
    for (const pair of contents.items) if (!skipKeys.has(isScalar(pair.key) ? String(pair.key.value) : '')) scalars(pair.value);
  }
  return out;
}
