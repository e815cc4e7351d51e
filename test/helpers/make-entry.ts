import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Document } from 'yaml';
import { parseProfile, type Profile } from '../../src/codecs/profile.js';
import { parseTemplate, type Template } from '../../src/codecs/template.js';
import type { CpdReportOptions } from '../../src/core/cpd/cpd-report.js';
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

const profilesRead = new Map<string, Profile>();

/** A built-in profile, parsed from templates/profiles/ as mindlines reads it (once per test file). */
export function builtInProfile(id: string): Profile {
  const known = profilesRead.get(id);
  if (known) return known;
  const profile = parseProfile(readFileSync(path.join(PROFILES, `${id}.yaml`), 'utf8'), `${id}.yaml`);
  profilesRead.set(id, profile);
  return profile;
}

export function builtInProfileIds(): string[] {
  return readdirSync(PROFILES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

const TEMPLATES = path.resolve(import.meta.dirname, '../../templates/reflection');

let templatesRead: Map<string, Template> | undefined;

/** The built-in reflection templates, by id, parsed from templates/reflection/ as mindlines reads them (once). */
export function builtInTemplates(): Map<string, Template> {
  if (templatesRead) return templatesRead;
  const templates = new Map<string, Template>();
  for (const file of readdirSync(TEMPLATES).filter((f) => f.endsWith('.yaml')).sort()) {
    const template = parseTemplate(readFileSync(path.join(TEMPLATES, file), 'utf8'), file);
    templates.set(template.id, template);
  }
  templatesRead = templates;
  return templates;
}

/**
 * The options of a CPD report with the defaults a personal journal gets (every author, private entries counted,
 * drafts not listed, the built-in templates), for tests of core/cpd; `overrides` change any of them.
 */
export function cpdReportOptions(profileId: string, overrides: Partial<CpdReportOptions> & Pick<CpdReportOptions, 'period' | 'today'>): CpdReportOptions {
  return {
    profile: builtInProfile(profileId),
    yearStart: '01-01',
    generated: `${overrides.today}T12:00:00Z`,
    journal: 'Test journal',
    author: null,
    authors: { kind: 'all' },
    excludePrivate: false,
    includeDrafts: false,
    defaultVisibility: 'private',
    templates: builtInTemplates(),
    skipped: [],
    uncategorisedName: 'Not in a category',
    ...overrides,
  };
}
