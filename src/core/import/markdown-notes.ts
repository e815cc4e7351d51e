import { formatLocalDate } from '../../codecs/dates.js';
import { parseEntryText } from '../../codecs/entry-file.js';
import { readEntry } from '../entries/entry.js';
import type { ImportProblem, ImportRecord } from './import-record.js';
import { firstLine } from './jrnl-json.js';
import { dateInFileName, parseLooseDate, type LooseDate } from './loose-date.js';

/** A note file found in the folder being imported. */
export interface NoteFile {
  /** Relative to the folder imported, forward slashes. */
  relative: string;
  text: string;
  mtimeMs: number;
}

/** Front-matter keys that give a note's date, in the order they are trusted (Obsidian, zk, nb, Jekyll, Hugo). */
const DATE_KEYS = ['date', 'Date', 'created', 'Created', 'created_at', 'creation_date', 'creation date', 'day', 'datetime'];
const TAG_KEYS = ['tags', 'Tags', 'tag', 'keywords'];
/** A Day One header line (`\tDate:\t1 March 2024 at 09:30:00 GMT`), as its text export writes before each entry. */
const DAY_ONE_LINE = /^[ \t]*(Date|Tags|Location|Weather|Starred|Photos?):[ \t]*(.*)$/;

/** `#asthma` words in a note's text (Obsidian, nb and zk tags), outside code; `# Heading` is not one. */
export function inlineTags(text: string): string[] {
  const tags: string[] = [];
  let fence = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    for (const match of line.replace(/`[^`]*`/g, '').matchAll(/(?:^|[\s(])#([A-Za-z][\w/-]*)/g)) tags.push(match[1] as string);
  }
  return tags;
}

/** Tags as a front-matter value may hold them: a list, `a, b`, or `#a #b`. */
function tagList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : [];
  return items.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^#+/, '').trim()).filter(Boolean);
}

/** The first `# Heading` of a body (outside code), and the body without it. */
function leadingHeading(body: string): { title?: string; rest: string } {
  const lines = body.split(/\r?\n/);
  const index = lines.findIndex((line) => line.trim() !== '');
  const match = index >= 0 ? /^#\s+(.+?)\s*#*\s*$/.exec(lines[index] as string) : null;
  if (!match) return { rest: body };
  return { title: match[1] as string, rest: lines.slice(index + 1).join('\n') };
}

/** The note's name without its folders and extension. */
const stemOf = (relative: string) => (relative.split('/').pop() ?? relative).replace(/\.[^.]+$/, '');

function noteDate(frontMatter: Record<string, unknown>, file: NoteFile): { when: LooseDate; from: ImportRecord['dateFrom'] } {
  for (const key of DATE_KEYS) {
    const value = frontMatter[key];
    const when = typeof value === 'string' || typeof value === 'number' ? parseLooseDate(String(value)) : undefined;
    if (when) return { when, from: 'front matter' };
  }
  const fromName = dateInFileName(stemOf(file.relative));
  if (fromName) return { when: fromName, from: 'file name' };
  return { when: { date: formatLocalDate(new Date(file.mtimeMs)) }, from: 'modified time' };
}

/**
 * A note's title: its front matter's, else its first `# heading`, else its file name (unless that is only a date or
 * there is none), else its first words.
 */
function noteTitle(frontMatter: Record<string, unknown>, body: string, relative: string | undefined): { title: string; body: string } {
  if (typeof frontMatter.title === 'string' && frontMatter.title.trim()) return { title: frontMatter.title.trim(), body };
  const heading = leadingHeading(body);
  if (heading.title) return { title: heading.title, body: heading.rest };
  const stem = relative === undefined ? '' : stemOf(relative);
  if (stem && !dateInFileName(stem) && /[a-z]/i.test(stem)) return { title: stem.replace(/[-_]+/g, ' ').trim(), body };
  return { title: firstLine(body), body };
}

/** Day One's text export: one or more entries, each under a block of `Date:`, `Tags:`, `Location:` lines. */
function readDayOne(file: NoteFile): { records: ImportRecord[]; problems: ImportProblem[] } {
  const records: ImportRecord[] = [];
  const problems: ImportProblem[] = [];
  const lines = file.text.split(/\r?\n/);
  const starts = lines.flatMap((line, i) => (/^[ \t]*Date:[ \t]*\S/.test(line) && (i === 0 || !lines[i - 1]?.trim()) ? [i] : []));
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? lines.length;
    const block = lines.slice(start, end);
    const origin = starts.length > 1 ? `${file.relative} entry ${n + 1}` : file.relative;
    const header: Record<string, string> = {};
    let i = 0;
    for (; i < block.length; i++) {
      const match = DAY_ONE_LINE.exec(block[i] as string);
      if (!match) break;
      header[(match[1] as string).toLowerCase()] = (match[2] as string).trim();
    }
    const when = parseLooseDate(header.date ?? '');
    if (!when) {
      problems.push({ origin, message: `the Date: line "${header.date ?? ''}" is not a date mindlines can read` });
      return;
    }
    const text = block.slice(i).join('\n');
    const { title, body } = noteTitle({}, text, undefined);
    const kept: Record<string, unknown> = {};
    if (header.location) kept.location = header.location;
    if (header.weather) kept.weather = header.weather;
    if (header.starred !== undefined) kept.starred = true;
    records.push({
      format: 'markdown',
      origin,
      title,
      date: when.date,
      time: when.time,
      dateFrom: 'header',
      body,
      tags: [...tagList(header.tags ?? ''), ...inlineTags(body)],
      fields: {},
      kept,
      scan: { text: block.join('\n'), wholeFile: false },
    });
  });
  return { records, problems };
}

/**
 * Reads one note of a Markdown folder (Obsidian, nb, zk, Day One's export, plain notes): the date from its front
 * matter, else its file name, else the file's modification time; the title from its front matter, else its first
 * heading; its other front-matter keys kept; its `#tags`. A file that already is a mindlines entry says so
 * (`entryId`), so one already in the journal is not imported twice.
 */
export function readMarkdownNote(file: NoteFile): { records: ImportRecord[]; problems: ImportProblem[] } {
  const text = file.text.replace(/^\uFEFF/, '');
  const firstText = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  if (/^[ \t]*Date:[ \t]*\S/.test(firstText)) return readDayOne({ ...file, text });
  let frontMatter: Record<string, unknown> = {};
  let body = text;
  if (/^---[ \t]*\r?\n/.test(text)) {
    const parsed = parseEntryText(text);
    if (!parsed.ok) return { records: [], problems: [{ origin: `${file.relative}:${parsed.problem.line}`, message: parsed.problem.message }] };
    frontMatter = parsed.value.frontMatter;
    body = parsed.value.body;
  }
  const asEntry = readEntry(file.relative, text);
  const entryId = asEntry.ok ? asEntry.entry.meta.id : undefined;
  const { when, from } = noteDate(frontMatter, file);
  const titled = noteTitle(frontMatter, body, file.relative);
  const kept: Record<string, unknown> = {};
  const consumed = new Set(['title', ...TAG_KEYS, DATE_KEYS.find((key) => frontMatter[key] !== undefined && from === 'front matter')]);
  for (const [key, value] of Object.entries(frontMatter)) if (!consumed.has(key) && value !== null && value !== undefined) kept[key] = value;
  const tags = [...TAG_KEYS.flatMap((key) => tagList(frontMatter[key])), ...inlineTags(titled.body)];
  if (!titled.title.trim()) return { records: [], problems: [{ origin: file.relative, message: 'is empty' }] };
  return {
    records: [
      {
        format: 'markdown',
        origin: file.relative,
        title: titled.title,
        date: when.date,
        time: when.time,
        dateFrom: from,
        body: titled.body,
        tags,
        fields: {},
        kept,
        entryId,
        scan: { text, wholeFile: true },
      },
    ],
    problems: [],
  };
}
