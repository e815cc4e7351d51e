import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../../src/codecs/template.js';
import { readEntry } from '../../../../src/core/entries/entry.js';
import { importedEntry, recordFingerprint, templateOfBody, type ImportRecord } from '../../../../src/core/import/import-record.js';
import { serializeEntryText } from '../../../../src/codecs/entry-file.js';

const TEMPLATES = path.resolve(import.meta.dirname, '../../../../templates/reflection');
const templates = readdirSync(TEMPLATES).map((f) => parseTemplate(readFileSync(path.join(TEMPLATES, f), 'utf8'), f));

const record = (over: Partial<ImportRecord> = {}): ImportRecord => ({
  format: 'markdown',
  origin: 'note.md',
  title: 'A note',
  date: '2024-03-01',
  dateFrom: 'file name',
  body: 'Some text.',
  tags: [],
  fields: {},
  kept: {},
  scan: { text: 'Some text.', wholeFile: true },
  ...over,
});

const context = { id: '01HQ0000000000000000000000', importedAt: '2026-12-01T10:00:00Z', visibility: 'private' as const, templates, sourceName: 'notes' };

describe('an imported record becomes an entry', () => {
  it('is a draft unless its body has every required section of a template, which it then names', () => {
    expect(templateOfBody('## What?\n\nx\n\n## So what?\n\ny\n\n## Now what?\n\nz\n', templates)?.id).toBe('driscoll');
    expect(templateOfBody('## What?\n\nx\n\n## So what?\n\ny\n', templates)).toBeUndefined();
    expect(templateOfBody('## What?\n\n\n## So what?\n\n## Now what?\n\nz', templates)).toBeUndefined();
    expect(importedEntry(record(), context).frontMatter.status).toBe('draft');
    const done = importedEntry(record({ body: '## What\n\nx\n\n## So what\n\ny\n\n## Now what\n\nz' }), context).frontMatter;
    expect([done.status, done.template]).toEqual(['complete', 'driscoll']);
  });

  it('keeps the source’s own keys, renaming those mindlines writes itself, and one whose value would not read', () => {
    const built = importedEntry(record({ kept: { id: 'zk-42', aliases: ['x'], status: 'evergreen', hours: 'lots', loop: 'double' } }), context);
    expect(built.frontMatter).toMatchObject({ source_id: 'zk-42', aliases: ['x'], source_status: 'evergreen', source_hours: 'lots', loop: 'double', status: 'draft' });
    expect(built.frontMatter.hours).toBeUndefined();
    const read = readEntry('entries/x.md', serializeEntryText(built.frontMatter, built.body));
    expect(read.ok).toBe(true);
  });

  it('fingerprints what a record says, not where it sits', () => {
    expect(recordFingerprint(record({ origin: 'a/note.md' }))).toBe(recordFingerprint(record({ origin: 'b/moved.md' })));
    expect(recordFingerprint(record())).not.toBe(recordFingerprint(record({ body: 'Other text.' })));
    expect(recordFingerprint(record())).toMatch(/^sha256:[0-9a-f]{32}$/);
  });
});
