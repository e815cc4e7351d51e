import type { Document, LineCounter } from 'yaml';
import { FileFormatError } from '../errors.js';
import { parseSafeYaml } from './safe-yaml.js';

/**
 * Shared checks for the YAML data files people write by hand (reflection templates, regulator profiles). Every
 * problem is a FileFormatError naming the file, the line of the offending node and the field as a path
 * (`requirements[2].measure`), then what was expected: the message a person needs to fix the file without reading
 * our code.
 *
 * Hand-written rather than a schema library: the checks are few, the cross-references between parts (an activity
 * named in a category) need code anyway, and a library's issue paths would still have to be mapped back to YAML
 * lines and reworded into these sentences, for a dependency in every install.
 */

/** Where a value sits in the file: keys and list positions from the top (`['sections', 2, 'kind']`). */
export type FieldPath = (string | number)[];

export type YamlMap = Record<string, unknown>;

/** `['requirements', 2, 'measure']` as people read it: `requirements[2].measure`. */
export function fieldName(where: FieldPath): string {
  return where.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

/** A path mapped to the line where the deepest node that exists along it starts (1 when none does). */
function lineFinder(doc: Document, lineCounter: LineCounter) {
  return (where: FieldPath): number => {
    for (let n = where.length; n > 0; n--) {
      const node = doc.getIn(where.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Reads typed values out of one parsed file, throwing a FileFormatError (file, line, field) at the first problem. */
export class YamlFields {
  constructor(
    readonly file: string,
    private readonly lineOf: (where: FieldPath) => number,
  ) {}

  fail(where: FieldPath, problem: string): never {
    throw new FileFormatError(this.file, this.lineOf(where), `${fieldName(where)}: ${problem}`);
  }

  /**
   * A map with only the given keys. An unknown key (usually a typo) is an error listing the known ones, said as
   * "<owner> has …" when an owner is named ("a field"), else "expected …".
   */
  map(value: unknown, where: FieldPath, keys: readonly string[], owner?: string): YamlMap {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.fail(where, 'should be a map');
    const obj = value as YamlMap;
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) this.fail([...where, key], `unknown key; ${owner ? `${owner} has` : 'expected'} ${keys.join(', ')}`);
    }
    return obj;
  }

  /** Non-empty text, trimmed. */
  text(obj: YamlMap, where: FieldPath, key: string): string {
    return this.optionalText(obj, where, key) ?? this.fail([...where, key], 'is required');
  }

  optionalText(obj: YamlMap, where: FieldPath, key: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || !value.trim()) return this.fail([...where, key], 'should be non-empty text');
    return value.trim();
  }

  /** An identifier other files refer to: lower-case letters, digits and dashes. */
  id(obj: YamlMap, where: FieldPath, key = 'id'): string {
    const value = this.text(obj, where, key);
    if (!ID.test(value)) this.fail([...where, key], 'should be lower-case letters, digits and dashes');
    return value;
  }

  /** One of a fixed set of words (a measure, a kind); `fallback` when the key is absent. */
  oneOf<T extends string>(obj: YamlMap, where: FieldPath, key: string, allowed: readonly T[], fallback?: T): T {
    const value = fallback === undefined ? this.text(obj, where, key) : (this.optionalText(obj, where, key) ?? fallback);
    if (!allowed.includes(value as T)) this.fail([...where, key], `should be one of ${allowed.join(', ')}`);
    return value as T;
  }

  /** A number, 0 or more (or above 0 with `positive`), whole with `integer`; undefined when absent. */
  number(obj: YamlMap, where: FieldPath, key: string, options: { integer?: boolean; positive?: boolean } = {}): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (options.positive && value === 0)) {
      return this.fail([...where, key], `should be a number${options.positive ? ' greater than 0' : ', 0 or more'}`);
    }
    if (options.integer && !Number.isInteger(value)) this.fail([...where, key], 'should be a whole number');
    return value;
  }

  /** true or false; undefined when absent. */
  boolean(obj: YamlMap, where: FieldPath, key: string): boolean | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') return this.fail([...where, key], 'should be true or false');
    return value;
  }

  /** A list (absent: empty). */
  list(value: unknown, where: FieldPath): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.fail(where, 'should be a list');
    return value;
  }

  /** A list of non-empty text, each trimmed (absent: empty). */
  textList(value: unknown, where: FieldPath): string[] {
    return this.list(value, where).map((item, i) => {
      if (typeof item !== 'string' || !item.trim()) return this.fail([...where, i], 'should be non-empty text');
      return item.trim();
    });
  }
}

/**
 * Parses a hand-written YAML data file whose top level must be a map. Invalid YAML, or a top level that is not a
 * map (`notAMap` says what it should be), is a FileFormatError like every later problem.
 */
export function readYamlFields(text: string, file: string, notAMap: string): { data: YamlMap; fields: YamlFields } {
  const parsed = parseSafeYaml(text);
  if (!parsed.ok) throw new FileFormatError(file, parsed.problem.line, parsed.problem.message);
  const root = parsed.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) throw new FileFormatError(file, 1, notAMap);
  return { data: root as YamlMap, fields: new YamlFields(file, lineFinder(parsed.doc, parsed.lineCounter)) };
}
