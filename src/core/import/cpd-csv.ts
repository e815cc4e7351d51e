import type { CsvTable } from '../../codecs/csv-table.js';
import type { Profile } from '../../codecs/profile.js';
import { UsageError } from '../../errors.js';
import type { ImportProblem, ImportRecord } from './import-record.js';
import { firstLine } from './jrnl-json.js';
import { parseLooseDate } from './loose-date.js';

/** What a CPD log column can become in an entry. */
export const CSV_TARGETS = ['date', 'title', 'body', 'hours', 'participatory', 'activity', 'standards', 'resources', 'tags', 'id'] as const;
export type CsvTarget = (typeof CSV_TARGETS)[number];

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Column headings recognised without `--map`: the NMC's CPD log template (method, topic, dates, hours, participatory
 * hours, the part of the Code most relevant, evidence) in the wordings it and its copies use, and mindlines' own
 * CSV export, so a log written by another tool or exported from another journal comes in as it is.
 */
const KNOWN_HEADINGS: Record<string, CsvTarget> = Object.fromEntries(
  (
    [
      ['date', ['date', 'dates', 'dateofactivity', 'dateundertaken', 'datesundertaken', 'datesofactivity', 'datecompleted']],
      ['activity', ['method', 'cpdmethod', 'methodofcpd', 'typeofcpd', 'cpdtype', 'activitytype', 'typeofactivity', 'activity']],
      ['title', ['topic', 'title', 'topictitle', 'subject', 'descriptionoftopic', 'nameofactivity']],
      [
        'body',
        [
          'description',
          'descriptionofthetopicandhowitrelatedtoyourpractice',
          'descriptionofthetopicandhowitrelatestoyourpractice',
          'howitrelatestomypractice',
          'howitrelatestoyourpractice',
          'howitrelatedtoyourpractice',
          'relevancetopractice',
          'reflection',
          'notes',
          'whatilearned',
        ],
      ],
      ['hours', ['numberofhours', 'noofhours', 'hours', 'cpdhours', 'totalhours', 'numberofcpdhours']],
      ['participatory', ['numberofparticipatoryhours', 'noofparticipatoryhours', 'participatoryhours', 'participatory']],
      [
        'standards',
        ['linktothecode', 'linktocode', 'partofthecodemostrelevant', 'identificationofthepartofthecodemostrelevanttotheactivity', 'thecode', 'code', 'standards'],
      ],
      ['resources', ['evidence', 'evidenceofcpd', 'evidenceofcpdactivity', 'resources']],
      ['tags', ['tags']],
      ['id', ['entryid']],
    ] as [CsvTarget, string[]][]
  ).flatMap(([target, headings]) => headings.map((h) => [h, target])),
);

/** The profile's own log columns (what `export cpd --format csv` writes) map back to the fields they came from. */
function profileHeadings(profile: Profile | undefined): Record<string, CsvTarget> {
  const out: Record<string, CsvTarget> = {};
  for (const column of profile?.log.columns ?? []) {
    const field = String(column.field);
    const target = field === 'learning' ? 'body' : (CSV_TARGETS as readonly string[]).includes(field) ? (field as CsvTarget) : undefined;
    if (target) out[key(column.name)] = target;
  }
  return out;
}

/** `--map date=Date,title=Topic,hours=Hours`: which column each field is read from. */
export function parseColumnMap(spec: string): Map<CsvTarget, string> {
  const map = new Map<CsvTarget, string>();
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const target = part.slice(0, eq).trim() as CsvTarget;
    if (eq < 1 || !CSV_TARGETS.includes(target) || !part.slice(eq + 1).trim()) {
      throw new UsageError(`--map "${part}" should be FIELD=Column, where FIELD is one of ${CSV_TARGETS.join(', ')}`);
    }
    map.set(target, part.slice(eq + 1).trim());
  }
  return map;
}

/** Which column index each field comes from: `--map` first, then the headings recognised. */
export function columnsFor(header: readonly string[], map: ReadonlyMap<CsvTarget, string>, profile?: Profile): Map<CsvTarget, number> {
  const columns = new Map<CsvTarget, number>();
  for (const [target, name] of map) {
    const index = header.findIndex((h) => h === name) >= 0 ? header.findIndex((h) => h === name) : header.findIndex((h) => key(h) === key(name));
    if (index < 0) throw new UsageError(`--map ${target}=${name}: there is no column "${name}"; the columns are ${header.map((h) => `"${h}"`).join(', ')}`);
    columns.set(target, index);
  }
  const known = { ...KNOWN_HEADINGS, ...profileHeadings(profile) };
  header.forEach((heading, index) => {
    const target = known[key(heading)];
    if (target && !columns.has(target) && ![...columns.values()].includes(index)) columns.set(target, index);
  });
  return columns;
}

/** A number of hours as people write it: `1.5`, `1,5`, `2 hours`, `90 mins`. */
function hoursOf(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*(h|hr|hrs|hour|hours|m|min|mins|minutes)?$/i.exec(text.trim());
  if (!match) return undefined;
  const value = Number((match[1] as string).replace(',', '.'));
  return /^m/i.test(match[2] ?? '') ? Math.round((value / 60) * 100) / 100 : value;
}

/** A profile's term for a cell (an activity type or a standard, by id, name or alias), else the cell as written. */
function termOf(text: string, terms: readonly { id: string; name: string; aliases?: string[] }[]): string {
  const k = key(text);
  return terms.find((t) => key(t.id) === k || key(t.name) === k || (t.aliases ?? []).some((a) => key(a) === k))?.id ?? text;
}

/** A cell a spreadsheet export protected from formulas (`'=…`) reads as what it says. */
const cellText = (cell: string | undefined) => (cell ?? '').replace(/^'(?=[=+\-@])/, '').trim();

/**
 * Reads a CPD log spreadsheet: one entry per row, its fields from the columns `columns` names; every other non-empty
 * cell is kept as a `## Heading` section of the body, so nothing in the log is lost.
 */
export function readCpdCsv(table: CsvTable, file: string, columns: ReadonlyMap<CsvTarget, number>, profile?: Profile): { records: ImportRecord[]; problems: ImportProblem[] } {
  if (!columns.has('date') || (!columns.has('title') && !columns.has('body'))) {
    throw new UsageError(`${file}: mindlines needs to know which column holds the date and which the topic; the columns are ${table.header.map((h) => `"${h}"`).join(', ')}`, {
      hint: 'name them with --map, e.g. --map date=When,title=Topic,hours=Hours',
    });
  }
  const used = new Set(columns.values());
  const records: ImportRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const row of table.rows) {
    const origin = `${file} row ${row.line}`;
    const cell = (target: CsvTarget) => (columns.has(target) ? cellText(row.cells[columns.get(target) as number]) : '');
    const when = parseLooseDate(cell('date'));
    if (!when) {
      problems.push({ origin, message: `"${cell('date')}" is not a date mindlines can read (2024-03-01, 01/03/2024 or 1 March 2024)` });
      continue;
    }
    const sections = table.header.flatMap((heading, index) => {
      const text = cellText(row.cells[index]);
      return used.has(index) || !text ? [] : [`## ${heading}\n\n${text}`];
    });
    const body = [cell('body'), ...sections].filter(Boolean).join('\n\n');
    const title = cell('title') || firstLine(body);
    const fields: Record<string, unknown> = {};
    const hours = cell('hours');
    if (hours) {
      const value = hoursOf(hours);
      if (value === undefined) problems.push({ origin, message: `hours "${hours}" is not a number; the row is imported without hours` });
      else fields.hours = value;
    }
    const participatory = cell('participatory');
    if (/^(yes|y|true)$/i.test(participatory)) fields.participatory = true;
    else if (participatory && hoursOf(participatory) !== undefined) fields.participatory = hoursOf(participatory);
    if (cell('activity')) fields.activity = termOf(cell('activity'), profile?.activityTypes ?? []);
    const split = (text: string) => text.split(/[;\n]|,(?=\s*[A-Za-z])/).map((s) => s.trim()).filter(Boolean);
    if (cell('standards')) fields.standards = split(cell('standards')).map((s) => termOf(s, profile?.standards ?? []));
    if (cell('resources')) fields.resources = split(cell('resources'));
    const id = cell('id').toUpperCase();
    records.push({
      format: 'csv',
      origin,
      title,
      date: when.date,
      time: when.time,
      dateFrom: 'record',
      body,
      tags: cell('tags').split(/[\s,;]+/).map((t) => t.replace(/^#/, '')).filter(Boolean),
      fields,
      kept: {},
      entryId: /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id) ? id : undefined,
      scan: { text: row.cells.join('\n'), wholeFile: false },
    });
  }
  return { records, problems };
}
