import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../../src/program.js';
import { completionNeed } from '../../../src/program/completion.js';

const program = createProgram({ env: {}, cwd: '/', stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() });
const values = (...typed: string[]) => completionNeed(program, typed).values.map((c) => c.value);
const source = (...typed: string[]) => completionNeed(program, typed).source;

describe('what Tab offers', () => {
  it('commands first, with help, and never the hidden one', () => {
    expect(values('')).toEqual(expect.arrayContaining(['new', 'list', 'show', 'delete', 'config', 'completion', 'help']));
    expect(values('')).not.toContain('__complete');
    expect(values('export', '')).toEqual(['cpd', 'blog']);
    expect(source('help', '')).toBe('commands');
  });

  it('the options of the command being typed, the global ones too', () => {
    expect(values('new', '--')).toEqual(expect.arrayContaining(['--answers', '--template', '--short', '--journal', '--json']));
    expect(values('list', '--s')).toEqual(expect.arrayContaining(['--since', '--status', '--sort']));
  });

  it('the values that belong to an option: templates, profiles, tags, and declared choices', () => {
    expect(source('new', '--template', '')).toBe('templates');
    expect(source('export', 'cpd', '--profile', '')).toBe('profiles');
    expect(source('list', '--tag', '')).toBe('tags');
    expect(values('list', '--status', '')).toEqual(['draft', 'complete', 'archived']);
    expect(completionNeed(program, ['--journal', '/j', 'show', '']).journal).toBe('/j');
  });

  it('short ids where an entry is expected, and the words a command takes', () => {
    for (const command of ['show', 'edit', 'reflect', 'delete', 'rm', 'archive', 'history']) expect(source(command, '')).toBe('ids');
    expect(source('export', 'blog', '7f3k', '')).toBe('ids');
    expect(values('visibility', '7f3k', '')).toEqual(['private', 'team', 'public']);
    expect(values('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(values('config', '')).toEqual(['list', 'get', 'set', 'unset']);
    expect(source('config', 'set', '')).toBe('settings');
    expect(source('config', 'set', 'profile', '')).toBe('profiles');
    expect(source('templates', 'show', '')).toBe('templates');
  });
});
