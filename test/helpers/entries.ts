import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FsEntryStore } from '../../src/adapters/fs-entry-store.js';
import { MemoryEntryIndex } from '../../src/adapters/index/memory-entry-index.js';
import { serializeEntryText } from '../../src/codecs/entry-file.js';
import { readEntry, type Entry } from '../../src/core/entries/entry.js';
import { entryPathFor } from '../../src/core/entries/entry-path.js';
import { Journal } from '../../src/core/entries/journal.js';

let counter = 0;

/** A ULID-shaped id that sorts in creation order: `01JD…` then a counter, so tests can name entries. */
export function testId(n = ++counter): string {
  return `01JD${String(n).padStart(22, '0')}`;
}

/** An entry built from front matter as it would be read from a file (validated by readEntry). */
export function entryOf(frontMatter: Record<string, unknown>, body = '\n## What happened\n\nSomething.\n'): Entry {
  const fm = { id: testId(), title: 'An entry', date: '2026-11-01', ...frontMatter };
  const path = entryPathFor(String(fm.date), String(fm.title), String(fm.id));
  const result = readEntry(path, serializeEntryText(fm, body));
  if (!result.ok) throw new Error(`${result.problem.line}: ${result.problem.message}`);
  return result.entry;
}

/** The fixture journals in test/fixtures/journals. */
export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/journals');

/** Reads every entry of a fixture journal (failing the test on any file that does not parse). */
export async function fixtureEntries(name: string): Promise<Entry[]> {
  const journal = new Journal({
    root: path.join(FIXTURES, name),
    mode: 'personal',
    store: new FsEntryStore(path.join(FIXTURES, name)),
    clock: { now: () => new Date('2026-11-27T12:00:00Z') },
    ids: { next: () => testId() },
    index: new MemoryEntryIndex(),
  });
  const scan = await journal.scan();
  if (scan.problems.length > 0) throw new Error(JSON.stringify(scan.problems));
  return scan.entries;
}

/**
 * One entry as a test states it: front matter keys as they appear in the file, plus the answers `new --answers`
 * turns into the body (`experience`, `learning`) or the body's `## heading` sections given outright.
 */
export interface EntrySpec {
  title?: string;
  date?: string;
  visibility?: 'private' | 'team' | 'public';
  experience?: string;
  learning?: string;
  sections?: Record<string, string>;
  [frontMatter: string]: unknown;
}

export interface WriteOptions {
  /** A team journal files private entries under private/; a personal one keeps every entry under entries/. */
  mode?: 'personal' | 'team';
  /** Written as `author:`, as `new` does from the journal's setting or git's user.name. */
  author?: string;
  /** The day `created:` is stamped with when an entry gives no date. */
  today?: string;
}

/**
 * Writes entries into a journal folder exactly where and how `mindlines new --answers` would (the same path rule
 * and the same serializer, each file read back through the entry parser), without a process or a command per entry:
 * forty entries take milliseconds. Returns the paths relative to the journal, in the order given.
 */
export function writeEntries(root: string, specs: EntrySpec[], options: WriteOptions = {}): string[] {
  const today = options.today ?? '2026-11-27';
  return specs.map((spec) => {
    const { experience = 'What happened.', learning = 'What I learned.', sections, ...rest } = spec;
    const visibility = spec.visibility ?? (options.mode === 'team' ? 'team' : 'private');
    const frontMatter: Record<string, unknown> = {
      id: testId(),
      title: 'A reflection',
      date: today,
      created: `${spec.date ?? today}T12:00:00Z`,
      ...(options.author ? { author: options.author } : {}),
      template: 'constructivist',
      status: 'complete',
      ...rest,
      visibility,
    };
    const body = Object.entries(sections ?? { 'What happened': experience, 'What I understand now': learning })
      .map(([heading, text]) => `\n## ${heading}\n\n${text}\n`)
      .join('');
    const folder = options.mode === 'team' && visibility === 'private' ? 'private' : 'entries';
    const relative = entryPathFor(String(frontMatter.date), String(frontMatter.title), String(frontMatter.id), folder);
    const text = serializeEntryText(frontMatter, body);
    const parsed = readEntry(relative, text);
    if (!parsed.ok) throw new Error(`fixture entry ${relative}:${parsed.problem.line}: ${parsed.problem.message}`);
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text, { flag: 'wx' });
    return relative;
  });
}
