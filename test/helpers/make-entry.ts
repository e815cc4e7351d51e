import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Document } from 'yaml';
import { parseProfile, type Profile } from '../../src/codecs/profile.js';
import { readEntry, type Entry } from '../../src/core/entries/entry.js';

let counter = 0;

/** An entry built from front matter and `## heading` sections, read back through the real parser. */
export function makeEntry(frontMatter: Record<string, unknown>, sections: Record<string, string> = {}): Entry {
  counter += 1;
  const id = `01JBBBBBBBBBBBBBBBBBBB${String(counter).padStart(4, '0')}`;
  const fm = { id, title: `Entry ${counter}`, date: '2026-06-01', ...frontMatter };
  const body = Object.entries(sections)
    .map(([heading, text]) => `\n## ${heading}\n\n${text}\n`)
    .join('');
  const text = `---\n${new Document(fm).toString()}---\n${body}`;
  const result = readEntry(`entries/${String(fm.date).slice(0, 4)}/${id.slice(-4).toLowerCase()}.md`, text);
  if (!result.ok) throw new Error(`bad test entry: ${result.problem.message}`);
  return result.entry;
}

const PROFILES = path.resolve(import.meta.dirname, '../../templates/profiles');

/** A built-in profile, parsed from templates/profiles/ as mindlines reads it. */
export function builtInProfile(id: string): Profile {
  return parseProfile(readFileSync(path.join(PROFILES, `${id}.yaml`), 'utf8'), `${id}.yaml`);
}

export function builtInProfileIds(): string[] {
  return readdirSync(PROFILES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}
