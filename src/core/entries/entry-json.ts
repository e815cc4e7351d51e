import { sectionsOf, type Entry } from './entry.js';

/**
 * An entry as scripts see it in `--json` output: its path, then every front-matter key (unknown ones too) with the
 * known ones normalised (lists always lists, canonical vocabulary).
 */
export function entryToJson(entry: Omit<Entry, 'body'> & { body?: string }, withBody = false): Record<string, unknown> {
  const json: Record<string, unknown> = { path: entry.path, ...entry.frontMatter, ...entry.meta };
  if (withBody) {
    json.body = entry.body ?? '';
    json.sections = sectionsOf(entry.body ?? '');
  }
  return json;
}
