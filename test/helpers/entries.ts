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
