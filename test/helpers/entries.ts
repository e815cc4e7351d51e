import { serializeEntryText } from '../../src/codecs/entry-file.js';
import { readEntry, type Entry } from '../../src/core/entry.js';
import { entryPathFor } from '../../src/core/entry-path.js';

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
