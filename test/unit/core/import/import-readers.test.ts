import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../../../src/codecs/csv-table.js';
import { columnsFor, parseColumnMap, readCpdCsv } from '../../../../src/core/import/cpd-csv.js';
import { readJrnlExport } from '../../../../src/core/import/jrnl-json.js';
import { dateInFileName, parseLooseDate } from '../../../../src/core/import/loose-date.js';
import { inlineTags, readMarkdownNote } from '../../../../src/core/import/markdown-notes.js';
import { builtInProfile } from '../../../helpers/make-entry.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/import');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const note = (relative: string, mtimeMs = Date.UTC(2024, 0, 2, 12)) => readMarkdownNote({ relative, text: fixture(`notes/${relative}`), mtimeMs });

describe('dates as notes and spreadsheets write them', () => {
  it.each([
    ['2024-03-01', { date: '2024-03-01', time: undefined }],
    ['2024-03-09 18:45', { date: '2024-03-09', time: '18:45' }],
    ['2024-03-09T07:05:00Z', { date: '2024-03-09', time: '07:05' }],
    ['01/04/2024', { date: '2024-04-01', time: undefined }],
    ['1.4.24', { date: '2024-04-01', time: undefined }],
    ['12 March 2024 at 08:15:00 GMT', { date: '2024-03-12', time: '08:15' }],
    ['March 14, 2024 at 7:40 PM', { date: '2024-03-14', time: '19:40' }],
    ['Tuesday, 5 Mar 2024', { date: '2024-03-05', time: undefined }],
    ['01/03/2024 - 03/03/2024', { date: '2024-03-01', time: undefined }],
  ])('reads %s', (text, expected) => expect(parseLooseDate(text)).toEqual(expected));

  it.each(['2024-02-30', '31/04/2024', '29 February 2023', 'soon', '13/13/2024', ''])('refuses %s rather than rolling it over', (text) => {
    expect(parseLooseDate(text)).toBeUndefined();
  });

  it('finds the date in Obsidian, zk and nb file names, with nb’s time', () => {
    expect(dateInFileName('2024-03-01.md')).toEqual({ date: '2024-03-01', time: undefined });
    expect(dateInFileName('2024-03-01-spacer-review.md')).toEqual({ date: '2024-03-01', time: undefined });
    expect(dateInFileName('20240305101500.md')).toEqual({ date: '2024-03-05', time: '10:15' });
    expect(dateInFileName('k3d9.md')).toBeUndefined();
    expect(dateInFileName('meeting notes 12.md')).toBeUndefined();
  });
});

describe('jrnl’s JSON export (jrnl --export json)', () => {
  it('reads title, body, date, time, tags without their @, and keeps starred and uuid', () => {
    const { records, problems } = readJrnlExport(fixture('journal.json'), 'journal.json');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.origin, r.date, r.time, r.title, r.tags])).toEqual([
      ['journal.json entry 1', '2023-05-14', '09:30', 'Spacer technique in the under-fives.', ['asthma']],
      ['journal.json entry 2', '2023-06-02', '17:05', 'Taught the FY1s how to read a peak flow chart.', ['teaching', 'asthma']],
      ['journal.json entry 3', '2023-06-03', '08:00', 'Reminder to self.', []],
    ]);
    expect(records[0]?.kept).toEqual({ starred: true });
    expect(records[2]?.kept).toEqual({ uuid: '6F1E4B5A9C2D4E8F9A0B1C2D3E4F5A6B' });
    expect(records[0]?.body).toContain('I now ask every parent to show me');
  });

  it('says what is wrong with a file that is not jrnl’s export, and with an entry without a date', () => {
    expect(readJrnlExport('{"notes": []}', 'x.json').problems[0]?.message).toMatch(/no "entries" list/);
    expect(readJrnlExport('{oops', 'x.json').problems[0]?.message).toMatch(/^not JSON/);
    const bad = readJrnlExport(JSON.stringify({ entries: [{ title: 'x', body: '', date: '2023-02-30' }] }), 'x.json');
    expect(bad.records).toEqual([]);
    expect(bad.problems).toEqual([{ origin: 'x.json entry 1', message: 'has no date written YYYY-MM-DD (found "2023-02-30")' }]);
  });
});

describe('a folder of Markdown notes', () => {
  it('an Obsidian daily note: date from its name, title from its first line, #tags from its text', () => {
    const [record] = note('Obsidian/Daily Notes/2024-03-01.md').records;
    expect(record).toMatchObject({ date: '2024-03-01', dateFrom: 'file name', tags: ['asthma'] });
    expect(record?.title).toMatch(/^Morning clinic overran/);
  });

  it('an Obsidian note with front matter: date from `created`, title from its heading, other keys kept', () => {
    const [record] = note('Obsidian/Reflections/Sepsis screening.md').records;
    expect(record).toMatchObject({ title: 'Sepsis screening at triage', date: '2024-02-11', time: '14:20', dateFrom: 'front matter', tags: ['sepsis', 'acute'] });
    expect(record?.kept).toEqual({ aliases: ['sepsis', 'NEWS2'], cssclass: 'reflection' });
    expect(record?.body).not.toContain('# Sepsis screening at triage');
  });

  it('an nb note: date and time from its timestamp name, title from its heading', () => {
    const [record] = note('nb/home/20240305101500.md').records;
    expect(record).toMatchObject({ title: 'Inhaler counselling with pharmacy', date: '2024-03-05', time: '10:15', tags: ['pharmacy'] });
  });

  it('a zk note: title and date from front matter', () => {
    const [record] = note('zk/k3d9.md').records;
    expect(record).toMatchObject({ title: 'Gibbs reflection on a missed fracture', date: '2024-03-09', time: '18:45', tags: ['msk', 'gibbs'] });
  });

  it('Day One’s export: one entry per Date: block, with its tags and location', () => {
    const { records } = note('Day One/Journal.md');
    expect(records.map((r) => [r.origin, r.date, r.time, r.title, r.tags])).toEqual([
      ['Day One/Journal.md entry 1', '2024-03-12', '08:15', 'Carer strain', ['dementia', 'carers']],
      ['Day One/Journal.md entry 2', '2024-03-14', '19:40', 'Learned to check renal function before starting an SGLT2 inhibitor.', ['prescribing']],
    ]);
    expect(records[0]?.kept).toEqual({ location: 'Surgery' });
  });

  it('a plain note with no date anywhere takes the file’s modification time', () => {
    const { records } = readMarkdownNote({ relative: 'ideas.txt', text: 'Ask about sleep at every dementia review.\n', mtimeMs: Date.UTC(2022, 9, 5, 12) });
    expect(records[0]).toMatchObject({ date: '2022-10-05', dateFrom: 'modified time', title: 'ideas' });
  });

  it('reports front matter that does not parse, with its line, and imports nothing from that file', () => {
    const { records, problems } = readMarkdownNote({ relative: 'bad.md', text: '---\ntitle: [unclosed\n---\nbody\n', mtimeMs: 0 });
    expect(records).toEqual([]);
    expect(problems[0]?.origin).toMatch(/^bad\.md:\d+$/);
    expect(problems[0]?.message).toMatch(/YAML/);
  });

  it('tags: #words outside code and headings', () => {
    expect(inlineTags('# Heading\nsee #asthma and `#notatag`\n```\n#nor-this\n```\n(#paeds)')).toEqual(['asthma', 'paeds']);
  });
});

describe('a CPD log spreadsheet', () => {
  const profile = builtInProfile('nmc');

  it('recognises the NMC CPD log’s columns without a map and maps method and Code to the profile’s terms', () => {
    const table = parseCsvTable(fixture('cpd-log.csv'));
    if (!table.ok) throw new Error(table.message);
    const { records, problems } = readCpdCsv(table.table, 'cpd-log.csv', columnsFor(table.table.header, new Map(), profile), profile);
    expect(records.map((r) => [r.origin, r.date, r.title, r.fields])).toEqual([
      ['cpd-log.csv row 2', '2024-04-01', 'Anaphylaxis update', { hours: 1.5, participatory: 0, activity: 'Online learning', standards: ['preserve-safety'], resources: ['Certificate'] }],
      [
        'cpd-log.csv row 3',
        '2024-05-12',
        'Wound care study day',
        { hours: 6, participatory: 6, activity: 'Course attendance', standards: ['practise-effectively', 'preserve-safety'], resources: ['Attendance certificate'] },
      ],
    ]);
    expect(records[0]?.body).toBe('Adrenaline doses for children by age band.');
    expect(problems).toEqual([{ origin: 'cpd-log.csv row 4', message: '"not a date" is not a date mindlines can read (2024-03-01, 01/03/2024 or 1 March 2024)' }]);
  });

  it('uses --map for other headings, and keeps unmapped columns as sections of the body', () => {
    const table = parseCsvTable('When;Course;Time;Provider\n2024-01-09;Sepsis e-learning;45 mins;e-LfH\n');
    if (!table.ok) throw new Error(table.message);
    const columns = columnsFor(table.table.header, parseColumnMap('date=When,title=Course,hours=Time'));
    const [record] = readCpdCsv(table.table, 'log.csv', columns).records;
    expect(record).toMatchObject({ date: '2024-01-09', title: 'Sepsis e-learning', fields: { hours: 0.75 }, body: '## Provider\n\ne-LfH' });
  });

  it('refuses a log whose date or topic column it cannot find, naming the columns', () => {
    const table = parseCsvTable('When,What\n2024-01-09,x\n');
    if (!table.ok) throw new Error(table.message);
    expect(() => readCpdCsv(table.table, 'log.csv', columnsFor(table.table.header, new Map()))).toThrow(/"When", "What"/);
    expect(() => parseColumnMap('colour=When')).toThrow(/FIELD=Column/);
    expect(() => columnsFor(table.table.header, parseColumnMap('date=Day'))).toThrow(/no column "Day"/);
  });
});
