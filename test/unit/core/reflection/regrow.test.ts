import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../../src/codecs/template.js';
import { readEntry, type Entry } from '../../../../src/core/entries/entry.js';
import { mergeRegrown, prefillFromEntry } from '../../../../src/core/reflection/regrow.js';

const template = (id: string) => {
  const file = path.resolve(import.meta.dirname, `../../../../templates/reflection/${id}.yaml`);
  return parseTemplate(readFileSync(file, 'utf8'), file);
};

const quickText = `---
id: 01JDAAAAAAAAAAAAAAAAAAAAAA
title: Lactate before fluids
date: 2026-11-26
created: 2026-11-26T09:00:00Z
author: Dr Test
template: quick
tags:
  - sepsis
review_me: yes please
visibility: private
status: draft
---

## Note

Lactate before fluids, said the registrar.
`;

const entry = (text: string): Entry => {
  const result = readEntry('entries/2026/11/2026-11-26-lactate-before-fluids-aaaa.md', text);
  if (!result.ok) throw new Error(result.problem.message);
  return result.entry;
};

describe('growing a quick note into a reflection', () => {
  it('offers what was captured as answers: front matter by key, the note as the first section', () => {
    const answers = prefillFromEntry(entry(quickText), template('gibbs'));
    expect(answers).toEqual({
      title: 'Lactate before fluids',
      date: '2026-11-26',
      tags: ['sepsis'],
      visibility: 'private',
      description: 'Lactate before fluids, said the registrar.',
    });
  });

  it('keeps sections whose heading the new template shares, and puts the rest first', () => {
    const text = quickText.replace('## Note\n', '## Note\n\nfirst\n\n## Feelings\n\nworried\n\n## Odd one\n');
    const answers = prefillFromEntry(entry(text), template('gibbs'));
    expect(answers.feelings).toBe('worried');
    expect(answers.description).toBe('first\n\nLactate before fluids, said the registrar.');
  });

  it('keeps the entry’s id, created, author and unknown keys, and takes the new answers', () => {
    const old = entry(quickText);
    const merged = mergeRegrown(
      old,
      { frontMatter: { id: 'NEW', title: 'New title', date: '2026-11-26', created: 'now', template: 'gibbs', status: 'complete', visibility: 'team' }, body: '\n## Description\n\nx\n' },
      template('gibbs'),
      '2026-11-27T12:00:00Z',
    );
    expect(merged.frontMatter).toEqual({
      id: '01JDAAAAAAAAAAAAAAAAAAAAAA',
      title: 'New title',
      date: '2026-11-26',
      created: '2026-11-26T09:00:00Z',
      author: 'Dr Test',
      template: 'gibbs',
      status: 'complete',
      visibility: 'team',
      review_me: 'yes please',
      updated: '2026-11-27T12:00:00Z',
    });
  });
});
