import { describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { ENTRY_FIELDS, RECORD_FIELDS, TYPED_ENTRY_KEYS } from '../../../../src/core/entries/entry-fields.js';
import { readEntry } from '../../../../src/core/entries/entry.js';
import { scanEntryFile } from '../../../../src/core/privacy/scan.js';
import { scanOptions } from '../../../helpers/name-lexicon.js';

const IDENTIFYING = 'home visit to Mrs Jane Smith, NHS 943 476 5919';
const entryText = (frontMatter: Record<string, unknown>) =>
  `---\n${new Document({ id: '01JD0000000000000000000001', title: 'A visit', date: '2026-11-27', ...frontMatter }).toString()}---\n\nNothing here.\n`;

/** Every front-matter key the entry parser understands, from an entry that sets them all. */
function parsedKeys(): string[] {
  const text = entryText({
    created: '2026-11-27T10:00:00Z',
    updated: '2026-11-27T11:00:00Z',
    author: 'A. Clinician',
    template: 'gibbs',
    activity: 'clinical',
    hours: 1,
    participatory: true,
    tags: ['falls'],
    learned_with: ['peers'],
    resources: ['NICE NG249'],
    loop: 'double',
    level: 'individual',
    beliefs: [{ belief: 'x', before: 'wood', outcome: 'changed', after: 'y' }],
    actions: [{ text: 'read', due: '2026-12-01', done: false, note: 'n' }],
    builds_on: ['01JD0000000000000000000002'],
    standards: ['GMC domain 1'],
    visibility: 'private',
    status: 'complete',
  });
  const result = readEntry('entries/2026/11/a.md', text);
  if (!result.ok) throw new Error(result.problem.message);
  return Object.keys(result.entry.meta);
}

describe('which front-matter fields are scanned for identifiers (issue 13)', () => {
  it('classifies every field the entry parser knows, so a new field cannot slip through unclassified', () => {
    for (const key of parsedKeys()) expect(Object.keys(ENTRY_FIELDS), key).toContain(key);
  });

  it('exempts only typed fields: ids, dates, numbers, controlled words, the writer and the review schedule’s dates', () => {
    expect([...TYPED_ENTRY_KEYS].sort()).toEqual(
      ['author', 'builds_on', 'created', 'date', 'hours', 'id', 'learned_with', 'level', 'loop', 'participatory', 'status', 'template', 'updated', 'visibility'].sort(),
    );
  });

  for (const [key, type] of Object.entries(ENTRY_FIELDS).filter(([, t]) => t === 'text' || t === 'texts')) {
    it(`finds a name and an NHS number written in ${key}`, () => {
      const value = type === 'texts' ? [IDENTIFYING] : IDENTIFYING;
      const kinds = scanEntryFile(entryText({ [key]: value }), 'e.md', scanOptions()).map((f) => f.kind);
      expect(kinds).toEqual(expect.arrayContaining(['person-name', 'nhs-number']));
    });
  }

  it('scans the free text inside beliefs, actions and what a review recorded, not their dates and answers', () => {
    const text = entryText({
      beliefs: [{ belief: 'Mrs Jane Smith would refuse', before: 'wood' }],
      actions: [{ text: 'ring Mrs Jane Smith', due: '2026-12-01', note: 'NHS 943 476 5919' }],
      review: { 'belief-1': { due: '2027-01-01', interval: 7, history: [{ date: '2026-12-01', answer: 'changed', belief: 'Mrs Ana Silva knew best' }] } },
    });
    const found = scanEntryFile(text, 'e.md', scanOptions()).map((f) => f.text);
    expect(found.filter((t) => t.startsWith('Mrs Jane Smith'))).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining(['943 476 5919', 'Mrs Ana Silva']));
    for (const key of ['due', 'date', 'answer', 'interval', 'before']) expect(RECORD_FIELDS[key], key).not.toMatch(/^text/);
  });

  it('scans a key mindlines does not know, as free text', () => {
    expect(scanEntryFile(entryText({ venue: IDENTIFYING }), 'e.md', scanOptions()).map((f) => f.kind)).toContain('nhs-number');
  });
});
