import { describe, expect, it } from 'vitest';
import { readEntry, type Entry } from '../../../../src/core/entries/entry.js';
import { buildTeamDigest, teamMembers } from '../../../../src/core/team/team-digest.js';
import { serializeEntryText } from '../../../../src/codecs/entry-file.js';

let seq = 0;
/** An entry as the journal would read it, from front-matter fields. */
function entry(fields: Record<string, unknown>, folder = 'entries'): Entry {
  seq++;
  const id = `01JD3Z6K1V8QWERTYZXCVB${String(seq).padStart(4, '0')}`;
  const fm = { id, title: `Entry ${seq}`, date: '2026-11-20', visibility: 'team', ...fields };
  const path = `${folder}/2026/11/${String(fm.date)}-e-${seq}.md`;
  const result = readEntry(path, serializeEntryText(fm, '\n## Learning\n\nSomething.\n'));
  if (!result.ok) throw new Error(result.problem.message);
  return result.entry;
}

const period = { since: '2026-11-01', until: '2026-11-30', today: '2026-11-27' };

describe('the team digest for a practice learning meeting', () => {
  it('counts entries and hours per author in the period, most entries first', () => {
    const digest = buildTeamDigest(
      [
        entry({ author: 'Alice Smith', hours: 1 }),
        entry({ author: 'Alice Smith', hours: 0.5 }),
        entry({ author: 'Bob Jones', hours: 2 }),
        entry({ author: 'Bob Jones', date: '2026-10-31' }), // before the period
        entry({}), // no author
      ],
      period,
    );
    expect(digest.authors).toEqual([
      { author: 'Alice Smith', entries: 2, hours: 1.5 },
      { author: '(no author)', entries: 1, hours: 0 },
      { author: 'Bob Jones', entries: 1, hours: 2 },
    ]);
    expect(digest.totals).toEqual({ entries: 4, authors: 3, hours: 3.5 });
  });

  it('never counts or shows private entries', () => {
    const digest = buildTeamDigest(
      [
        entry({ author: 'Alice Smith', tags: ['asthma'] }),
        entry({ author: 'Alice Smith', visibility: 'private', tags: ['secret'], level: 'collective', actions: [{ text: 'Hidden' }] }),
        entry({ author: 'Carol', tags: ['secret'] }, 'private'),
      ],
      period,
    );
    expect(digest.totals.entries).toBe(1);
    expect(digest.authors).toEqual([{ author: 'Alice Smith', entries: 1, hours: 0 }]);
    expect(JSON.stringify(digest)).not.toMatch(/secret|Hidden|Carol/);
  });

  it('lists themes by frequency, case-insensitively, one count per entry', () => {
    const digest = buildTeamDigest(
      [entry({ tags: ['Asthma', 'asthma', 'inhalers'] }), entry({ tags: ['asthma'] }), entry({ tags: ['sepsis'] })],
      period,
    );
    expect(digest.themes).toEqual([
      { value: 'Asthma', entries: 2 },
      { value: 'inhalers', entries: 1 },
      { value: 'sepsis', entries: 1 },
    ]);
  });

  it('surfaces significant and learning events, collective and organisational learning, and deeper loops', () => {
    const sea = entry({ title: 'Missed fracture', template: 'sea', date: '2026-11-25' });
    const seaByActivity = entry({ title: 'Wrong dose', activity: 'significant-event', date: '2026-11-26' });
    const lea = entry({ title: 'Good catch', tags: ['learning event'] });
    const collective = entry({ title: 'New triage rota', level: 'collective', loop: 'double' });
    const organisational = entry({ title: 'Policy change', level: 'organisational', loop: 'triple' });
    const individual = entry({ title: 'Read a paper', level: 'individual', loop: 'single' });
    const digest = buildTeamDigest([sea, seaByActivity, lea, collective, organisational, individual], period);
    expect(digest.significantEvents.map((e) => e.title)).toEqual(['Wrong dose', 'Missed fracture']);
    expect(digest.learningEvents.map((e) => e.title)).toEqual(['Good catch']);
    expect(digest.collective.map((e) => e.title)).toEqual(['New triage rota', 'Policy change']);
    expect(digest.deeperLoops.map((e) => [e.title, e.loop])).toEqual([
      ['New triage rota', 'double'],
      ['Policy change', 'triple'],
    ]);
  });

  it('lists shared actions still open, with owners, soonest due first, including older ones now due', () => {
    const digest = buildTeamDigest(
      [
        entry({
          author: 'Alice Smith',
          title: 'Spacers',
          actions: [
            { text: 'Teach spacer technique', due: '2026-12-15', owner: 'Bob Jones' },
            { text: 'Done already', done: true },
            { text: 'Update the leaflet' },
          ],
        }),
        entry({ author: 'Carol', date: '2026-09-01', title: 'Old', actions: [{ text: 'Audit repeat prescriptions', due: '2026-11-10' }, { text: 'Someday' }] }),
      ],
      period,
    );
    expect(digest.openActions.map((a) => [a.text, a.owner, a.due, a.overdue])).toEqual([
      ['Audit repeat prescriptions', 'Carol', '2026-11-10', true],
      ['Teach spacer technique', 'Bob Jones', '2026-12-15', false],
      ['Update the leaflet', 'Alice Smith', undefined, false],
    ]);
  });

  it('shows the mix of learning resources', () => {
    const digest = buildTeamDigest(
      [
        entry({ learned_with: ['peers', 'patients and carers'], resources: ['NICE NG245', 'BNF'] }),
        entry({ learned_with: ['peers'], resources: ['bnf'] }),
      ],
      period,
    );
    expect(digest.resources.learnedWith).toEqual([
      { value: 'peers', entries: 2 },
      { value: 'patients and carers', entries: 1 },
    ]);
    expect(digest.resources.used).toEqual([
      { value: 'BNF', entries: 2 },
      { value: 'NICE NG245', entries: 1 },
    ]);
  });
});

describe('team members', () => {
  it('joins entry authors with committers, latest entry first, private entries not counted', () => {
    const members = teamMembers(
      [
        entry({ author: 'Alice Smith', date: '2026-11-01' }),
        entry({ author: 'Alice Smith', date: '2026-11-20' }),
        entry({ author: 'Bob Jones', date: '2026-10-02' }),
        entry({ author: 'Dana', date: '2026-11-25', visibility: 'private' }),
      ],
      [
        { name: 'alice smith', email: 'alice@example.invalid', last: '2026-11-21T10:00:00Z', commits: 3 },
        { name: 'Eve Newcomer', email: 'eve@example.invalid', last: '2026-11-26T09:00:00Z', commits: 1 },
      ],
    );
    expect(members.map((m) => [m.name, m.entries, m.firstEntry, m.lastEntry, m.email, m.commits])).toEqual([
      ['Alice Smith', 2, '2026-11-01', '2026-11-20', 'alice@example.invalid', 3],
      ['Bob Jones', 1, '2026-10-02', '2026-10-02', undefined, 0],
      ['Eve Newcomer', 0, undefined, undefined, 'eve@example.invalid', 1],
    ]);
  });
});
