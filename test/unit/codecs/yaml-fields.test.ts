import { describe, expect, it } from 'vitest';
import { fieldName, readYamlFields } from '../../../src/codecs/yaml-fields.js';
import { FileFormatError } from '../../../src/errors.js';

const file = 'templates/profiles/mine.yaml';
const text = 'id: mine\nsections:\n  - key: a\n    kind: poem\n  - key: b\n    colour: red\n';

function problem(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
  throw new Error('expected a FileFormatError');
}

describe('checks shared by the template and profile readers', () => {
  it('names a field the way people read it', () => {
    expect(fieldName(['requirements', 2, 'measure'])).toBe('requirements[2].measure');
    expect(fieldName(['log', 'columns', 0])).toBe('log.columns[0]');
  });

  it('says the file, the line of the offending value, the field and what was expected', () => {
    const { data, fields } = readYamlFields(text, file, 'should be a map');
    const sections = fields.list(data.sections, ['sections']);
    const first = fields.map(sections[0], ['sections', 0], ['key', 'kind']);
    expect(problem(() => fields.oneOf(first, ['sections', 0], 'kind', ['text', 'editor'] as const))).toBe(
      `${file}:4: sections[0].kind: should be one of text, editor`,
    );
    expect(problem(() => fields.map(sections[1], ['sections', 1], ['key', 'kind'], 'a section'))).toBe(
      `${file}:6: sections[1].colour: unknown key; a section has key, kind`,
    );
    expect(problem(() => fields.text(first, ['sections', 0], 'prompt'))).toBe(`${file}:3: sections[0].prompt: is required`);
    expect(problem(() => fields.number({ n: -1 }, [], 'n'))).toBe(`${file}:1: n: should be a number, 0 or more`);
  });

  it('refuses YAML that does not parse, or a top level that is not a map, with its line', () => {
    expect(problem(() => readYamlFields('id: [unclosed', file, 'a profile should be a map'))).toMatch(/^templates\/profiles\/mine\.yaml:1: /);
    expect(problem(() => readYamlFields('- a\n- b\n', file, 'a profile should be a map'))).toBe(`${file}:1: a profile should be a map`);
  });
});
