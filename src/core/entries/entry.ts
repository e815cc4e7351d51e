import { isIsoDate } from '../../codecs/dates.js';
import { parseEntryText, type EntryText } from '../../codecs/entry-file.js';
import { parseHours, parseParticipatory } from '../../codecs/hours.js';
import {
  BELIEF_OUTCOMES,
  FIRMNESS,
  LEARNED_WITH,
  LEVELS,
  LOOPS,
  STATUSES,
  VISIBILITIES,
  matchTerm,
  type BeliefOutcome,
  type Firmness,
  type LearnedWith,
  type Level,
  type Loop,
  type Status,
  type Term,
  type Visibility,
} from './vocabulary.js';

export interface Belief {
  /** What I believed before. */
  belief: string;
  /** How firmly it was held. */
  before?: Firmness;
  outcome?: BeliefOutcome;
  /** What I believe now. */
  after?: string;
}

export interface Action {
  text: string;
  due?: string;
  /** false, true, or the date it was done. */
  done?: boolean | string;
  note?: string;
}

/** The typed view of an entry's front matter. Keys mindlines does not know stay in `Entry.frontMatter`. */
export interface EntryMeta {
  id: string;
  title: string;
  date: string;
  created?: string;
  updated?: string;
  author?: string;
  template?: string;
  activity?: string;
  hours?: number;
  /** Participatory hours (NMC): a number of hours, or true when all of `hours` were spent learning with others. */
  participatory?: number | boolean;
  tags: string[];
  learned_with: LearnedWith[];
  resources: string[];
  loop?: Loop;
  level?: Level;
  beliefs: Belief[];
  actions: Action[];
  builds_on: string[];
  standards: string[];
  visibility?: Visibility;
  status?: Status;
}

export interface Entry {
  /** Path relative to the journal root, with forward slashes: `entries/2026/11/2026-11-27-….md`. */
  path: string;
  meta: EntryMeta;
  /** Every front-matter key as read, including ones mindlines does not know. */
  frontMatter: Record<string, unknown>;
  body: string;
}

/** An entry without its body: all that lists, ledgers and schedules need, and what the index answers with. */
export type EntryHead = Omit<Entry, 'body'>;

export interface EntryProblem {
  path: string;
  line: number;
  message: string;
}

export type EntryResult = { ok: true; entry: Entry } | { ok: false; problem: EntryProblem };

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/i;

class Invalid extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

function optionalString(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Invalid(key, `\`${key}\` should be text`);
}

function stringList(data: Record<string, unknown>, key: string): string[] {
  const value = data[key];
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (!Array.isArray(value)) throw new Invalid(key, `\`${key}\` should be a list`);
  return value.map((item) => {
    if (typeof item === 'string' || typeof item === 'number') return String(item);
    throw new Invalid(key, `every item of \`${key}\` should be text`);
  });
}

function term<T extends string>(data: Record<string, unknown>, key: string, terms: readonly Term<T>[]): T | undefined {
  const value = optionalString(data, key);
  if (value === undefined || value === '') return undefined;
  const match = matchTerm(terms, value);
  if (!match) throw new Invalid(key, `\`${key}\` should be one of ${terms.map((t) => t.value).join(', ')}`);
  return match;
}

function optionalDate(value: unknown, key: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!isIsoDate(value)) throw new Invalid(key, `\`${key}\` should be a real date written YYYY-MM-DD`);
  return value;
}

function records(data: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const value = data[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Invalid(key, `\`${key}\` should be a list`);
  return value.map((item) => {
    if (typeof item === 'string') return key === 'beliefs' ? { belief: item } : { text: item };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new Invalid(key, `every item of \`${key}\` should be a map`);
    }
    return item as Record<string, unknown>;
  });
}

function beliefs(data: Record<string, unknown>): Belief[] {
  return records(data, 'beliefs').map((item) => {
    const belief = optionalString(item, 'belief');
    if (!belief) throw new Invalid('beliefs', 'every belief needs a `belief:` text');
    const result: Belief = { belief };
    const before = term(item, 'before', FIRMNESS);
    if (before) result.before = before;
    const outcome = term(item, 'outcome', BELIEF_OUTCOMES);
    if (outcome) result.outcome = outcome;
    const after = optionalString(item, 'after');
    if (after) result.after = after;
    return result;
  });
}

function actions(data: Record<string, unknown>): Action[] {
  return records(data, 'actions').map((item) => {
    const text = optionalString(item, 'text');
    if (!text) throw new Invalid('actions', 'every action needs a `text:`');
    const result: Action = { text };
    const due = optionalDate(item.due, 'actions');
    if (due) result.due = due;
    const done = item.done;
    if (done !== undefined && done !== null) {
      if (typeof done !== 'boolean' && !isIsoDate(done)) {
        throw new Invalid('actions', 'an action’s `done:` should be true, false or a date written YYYY-MM-DD');
      }
      result.done = done;
    }
    const note = optionalString(item, 'note');
    if (note) result.note = note;
    return result;
  });
}

const HOURS_EXPECTED = 'a number of hours such as 1.5, 1,5, 1h30 or 90 min (0 to 1000)';

function hours(data: Record<string, unknown>, key: string): number | undefined {
  const value = data[key];
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = parseHours(value);
  if (!parsed.ok) throw new Invalid(key, `\`${key}\` should be ${HOURS_EXPECTED}`);
  return parsed.hours;
}

/** Checks the front matter of a parsed file and builds the typed entry. Throws nothing: problems come back. */
export function toEntry(path: string, text: EntryText): EntryResult {
  const data = text.frontMatter;
  const lineOf = (key: string) => text.keyLines[key] ?? 1;
  try {
    const id = optionalString(data, 'id');
    if (!id) throw new Invalid('id', 'the front matter has no `id`');
    if (!ULID.test(id)) throw new Invalid('id', '`id` should be a 26-character ULID');
    const title = optionalString(data, 'title');
    if (!title?.trim()) throw new Invalid('title', 'the front matter has no `title`');
    if (data.date === undefined) throw new Invalid('date', 'the front matter has no `date`');
    const date = optionalDate(data.date, 'date') as string;
    const meta: EntryMeta = {
      id: id.toUpperCase(),
      title,
      date,
      tags: stringList(data, 'tags'),
      learned_with: stringList(data, 'learned_with').map((value) => {
        const match = matchTerm(LEARNED_WITH, value);
        if (!match) throw new Invalid('learned_with', `\`learned_with\` should list some of ${LEARNED_WITH.map((t) => t.value).join(', ')}`);
        return match;
      }),
      resources: stringList(data, 'resources'),
      beliefs: beliefs(data),
      actions: actions(data),
      builds_on: stringList(data, 'builds_on'),
      standards: stringList(data, 'standards'),
    };
    const optional = {
      created: optionalString(data, 'created'),
      updated: optionalString(data, 'updated'),
      author: optionalString(data, 'author'),
      template: optionalString(data, 'template'),
      activity: optionalString(data, 'activity'),
      hours: hours(data, 'hours'),
      loop: term(data, 'loop', LOOPS),
      level: term(data, 'level', LEVELS),
      visibility: term(data, 'visibility', VISIBILITIES),
      status: term(data, 'status', STATUSES),
    };
    for (const [key, value] of Object.entries(optional)) {
      if (value !== undefined) (meta as unknown as Record<string, unknown>)[key] = value;
    }
    const participatory = data.participatory;
    if (typeof participatory === 'boolean') meta.participatory = participatory;
    else if (participatory !== undefined && participatory !== null && participatory !== '') {
      const parsed = parseParticipatory(participatory, meta.hours ?? 0);
      if (!parsed.ok) throw new Invalid('participatory', `\`participatory\` should be true (all the hours) or ${HOURS_EXPECTED}`);
      meta.participatory = parsed.hours;
    }
    return { ok: true, entry: { path, meta, frontMatter: data, body: text.body } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: { path, line: lineOf(error.key), message: error.message } };
    throw error;
  }
}

/** Parses an entry file's text into an entry, or says what is wrong and on which line. */
export function readEntry(path: string, text: string): EntryResult {
  const parsed = parseEntryText(text);
  if (!parsed.ok) return { ok: false, problem: { path, line: parsed.problem.line, message: parsed.problem.message } };
  return toEntry(path, parsed.value);
}

/**
 * Participatory hours of an entry: all its hours when `true`, a number as given but never more than its hours (a
 * hand-edited `participatory: 5` on a half-hour entry counts half an hour; `check` points it out), else 0.
 */
export function participatoryHours(meta: EntryMeta): number {
  const hours = meta.hours ?? 0;
  if (meta.participatory === true) return hours;
  if (typeof meta.participatory === 'number') return Math.min(meta.participatory, hours);
  return 0;
}

/** The body's `##` sections as heading → text, in order. */
export function sectionsOf(body: string): { heading: string; text: string }[] {
  const sections: { heading: string; text: string }[] = [];
  let current: { heading: string; lines: string[] } | undefined;
  let fence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^(```|~~~)/.test(line)) fence = !fence;
    const match = fence ? null : /^##\s+(.*?)\s*#*\s*$/.exec(line);
    if (match) {
      if (current) sections.push({ heading: current.heading, text: current.lines.join('\n').trim() });
      current = { heading: match[1] as string, lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) sections.push({ heading: current.heading, text: current.lines.join('\n').trim() });
  return sections;
}
