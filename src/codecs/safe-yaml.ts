import type { Document, DocumentOptions, LineCounter, ParseOptions, SchemaOptions, ToJSOptions } from 'yaml';
import { yamlModule } from './yaml-module.js';

/**
 * The only YAML settings mindlines reads with (RELIABILITY.md section 3): YAML 1.2 core schema whatever the file's
 * `%YAML` directive says, no custom or known-but-dangerous tags, unique keys, no merge keys, no aliases.
 */
export const SAFE_YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: true,
  prettyErrors: false,
  customTags: [],
  strict: true,
};

const TO_JS: ToJSOptions = { maxAliasCount: 0 };

/** Largest YAML text we agree to parse; anything bigger is refused before the parser sees it. */
export const MAX_YAML_BYTES = 512 * 1024;

export interface YamlProblem {
  /** 1-based line within the YAML text. */
  line: number;
  message: string;
}

export type SafeYamlResult =
  | { ok: true; value: unknown; doc: Document; lineCounter: LineCounter }
  | { ok: false; problem: YamlProblem };

/** Turns a yaml error code into a sentence that does not echo the user's text (it may hold patient details). */
function describe(code: string, fallback: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a key appears twice in the same map';
    case 'TAG_RESOLVE_FAILED':
      return 'a YAML tag (a word starting with `!`) is not allowed here';
    case 'BAD_DIRECTIVE':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
    case 'BAD_INDENT':
    case 'MISSING_ANCHOR':
    case 'BAD_ALIAS':
    case 'BAD_SCALAR_START':
    case 'BAD_DQ_ESCAPE':
    case 'TAB_AS_INDENT':
      return `not valid YAML (${code.toLowerCase().replace(/_/g, ' ')})`;
    case 'RESOURCE_EXHAUSTION':
      return 'YAML nested too deeply';
    default:
      return fallback;
  }
}

/**
 * Parses YAML text with SAFE_YAML_OPTIONS. Every warning is treated as an error, every exception (the alias limit
 * throws ReferenceError, deep nesting RangeError) becomes a problem with a line, and aliases are refused outright.
 */
export function parseSafeYaml(text: string): SafeYamlResult {
  if (Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) {
    return { ok: false, problem: { line: 1, message: `YAML is larger than ${MAX_YAML_BYTES / 1024} KB` } };
  }
  const { LineCounter, parseDocument, visit } = yamlModule();
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { ...SAFE_YAML_OPTIONS, lineCounter });
  } catch (error) {
    return { ok: false, problem: { line: 1, message: describe(codeOf(error), 'YAML could not be parsed') } };
  }
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const line = first.linePos?.[0].line ?? lineCounter.linePos(first.pos[0]).line;
    return { ok: false, problem: { line, message: describe(first.code, `not valid YAML (${first.code.toLowerCase()})`) } };
  }
  let aliasLine = 0;
  visit(doc, {
    Alias(_key, node) {
      aliasLine = node.range ? lineCounter.linePos(node.range[0]).line : 1;
      return visit.BREAK;
    },
  });
  if (aliasLine > 0) {
    return { ok: false, problem: { line: aliasLine, message: 'YAML aliases (`*name`) are not allowed' } };
  }
  try {
    return { ok: true, value: doc.toJS(TO_JS), doc, lineCounter };
  } catch (error) {
    return { ok: false, problem: { line: 1, message: describe(codeOf(error), 'YAML could not be read') } };
  }
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** The 1-based line where a top-level key of a parsed map starts, or 1 when it cannot be found. */
export function lineOfKey(doc: Document, lineCounter: LineCounter, key: string): number {
  const contents = doc.contents as { items?: { key: unknown }[] } | null;
  for (const pair of contents?.items ?? []) {
    const node = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (node && node.value === key && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

