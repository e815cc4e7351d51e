import { describe, expect, it } from 'vitest';
import { rewriteFrontMatter } from '../../../../src/codecs/entry-file.js';
import { actionRows, actionsMarkedDone, parseActionRef } from '../../../../src/core/loop/action-items.js';
import { readEntry } from '../../../../src/core/entries/entry.js';
import { entryOf } from '../../../helpers/entries.js';

const today = '2026-11-27';

describe('actions across entries', () => {
  const asthma = entryOf({
    title: 'Asthma review',
    date: '2026-11-01',
    actions: [
      { text: 'Check spacer technique', due: '2026-11-20', done: false },
      { text: 'Read NG245', due: '2026-12-15' },
      { text: 'Teach the team', done: '2026-11-10', note: 'went well' },
    ],
  });
  const sepsis = entryOf({ title: 'Sepsis', date: '2026-11-25', actions: ['Lactate early', { text: 'Audit', due: '2026-11-26', done: true }] });

  it('says which are open, overdue and done, and how old each is', () => {
    const rows = actionRows([asthma, sepsis], today);
    expect(rows.map((r) => [r.action.text, r.status, r.ageDays])).toEqual([
      ['Check spacer technique', 'overdue', 26],
      ['Read NG245', 'open', 26],
      ['Lactate early', 'open', 2],
      ['Teach the team', 'done', 26],
      ['Audit', 'done', 2],
    ]);
    expect(rows.find((r) => r.action.text === 'Teach the team')).toMatchObject({ index: 3, doneOn: '2026-11-10' });
  });

  it('reads ENTRY#N references and refuses anything else with the expected form', () => {
    expect(parseActionRef('7f3k#2')).toEqual({ entry: '7f3k', index: 2 });
    expect(parseActionRef('entries/2026/11/a#b.md#1')).toEqual({ entry: 'entries/2026/11/a#b.md', index: 1 });
    for (const bad of ['7f3k', '#1', '7f3k#0', '7f3k#x', '7f3k#']) expect(() => parseActionRef(bad)).toThrow(/ENTRY#N/);
  });

  it('marks one action done with the date and a note, keeping the others and keys it does not know', () => {
    const entry = entryOf({ actions: [{ text: 'A', due: '2026-12-01', done: false, owner: 'me' }, 'B'] });
    expect(actionsMarkedDone(entry, 1, today, ' It worked ')).toEqual([
      { text: 'A', due: '2026-12-01', done: today, owner: 'me', note: 'It worked' },
      'B',
    ]);
    expect(actionsMarkedDone(entry, 2, today)).toEqual([{ text: 'A', due: '2026-12-01', done: false, owner: 'me' }, { text: 'B', done: today }]);
  });

  it('names the entry and how many actions it has when the number is out of range', () => {
    expect(() => actionsMarkedDone(entryOf({ title: 'Two', actions: ['a', 'b'] }), 3, today)).toThrow(/"Two" has 2 actions \(#1 to #2\)/);
    expect(() => actionsMarkedDone(entryOf({ title: 'None' }), 1, today)).toThrow(/"None" has no actions/);
  });

  it('changes only the `actions` key of the file, byte for byte', () => {
    const text = [
      '---',
      'id: 01JD3F6Q9X8V7T6S5R4P3N2M1K',
      'title: "Spacers"  # my comment',
      'date: 2026-11-20',
      'mine: {a: 1}',
      'actions:',
      '  - text: Check technique',
      '    due: 2026-12-31',
      '# trailing comment',
      'status: complete',
      '---',
      'Body *stays*   \r\n  exactly',
      '',
    ].join('\n');
    const parsed = readEntry('e.md', text);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const after = rewriteFrontMatter(text, { actions: actionsMarkedDone(parsed.entry, 1, today, 'done at clinic') });
    expect(after).toBe(text.replace('    due: 2026-12-31\n', `    due: 2026-12-31\n    done: ${today}\n    note: done at clinic\n`));
  });
});
