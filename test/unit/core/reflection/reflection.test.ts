import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../../src/codecs/template.js';
import { parseDateFast } from '../../../../src/codecs/natural-date.js';
import { readEntry } from '../../../../src/core/entries/entry.js';
import { buildEntry, type BuildContext } from '../../../../src/core/reflection/reflection.js';
import { serializeEntryText } from '../../../../src/codecs/entry-file.js';
import { UsageError } from '../../../../src/errors.js';

const file = path.resolve(import.meta.dirname, '../../../../templates/reflection/constructivist.yaml');
const template = parseTemplate(readFileSync(file, 'utf8'), file);
const ctx: BuildContext = {
  now: new Date('2026-11-27T09:30:00Z'),
  id: '01JD3F6Q9X8V7T6S5R4P3N7F3K',
  author: 'A. Clinician',
  visibility: 'private',
  parseDate: (text, now) => parseDateFast(text, now) ?? undefined,
  source: 'answers.yaml',
};

describe('a constructivist reflection from answers', () => {
  it('builds ordered front matter and one section per answered question', () => {
    const built = buildEntry(
      template,
      {
        title: 'Sepsis screening',
        hours: '1.25',
        learned_with: ['Senior', 'patients and carers'],
        loop: 'Double',
        beliefs: [{ belief: 'Lactate can wait', before: 'concrete', outcome: 'changed', after: 'Lactate early' }],
        actions: [{ text: 'Teach the sepsis six', due: '2027-01-15' }],
        experience: 'A deteriorating patient on the ward.\n',
        learning: 'Screen early.',
      },
      ctx,
    );
    expect(built.frontMatter).toMatchObject({
      id: ctx.id,
      title: 'Sepsis screening',
      date: '2026-11-27',
      created: '2026-11-27T09:30:00Z',
      author: 'A. Clinician',
      template: 'constructivist',
      hours: 1.25,
      learned_with: ['seniors', 'patients-and-carers'],
      loop: 'double',
      actions: [{ text: 'Teach the sepsis six', due: '2027-01-15', done: false }],
      visibility: 'private',
      status: 'complete',
    });
    expect(built.body).toBe('\n## What happened\n\nA deteriorating patient on the ward.\n\n## What I understand now\n\nScreen early.\n');
    const reread = readEntry('e.md', serializeEntryText(built.frontMatter, built.body));
    expect(reread.ok).toBe(true);
  });

  it.each([
    [{ title: 'T', experience: 'x' }, '`learning` is required'],
    [{ title: 'T', experience: 'x', learning: 'y', lerning: 'z' }, 'unknown answer `lerning`'],
    [{ title: 'T', experience: 'x', learning: 'y', loop: 'quadruple' }, '`loop` should be one of single, double, triple'],
    [{ title: 'T', experience: 'x', learning: 'y', date: '2024-02-30' }, '`date` should be a real date'],
    [{ title: 'T', experience: 'x', learning: 'y', hours: -1 }, '`hours` should be a number of hours'],
    [{ title: 'T', experience: 'x', learning: 'y', hours: 1, participatory: 2 }, 'cannot be more than `hours`'],
    [{ title: 'T', experience: 'x', learning: 'y', beliefs: [{ belief: 'b', before: 'steel' }] }, 'beliefs.before'],
    [{ title: 'T', experience: 'x', learning: 'y', actions: [{ text: 'a', when: 'soon' }] }, 'unknown key "when"'],
  ])('refuses %j with a message naming the problem', (answers, message) => {
    expect(() => buildEntry(template, answers, ctx)).toThrow(UsageError);
    expect(() => buildEntry(template, answers, ctx)).toThrow(message);
  });
});

describe('hours and participatory hours in an answers file (issue 12)', () => {
  const base = { title: 'T', experience: 'x', learning: 'y' };
  const fm = (answers: Record<string, unknown>) => buildEntry(template, { ...base, ...answers }, ctx).frontMatter;

  it.each([
    ['1h30', 1.5],
    ['90 min', 1.5],
    ['1,5', 1.5],
    ['45 min', 0.75],
    ['7h30', 7.5],
  ])('hours: %s is stored as the number %d', (hours, stored) => {
    expect(fm({ hours })).toMatchObject({ hours: stored });
  });

  it('participatory: true (as the README documents) is stored as all the hours', () => {
    expect(fm({ hours: '7h30', participatory: true })).toMatchObject({ hours: 7.5, participatory: 7.5 });
    expect(fm({ hours: 2, participatory: '1h' })).toMatchObject({ hours: 2, participatory: 1 });
    expect(fm({ hours: 2, participatory: false })).not.toHaveProperty('participatory');
  });

  it.each([
    [{ participatory: 3 }, '`participatory` (3 h) needs `hours`'],
    [{ hours: 0.5, participatory: 5 }, '`participatory` (5 h) cannot be more than `hours` (0.5 h)'],
    [{ hours: '1h30', participatory: '2h' }, 'cannot be more than `hours` (1.5 h)'],
    [{ hours: 'lots' }, '`hours` should be a number of hours between 0 and 1000, such as 1.5, 1,5, 1h30 or 90 min (got "lots")'],
    [{ hours: 2, participatory: 'most' }, '`participatory` should be true (all the hours) or a number of hours'],
  ])('refuses %j, which would inflate the participatory figure or lose the hours', (answers, message) => {
    expect(() => fm(answers)).toThrow(UsageError);
    expect(() => fm(answers)).toThrow(message);
  });
});
