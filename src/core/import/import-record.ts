import { createHash } from 'node:crypto';
import type { Template } from '../../codecs/template.js';
import { readEntry, sectionsOf } from '../entries/entry.js';

/** Where an imported record came from: jrnl's JSON export, a folder of Markdown notes, or a CPD log spreadsheet. */
export type ImportFormat = 'jrnl' | 'markdown' | 'csv';

/**
 * One thing to import, read from the source but not yet an entry: what it says, when, and what else the source
 * knew about it. The readers (jrnl-json.ts, markdown-notes.ts, cpd-csv.ts) make these; `importedEntry` turns one
 * into the front matter and body of a new entry.
 */
export interface ImportRecord {
  format: ImportFormat;
  /** Where in the source, for messages: `journal.json entry 3`, `Daily/2024-03-01.md`, `cpd-log.csv row 4`. */
  origin: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, when the source knew it. */
  time?: string | undefined;
  /** Where the date was found, for the dry run: jrnl's record, front matter, the file name, the modification time. */
  dateFrom: 'record' | 'front matter' | 'header' | 'file name' | 'modified time';
  body: string;
  tags: string[];
  /** mindlines front-matter values the source gave (hours, participatory, activity, standards, resources). */
  fields: Record<string, unknown>;
  /** The source's own front-matter keys, kept under their own names (or `source_<key>` where mindlines uses it). */
  kept: Record<string, unknown>;
  /** The id of a file that is already a mindlines entry (a journal folder imported into itself). */
  entryId?: string | undefined;
  /** The text the privacy scanner reads, and whether it is a whole Markdown file (so its lines match the source). */
  scan: { text: string; wholeFile: boolean };
}

/** A record the reader could not make, with where and why. */
export interface ImportProblem {
  origin: string;
  message: string;
}

/**
 * Keys mindlines writes itself on an imported entry: a source key with one of these names is kept as
 * `source_<key>` instead, so nothing the source said is lost and nothing it said is mistaken for ours.
 */
const OWN_KEYS = new Set(['id', 'created', 'updated', 'template', 'status', 'imported_from', 'attachments', 'visibility', 'review']);

/**
 * A fingerprint of what a record says (not where it sits), recorded in the entry's `imported_from`: importing the
 * same source again, or the same note from a moved folder, finds it and adds nothing.
 */
export function recordFingerprint(record: ImportRecord): string {
  const canonical = JSON.stringify([
    record.format,
    record.date,
    record.time ?? '',
    record.title.trim(),
    record.body.replace(/\r\n/g, '\n').trim(),
    [...record.tags].sort(),
    Object.entries(record.fields).sort(([a], [b]) => a.localeCompare(b)),
  ]);
  return `sha256:${createHash('sha256').update(canonical).digest('hex').slice(0, 32)}`;
}

/** The heading a template's section is written under, compared without case or trailing punctuation. */
const headingKey = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[\s?.:!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The template whose every required section is a `##` heading of the body (the one matching most sections when
 * several do), or undefined. An imported note written to a template counts as a finished reflection.
 */
export function templateOfBody(body: string, templates: Iterable<Template>): Template | undefined {
  const headings = new Set(sectionsOf(body).filter((s) => s.text.trim()).map((s) => headingKey(s.heading)));
  if (headings.size === 0) return undefined;
  let best: { template: Template; matched: number } | undefined;
  for (const template of templates) {
    const required = template.sections.filter((s) => s.required);
    if (required.length === 0 || template.id === 'quick') continue;
    if (!required.every((s) => headings.has(headingKey(s.heading)))) continue;
    const matched = template.sections.filter((s) => headings.has(headingKey(s.heading))).length;
    if (!best || matched > best.matched) best = { template, matched };
  }
  return best?.template;
}

export interface ImportedEntryContext {
  id: string;
  /** The import's moment, as a timestamp. */
  importedAt: string;
  author?: string | undefined;
  visibility: 'private' | 'team' | 'public';
  templates: Iterable<Template>;
  /** The file (or folder) imported from, as the person named it. */
  sourceName: string;
}

/** The front matter and body of the entry a record becomes (not yet written: EntryWriter checks and writes it). */
export function importedEntry(record: ImportRecord, ctx: ImportedEntryContext): { frontMatter: Record<string, unknown>; body: string } {
  const template = templateOfBody(record.body, ctx.templates);
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record.kept)) kept[OWN_KEYS.has(key) ? `source_${key}` : key] = value;
  const frontMatter: Record<string, unknown> = {
    ...kept,
    id: ctx.id,
    title: record.title,
    date: record.date,
    ...(record.time ? { created: `${record.date}T${record.time}:00` } : {}),
    ...(ctx.author && kept.author === undefined ? { author: ctx.author } : {}),
    ...(template ? { template: template.id } : {}),
    ...record.fields,
    ...(record.tags.length > 0 ? { tags: [...new Set(record.tags)] } : {}),
    visibility: ctx.visibility,
    status: template ? 'complete' : 'draft',
    imported_from: {
      format: record.format,
      source: ctx.sourceName,
      origin: record.origin,
      fingerprint: recordFingerprint(record),
      at: ctx.importedAt,
      ...(record.entryId ? { id: record.entryId } : {}),
    },
  };
  const body = `\n${record.body.replace(/^\s*\n/, '').trimEnd()}\n`;
  return { frontMatter: keepValid(frontMatter, body), body };
}

/**
 * A kept source key whose value mindlines reads differently (a `hours: lots`, a `loop: yes`) would make the entry
 * unreadable: it is renamed `source_<key>` until the entry reads, so the note still comes in whole.
 */
function keepValid(frontMatter: Record<string, unknown>, body: string): Record<string, unknown> {
  const fm = { ...frontMatter };
  for (let attempt = 0; attempt < 20; attempt++) {
    const text = `---\n${JSON.stringify(fm)}\n---\n${body}`;
    const result = readEntry('import', text);
    if (result.ok) return fm;
    const key = Object.keys(fm).find((k) => result.problem.message.includes(`\`${k}\``));
    if (!key || key === 'id' || key === 'title' || key === 'date') return fm;
    fm[`source_${key}`] = fm[key];
    delete fm[key];
  }
  return fm;
}
