import { readYamlFields, type FieldPath, type YamlFields, type YamlMap } from './yaml-fields.js';

export const FIELD_KINDS = ['text', 'date', 'number', 'list', 'choice', 'multi', 'confirm', 'belief', 'action'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const SECTION_KINDS = ['text', 'editor', 'list', 'choice', 'belief', 'action'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/**
 * The box of a regulator's form an answer fills, whatever the template calls its question: a profile's account
 * layout (templates/profiles/*.yaml) names these in each box's `from:`, so a template's section lands in the right
 * box of every form (issue 12: declared as data, never guessed from the heading's words).
 */
export const SECTION_ROLES = [
  'experience',
  'feelings',
  'analysis',
  'evaluation',
  'prior',
  'challenge',
  'learning',
  'change',
  'next-steps',
  'relevance',
  'benefit',
  'service-users',
  'setting',
  'peer',
  'discussion',
  'plan',
  'activities',
  'question',
  'standards-met',
] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

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
  /** Left out of the interview when this other question has an answer (issue 17: the belief is asked once). */
  unless?: string;
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
  /** Left out of the interview when this other question has an answer (issue 17: the belief is asked once). */
  unless?: string;
  /** The form box the answer fills (`fills:`); built-in templates declare one for every section. */
  fills?: SectionRole;
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
  /** What it is for, in one line: the template chooser shows it (issue 17). Default: the description's first sentence. */
  purpose: string;
  /** Written by mindlines itself (a review's follow-up), never offered in the chooser. */
  internal: boolean;
  /** Whether the interview offers to link earlier entries after the questions (default true; the short path skips it). */
  offerLinks: boolean;
}

const KEY = /^[a-z][a-z0-9_]*$/;
const TEMPLATE_KEYS = ['id', 'name', 'description', 'fields', 'sections', 'presets', 'ask', 'purpose', 'internal', 'offer_links'];
const FIELD_KEYS = ['key', 'prompt', 'hint', 'kind', 'required', 'choices', 'default', 'unless'];
const SECTION_KEYS = ['key', 'heading', 'fills', 'prompt', 'hint', 'kind', 'required', 'choices', 'unless'];

/** Front-matter keys mindlines writes itself: a template may not ask for them. */
const RESERVED_FIELD_KEYS = ['id', 'created', 'updated', 'author', 'template'];

/**
 * Reads a reflection template. Every problem is a FileFormatError naming the file, the line, the field
 * (`sections[2].kind`) and what was expected.
 */
export function parseTemplate(text: string, file: string): Template {
  const { data, fields: f } = readYamlFields(text, file, 'a template should be a map with id, name, description, fields and sections');
  f.map(data, [], TEMPLATE_KEYS, 'a template');
  const id = f.id(data, []);
  const choicesOf = (obj: YamlMap, where: FieldPath): string[] | undefined => {
    const value = obj.choices;
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0 || value.some((c) => typeof c !== 'string')) {
      return f.fail([...where, 'choices'], 'should be a non-empty list of text');
    }
    return value as string[];
  };
  const items = (key: 'fields' | 'sections', keys: string[], owner: string): YamlMap[] =>
    f.list(data[key], [key]).map((item, i) => f.map(item, [key, i], keys, owner));
  const seen = new Set<string>();
  const uniqueKey = (where: FieldPath, key: string) => {
    if (!KEY.test(key)) f.fail([...where, 'key'], 'should be lower-case letters, digits and underscores, starting with a letter');
    if (seen.has(key)) f.fail([...where, 'key'], `"${key}" is used twice`);
    seen.add(key);
  };
  const fields = items('fields', FIELD_KEYS, 'a field').map((item, i): TemplateField => {
    const where = ['fields', i];
    const key = f.text(item, where, 'key');
    uniqueKey(where, key);
    if (RESERVED_FIELD_KEYS.includes(key)) f.fail([...where, 'key'], `"${key}" is set by mindlines itself and cannot be asked`);
    const kind = f.oneOf(item, where, 'kind', FIELD_KINDS, 'text');
    const field: TemplateField = { key, prompt: f.text(item, where, 'prompt'), kind, required: f.boolean(item, where, 'required') ?? false };
    const hint = f.optionalText(item, where, 'hint');
    if (hint) field.hint = hint;
    const choices = choicesOf(item, where);
    if (choices) field.choices = choices;
    if (item.default !== undefined) field.default = item.default;
    const unless = f.optionalText(item, where, 'unless');
    if (unless) field.unless = unless;
    return field;
  });
  const sections = items('sections', SECTION_KEYS, 'a section').map((item, i): TemplateSection => {
    const where = ['sections', i];
    const key = f.text(item, where, 'key');
    uniqueKey(where, key);
    const kind = f.oneOf(item, where, 'kind', SECTION_KINDS, 'text');
    const section: TemplateSection = {
      key,
      heading: f.text(item, where, 'heading'),
      prompt: f.text(item, where, 'prompt'),
      kind,
      required: f.boolean(item, where, 'required') ?? false,
    };
    const hint = f.optionalText(item, where, 'hint');
    if (hint) section.hint = hint;
    if (item.fills !== undefined && item.fills !== null) section.fills = f.oneOf(item, where, 'fills', SECTION_ROLES);
    const choices = choicesOf(item, where);
    if (choices) section.choices = choices;
    if (kind === 'choice' && !choices) f.fail([...where, 'choices'], 'a choice section needs its choices');
    const unless = f.optionalText(item, where, 'unless');
    if (unless) section.unless = unless;
    return section;
  });
  if (sections.length === 0) f.fail(['sections'], 'a template needs at least one section');
  if (!fields.some((field) => field.key === 'title')) f.fail(['fields'], 'a template needs a `title` field');
  const presets = data.presets ?? {};
  if (typeof presets !== 'object' || presets === null || Array.isArray(presets)) f.fail(['presets'], 'should be a map');
  const keys = [...fields.map((field) => field.key), ...sections.map((section) => section.key)];
  [...fields.map((q, i) => ({ q, where: ['fields', i] })), ...sections.map((q, i) => ({ q, where: ['sections', i] }))].forEach(({ q, where }) => {
    if (q.unless !== undefined && (!keys.includes(q.unless) || q.unless === q.key)) f.fail([...where, 'unless'], 'should be the key of another question of this template');
  });
  const description = f.text(data, [], 'description');
  return {
    id,
    name: f.text(data, [], 'name'),
    description,
    purpose: f.optionalText(data, [], 'purpose') ?? firstSentence(description),
    internal: f.boolean(data, [], 'internal') ?? false,
    offerLinks: f.boolean(data, [], 'offer_links') ?? true,
    fields,
    sections,
    presets: presets as YamlMap,
    ask: askOrder(f, data.ask, [...fields.map((field) => field.key), ...sections.map((section) => section.key)]),
    source: file,
  };
}

/** The first sentence of a description, as a one-line purpose. */
function firstSentence(text: string): string {
  const sentence = /^(.*?[.!?])(\s|$)/s.exec(text.trim())?.[1] ?? text.trim();
  return sentence.replace(/\s+/g, ' ').replace(/\.$/, '');
}

/** The `ask:` order: every field and section key exactly once; the file's order of fields then sections if absent. */
function askOrder(f: YamlFields, value: unknown, allKeys: string[]): string[] {
  if (value === undefined || value === null) return allKeys;
  if (!Array.isArray(value) || value.some((k) => typeof k !== 'string')) return f.fail(['ask'], 'should be a list of field and section keys');
  const listed = value as string[];
  listed.forEach((key, i) => {
    if (!allKeys.includes(key)) f.fail(['ask', i], `"${key}" is not a field or section key of this template`);
    if (listed.indexOf(key) !== i) f.fail(['ask', i], `"${key}" is listed twice`);
  });
  const missing = allKeys.filter((key) => !listed.includes(key));
  if (missing.length > 0) f.fail(['ask'], `should list every question; missing ${missing.join(', ')}`);
  return listed;
}
