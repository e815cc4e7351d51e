import { FileFormatError } from '../errors.js';
import { parseSafeYaml } from './safe-yaml.js';
import type { Document, LineCounter } from 'yaml';

export const FIELD_KINDS = ['text', 'date', 'number', 'list', 'choice', 'multi', 'confirm', 'belief', 'action'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const SECTION_KINDS = ['text', 'editor', 'list', 'choice', 'belief', 'action'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** A front-matter question. */
export interface TemplateField {
  key: string;
  prompt: string;
  hint?: string;
  kind: FieldKind;
  required: boolean;
  /** For choice and multi fields that are not one of mindlines' own vocabularies. */
  choices?: string[];
  default?: unknown;
}

/** A body question: its answer becomes a `## heading` section. */
export interface TemplateSection {
  key: string;
  heading: string;
  prompt: string;
  hint?: string;
  kind: SectionKind;
  required: boolean;
  choices?: string[];
}

export interface Template {
  id: string;
  name: string;
  description: string;
  fields: TemplateField[];
  sections: TemplateSection[];
  /** Front-matter values every entry from this template starts with (e.g. `activity`, `standards`). */
  presets: Record<string, unknown>;
  /**
   * The order the interview asks the questions in, by key (fields and sections may interleave, e.g. the belief
   * right after "what happened"). Every key appears exactly once; when the file gives no `ask:`, fields come
   * first, then sections.
   */
  ask: string[];
  /** Where it was loaded from, for messages. */
  source: string;
}

const KEY = /^[a-z][a-z0-9_]*$/;

/** Front-matter keys mindlines writes itself: a template may not ask for them. */
const RESERVED_FIELD_KEYS = ['id', 'created', 'updated', 'author', 'template'];

/** Paths such as `sections[2].kind`, mapped to the file line where that node starts. */
function lineFinder(doc: Document, lineCounter: LineCounter) {
  return (pathParts: (string | number)[]): number => {
    for (let n = pathParts.length; n > 0; n--) {
      const node = doc.getIn(pathParts.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

/**
 * Reads a reflection template. Every problem is a FileFormatError naming the file, the line, the field
 * (`sections[2].kind`) and what was expected.
 */
export function parseTemplate(text: string, file: string): Template {
  const parsed = parseSafeYaml(text);
  if (!parsed.ok) throw new FileFormatError(file, parsed.problem.line, parsed.problem.message);
  const lineOf = lineFinder(parsed.doc, parsed.lineCounter);
  const fail = (where: (string | number)[], problem: string): never => {
    const field = where.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
    throw new FileFormatError(file, lineOf(where), `${field}: ${problem}`);
  };
  const root = parsed.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new FileFormatError(file, 1, 'a template should be a map with id, name, description, fields and sections');
  }
  const data = root as Record<string, unknown>;
  const known = new Set(['id', 'name', 'description', 'fields', 'sections', 'presets', 'ask']);
  for (const key of Object.keys(data)) if (!known.has(key)) fail([key], `unknown key; a template has ${[...known].join(', ')}`);
  const text_ = (obj: Record<string, unknown>, where: (string | number)[], key: string, required: boolean): string | undefined => {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (required) fail([...where, key], 'is required');
      return undefined;
    }
    if (typeof value !== 'string' || !value.trim()) return fail([...where, key], 'should be non-empty text');
    return value.trim();
  };
  const id = text_(data, [], 'id', true) as string;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(['id'], 'should be lower-case letters, digits and dashes');
  const choicesOf = (obj: Record<string, unknown>, where: (string | number)[]): string[] | undefined => {
    const value = obj.choices;
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0 || value.some((c) => typeof c !== 'string')) {
      return fail([...where, 'choices'], 'should be a non-empty list of text');
    }
    return value as string[];
  };
  const list = (key: 'fields' | 'sections'): Record<string, unknown>[] => {
    const value = data[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return fail([key], 'should be a list');
    return value.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail([key, i], 'should be a map');
      return item as Record<string, unknown>;
    });
  };
  const seen = new Set<string>();
  const uniqueKey = (where: (string | number)[], key: string) => {
    if (!KEY.test(key)) fail([...where, 'key'], 'should be lower-case letters, digits and underscores, starting with a letter');
    if (seen.has(key)) fail([...where, 'key'], `"${key}" is used twice`);
    seen.add(key);
  };
  const boolOf = (obj: Record<string, unknown>, where: (string | number)[]): boolean => {
    const value = obj.required;
    if (value === undefined) return false;
    if (typeof value !== 'boolean') return fail([...where, 'required'], 'should be true or false');
    return value;
  };
  const fieldKeys = new Set(['key', 'prompt', 'hint', 'kind', 'required', 'choices', 'default']);
  const fields = list('fields').map((item, i): TemplateField => {
    const where = ['fields', i];
    for (const k of Object.keys(item)) if (!fieldKeys.has(k)) fail([...where, k], `unknown key; a field has ${[...fieldKeys].join(', ')}`);
    const key = text_(item, where, 'key', true) as string;
    uniqueKey(where, key);
    if (RESERVED_FIELD_KEYS.includes(key)) fail([...where, 'key'], `"${key}" is set by mindlines itself and cannot be asked`);
    const kind = (text_(item, where, 'kind', false) ?? 'text') as FieldKind;
    if (!FIELD_KINDS.includes(kind)) fail([...where, 'kind'], `should be one of ${FIELD_KINDS.join(', ')}`);
    const field: TemplateField = { key, prompt: text_(item, where, 'prompt', true) as string, kind, required: boolOf(item, where) };
    const hint = text_(item, where, 'hint', false);
    if (hint) field.hint = hint;
    const choices = choicesOf(item, where);
    if (choices) field.choices = choices;
    if (item.default !== undefined) field.default = item.default;
    return field;
  });
  const sectionKeys = new Set(['key', 'heading', 'prompt', 'hint', 'kind', 'required', 'choices']);
  const sections = list('sections').map((item, i): TemplateSection => {
    const where = ['sections', i];
    for (const k of Object.keys(item)) if (!sectionKeys.has(k)) fail([...where, k], `unknown key; a section has ${[...sectionKeys].join(', ')}`);
    const key = text_(item, where, 'key', true) as string;
    uniqueKey(where, key);
    const kind = (text_(item, where, 'kind', false) ?? 'text') as SectionKind;
    if (!SECTION_KINDS.includes(kind)) fail([...where, 'kind'], `should be one of ${SECTION_KINDS.join(', ')}`);
    const section: TemplateSection = {
      key,
      heading: text_(item, where, 'heading', true) as string,
      prompt: text_(item, where, 'prompt', true) as string,
      kind,
      required: boolOf(item, where),
    };
    const hint = text_(item, where, 'hint', false);
    if (hint) section.hint = hint;
    const choices = choicesOf(item, where);
    if (choices) section.choices = choices;
    if (kind === 'choice' && !choices) fail([...where, 'choices'], 'a choice section needs its choices');
    return section;
  });
  if (sections.length === 0) fail(['sections'], 'a template needs at least one section');
  if (!fields.some((f) => f.key === 'title')) fail(['fields'], 'a template needs a `title` field');
  const presets = data.presets ?? {};
  if (typeof presets !== 'object' || presets === null || Array.isArray(presets)) fail(['presets'], 'should be a map');
  const allKeys = [...fields.map((f) => f.key), ...sections.map((s) => s.key)];
  let ask = allKeys;
  if (data.ask !== undefined && data.ask !== null) {
    if (!Array.isArray(data.ask) || data.ask.some((k) => typeof k !== 'string')) return fail(['ask'], 'should be a list of field and section keys');
    const listed = data.ask as string[];
    listed.forEach((key, i) => {
      if (!seen.has(key)) fail(['ask', i], `"${key}" is not a field or section key of this template`);
      if (listed.indexOf(key) !== i) fail(['ask', i], `"${key}" is listed twice`);
    });
    const missing = allKeys.filter((key) => !listed.includes(key));
    if (missing.length > 0) fail(['ask'], `should list every question; missing ${missing.join(', ')}`);
    ask = listed;
  }
  return {
    id,
    name: text_(data, [], 'name', true) as string,
    description: text_(data, [], 'description', true) as string,
    fields,
    sections,
    presets: presets as Record<string, unknown>,
    ask,
    source: file,
  };
}
