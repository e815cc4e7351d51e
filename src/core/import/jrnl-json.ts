import { parseIsoDate } from '../../codecs/dates.js';
import type { ImportProblem, ImportRecord } from './import-record.js';

/**
 * Reads what `jrnl --export json` writes (jrnl's plugins/exporter/json.py): `{"tags": {"@tag": n, …}, "entries":
 * [{"title", "body", "date": "YYYY-MM-DD", "time": "HH:MM", "tags": ["@tag"], "starred": bool, "uuid"?, "creator"?}]}`.
 * jrnl keeps the tag symbol (`@` by default) on each tag; it is taken off. `starred`, `uuid` and `creator` are kept
 * under their own keys.
 */
export function readJrnlExport(text: string, file: string): { records: ImportRecord[]; problems: ImportProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { records: [], problems: [{ origin: file, message: `not JSON (${(error as Error).message})` }] };
  }
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) {
    return { records: [], problems: [{ origin: file, message: 'not a jrnl export: there is no "entries" list (make one with `jrnl --export json`)' }] };
  }
  const records: ImportRecord[] = [];
  const problems: ImportProblem[] = [];
  entries.forEach((raw: unknown, index) => {
    const origin = `${file} entry ${index + 1}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push({ origin, message: 'is not an entry (a map with title, body, date, time)' });
      return;
    }
    const item = raw as Record<string, unknown>;
    const date = typeof item.date === 'string' ? parseIsoDate(item.date) : undefined;
    if (!date) {
      problems.push({ origin, message: `has no date written YYYY-MM-DD (found ${JSON.stringify(item.date ?? null)})` });
      return;
    }
    const title = typeof item.title === 'string' ? item.title.trim() : '';
    const body = typeof item.body === 'string' ? item.body : '';
    if (!title && !body.trim()) {
      problems.push({ origin, message: 'has neither a title nor a body' });
      return;
    }
    const time = typeof item.time === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(item.time) ? item.time : undefined;
    const tags = Array.isArray(item.tags)
      ? item.tags.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^[@#]+/, '').trim()).filter(Boolean)
      : [];
    const kept: Record<string, unknown> = {};
    if (item.starred === true) kept.starred = true;
    if (typeof item.uuid === 'string') kept.uuid = item.uuid;
    if (item.creator && typeof item.creator === 'object') kept.creator = item.creator;
    records.push({
      format: 'jrnl',
      origin,
      title: title || firstLine(body),
      date,
      time,
      dateFrom: 'record',
      body,
      tags,
      fields: {},
      kept,
      scan: { text: `${title}\n${body}`, wholeFile: false },
    });
  });
  return { records, problems };
}

/** A title from the first words of a text with none (at most 80 characters, cut at a word). */
export function firstLine(text: string): string {
  const line = (text.split(/\r?\n/).find((l) => l.replace(/^[#>*\-\s]+/, '').trim()) ?? '').replace(/^[#>*\-\s]+/, '').trim();
  if (line.length <= 80) return line || 'Imported note';
  const cut = line.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80)}…`;
}
