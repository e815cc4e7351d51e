import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../src/codecs/template.js';
import { FileFormatError } from '../../../src/errors.js';

const DIR = path.resolve(import.meta.dirname, '../../../templates/reflection');
const REQUIRED_BUILT_INS = [
  'constructivist',
  // issue 8: the short entry `review` writes
  'follow-up',
  // issue 17: the short path, six questions
  'reflect-short',
  'gibbs',
  'kolb',
  'driscoll',
  'johns',
  'atkins-murphy',
  'aomrc',
  'sea',
  'nmc-reflective-account',
  'gphc-planned',
  'gphc-unplanned',
  'gphc-peer-discussion',
  // issue 12: the GPhC profile expects it
  'gphc-reflective-account',
  'quick',
];

describe('built-in reflection templates', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

  it('include every template the product promises', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual([...REQUIRED_BUILT_INS].sort());
  });

  for (const file of files) {
    it(`${file} is a valid template whose id is its file name, with a title and a required section`, () => {
      const template = parseTemplate(readFileSync(path.join(DIR, file), 'utf8'), file);
      expect(template.id).toBe(file.replace(/\.yaml$/, ''));
      expect(template.fields.find((f) => f.key === 'title')?.required).toBe(true);
      expect(template.sections.some((s) => s.required)).toBe(true);
      expect([...template.ask].sort()).toEqual([...template.fields.map((f) => f.key), ...template.sections.map((s) => s.key)].sort());
      expect(template.ask[0] === 'title' || template.id === 'quick').toBe(true);
    });
  }

  it('keeps the constructivist answer keys scripts rely on', () => {
    const template = parseTemplate(readFileSync(path.join(DIR, 'constructivist.yaml'), 'utf8'), 'constructivist.yaml');
    expect(template.fields.map((f) => f.key)).toEqual([
      'title', 'date', 'activity', 'hours', 'participatory', 'learned_with', 'resources', 'tags', 'beliefs', 'loop', 'level', 'actions', 'visibility',
    ]);
    expect(template.sections.map((s) => s.key)).toEqual(['experience', 'prior', 'challenge', 'learning', 'change']);
  });

  it('gives Driscoll three questions, SEA the four headings, and the NMC form the Code’s four themes', () => {
    const read = (id: string) => parseTemplate(readFileSync(path.join(DIR, `${id}.yaml`), 'utf8'), id);
    expect(read('driscoll').sections.map((s) => s.heading)).toEqual(['What?', 'So what?', 'Now what?']);
    expect(read('sea').sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['What happened?', 'Why did it happen?', 'What has been learned?', 'What has been changed?']),
    );
    const nmc = read('nmc-reflective-account');
    expect(nmc.sections).toHaveLength(4);
    expect(nmc.fields.find((f) => f.key === 'standards')?.choices).toEqual([
      'Prioritise people',
      'Practise effectively',
      'Preserve safety',
      'Promote professionalism and trust',
    ]);
    expect(read('aomrc').sections).toHaveLength(4);
    expect(read('quick').presets).toEqual({ status: 'draft' });
  });
});

describe('template validation names the file, line, field and problem', () => {
  const base = `id: mine
name: Mine
description: A test template.
fields:
  - key: title
    prompt: Title
    required: true
sections:
  - key: body
    heading: Body
    prompt: What?
`;
  const problem = (text: string) => {
    try {
      parseTemplate(text, 'templates/mine.yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(FileFormatError);
      return (error as Error).message;
    }
    throw new Error('expected a problem');
  };

  it('accepts a minimal template and asks fields before sections', () => {
    expect(parseTemplate(base, 'mine.yaml').ask).toEqual(['title', 'body']);
  });

  it('reports a wrong section kind on its line', () => {
    expect(problem(`${base}    kind: essay\n`)).toBe(
      'templates/mine.yaml:12: sections[0].kind: should be one of text, editor, list, choice, belief, action',
    );
  });

  it('reports a key used twice, an unknown key, a missing title and a reserved key', () => {
    expect(problem(base.replace('key: body', 'key: title'))).toMatch(/^templates\/mine\.yaml:9: sections\[0\]\.key: "title" is used twice$/);
    expect(problem(base.replace('    prompt: What?', '    prompt: What?\n    colour: red'))).toMatch(/:12: sections\[0\]\.colour: unknown key/);
    expect(problem(base.replace('key: title', 'key: headline'))).toMatch(/fields: a template needs a `title` field/);
    expect(problem(`${base.replace('sections:', '  - key: created\n    prompt: When?\nsections:')}`)).toMatch(/fields\[1\]\.key: "created" is set by mindlines itself/);
  });

  it('reads the form box a section fills, and names a box no form has (issue 12)', () => {
    expect(parseTemplate(`${base}    fills: learning\n`, 'mine.yaml').sections[0]?.fills).toBe('learning');
    expect(parseTemplate(base, 'mine.yaml').sections[0]?.fills).toBeUndefined();
    expect(problem(`${base}    fills: wisdom\n`)).toMatch(/^templates\/mine\.yaml:12: sections\[0\]\.fills: should be one of experience, feelings, /);
  });

  it('checks the interview order lists every question once', () => {
    expect(problem(`${base}ask: [title]\n`)).toMatch(/:12: ask: should list every question; missing body/);
    expect(problem(`${base}ask: [title, body, title]\n`)).toMatch(/ask\[2\]: "title" is listed twice/);
    expect(problem(`${base}ask: [title, bdy]\n`)).toMatch(/ask\[1\]: "bdy" is not a field or section key/);
    expect(parseTemplate(`${base}ask: [body, title]\n`, 'mine.yaml').ask).toEqual(['body', 'title']);
  });

  it('reports YAML that is not valid with its line', () => {
    expect(problem('id: x\nname: [unclosed\n')).toMatch(/^templates\/mine\.yaml:\d+: /);
  });
});
