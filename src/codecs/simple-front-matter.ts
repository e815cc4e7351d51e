/**
 * A parser for the plain front matter that mindlines writes and most people type: `key: value` lines, flow lists
 * (`[a, "b c"]`), block lists of values or of small maps (beliefs, actions). It reads it ~50 times faster than the
 * full YAML parser, which is what makes a cold index of 10,000 entries take seconds instead of a minute.
 *
 * It gives exactly what `parseSafeYaml` (YAML 1.2 core schema) gives, or `undefined` the moment the text uses
 * anything else (comments, quotes with escapes, anchors, tags, block scalars, nesting, tabs, CRLF, odd spacing),
 * and then the caller uses the full parser. A differential test holds the two to the same answers.
 */

export interface SimpleYaml {
  value: Record<string, unknown>;
  /** 1-based line of each top-level key within the YAML text. */
  keyLines: Record<string, number>;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const ITEM = /^ {2}- (.*)$/;
const ITEM_KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const CONTINUATION = /^ {4}([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
// Characters a plain scalar may not start with, or that make it mean something else somewhere.
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;
const NOT_PARSED = Symbol('not parsed');
type Parsed = unknown | typeof NOT_PARSED;

/** A plain (unquoted) scalar resolved by the YAML 1.2 core schema, or NOT_PARSED when it is not a simple one. */
function plain(text: string, flow: boolean): Parsed {
  if (text === '' || PLAIN_START.test(text) || /\s$/.test(text)) return NOT_PARSED;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return NOT_PARSED;
  if (flow && /[[\]{},]/.test(text)) return NOT_PARSED;
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (INT.test(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : NOT_PARSED;
  }
  if (FLOAT.test(text)) return Number(text);
  // Other number-like forms (0x1f, 0o17, .inf, .nan) resolve specially: leave them to the full parser.
  if (/^[-+]?(?:0[xo]|\.(?:inf|nan)$)/i.test(text)) return NOT_PARSED;
  return text;
}

/** A quoted scalar with nothing to unescape, or NOT_PARSED. */
function quoted(text: string): Parsed {
  const quote = text[0];
  if (text.length < 2 || text[text.length - 1] !== quote) return NOT_PARSED;
  const inner = text.slice(1, -1);
  if (inner.includes(quote as string) || (quote === '"' && inner.includes('\\'))) return NOT_PARSED;
  return inner;
}

function scalar(text: string, flow = false): Parsed {
  if (text[0] === '"' || text[0] === "'") return quoted(text);
  return plain(text, flow);
}

/** `[a, "b c", 'd']` on one line, or NOT_PARSED. */
function flowList(text: string): Parsed {
  if (!text.endsWith(']')) return NOT_PARSED;
  const inner = text.slice(1, -1);
  if (inner.trim() === '') return inner === '' ? [] : NOT_PARSED;
  const items: unknown[] = [];
  let i = 0;
  while (i <= inner.length) {
    while (inner[i] === ' ') i++;
    let end: number;
    if (inner[i] === '"' || inner[i] === "'") {
      const close = inner.indexOf(inner[i] as string, i + 1);
      if (close < 0) return NOT_PARSED;
      end = close + 1;
    } else {
      end = inner.indexOf(',', i);
      if (end < 0) end = inner.length;
    }
    const raw = inner.slice(i, end).replace(/ +$/, '');
    const value = scalar(raw, true);
    if (value === NOT_PARSED) return NOT_PARSED;
    items.push(value);
    i = end;
    while (inner[i] === ' ') i++;
    if (i >= inner.length) break;
    if (inner[i] !== ',') return NOT_PARSED;
    i++;
    if (inner.slice(i).trim() === '') return NOT_PARSED; // a trailing comma: leave to the full parser
  }
  return items;
}

/** The value after `key: ` on one line. */
function inlineValue(text: string): Parsed {
  if (text[0] === '[') return flowList(text);
  return scalar(text);
}

/** Parses simple front matter, or returns undefined when the full YAML parser is needed. */
export function parseSimpleFrontMatter(yaml: string): SimpleYaml | undefined {
  if (yaml.includes('\r') || yaml.includes('\t') || UNSAFE_CHARS.test(yaml)) return undefined;
  const lines = yaml.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const value: Record<string, unknown> = {};
  const keyLines: Record<string, number> = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line === '') {
      i++;
      continue;
    }
    const match = KEY.exec(line);
    if (!match) return undefined;
    const key = match[1] as string;
    // Keys such as `true`, `null` or `12` resolve to other types in YAML: leave them to the full parser.
    if (plain(key, false) !== key || key === '__proto__' || Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    keyLines[key] = i + 1;
    i++;
    if (match[2] !== undefined) {
      const parsed = inlineValue(match[2]);
      if (parsed === NOT_PARSED) return undefined;
      value[key] = parsed;
      continue;
    }
    // `key:` alone: a block list below it, or null.
    const items: unknown[] = [];
    while (i < lines.length && (lines[i] as string).startsWith(' ')) {
      const item = ITEM.exec(lines[i] as string);
      if (!item) return undefined;
      i++;
      const text = item[1] as string;
      const pair = ITEM_KEY.exec(text);
      if (!pair) {
        const parsed = text[0] === '[' ? NOT_PARSED : scalar(text);
        if (parsed === NOT_PARSED) return undefined;
        items.push(parsed);
        continue;
      }
      // A small map: `- key: value` then `    key: value` lines.
      const map: Record<string, unknown> = {};
      let pairMatch: RegExpExecArray | null = pair;
      for (;;) {
        const k = pairMatch[1] as string;
        if (plain(k, false) !== k || k === '__proto__' || Object.prototype.hasOwnProperty.call(map, k) || pairMatch[2] === undefined) return undefined;
        const parsed = inlineValue(pairMatch[2]);
        if (parsed === NOT_PARSED) return undefined;
        map[k] = parsed;
        if (i >= lines.length) break;
        pairMatch = CONTINUATION.exec(lines[i] as string);
        if (!pairMatch) break;
        i++;
      }
      items.push(map);
    }
    value[key] = items.length > 0 ? items : null;
  }
  return Object.keys(value).length > 0 ? { value, keyLines } : undefined;
}
