import {
  LOG_FIELDS,
  META_FIELDS,
  type AccountField,
  type AccountLayout,
  type EntryMatch,
  type LogColumn,
  type Profile,
  type SummaryLayout,
} from './profile-types.js';
import type { FieldPath, YamlFields, YamlMap } from './yaml-fields.js';

/** Reads an entry match, checking the activity and category ids it names against the profile's own. */
export type MatchReader = (value: unknown, where: FieldPath) => EntryMatch;

/**
 * The documents a profile lays out: the CPD log's columns, the reflective-account boxes and the one-off summary.
 * These say where text comes from, not what counts, so they are read after the rules.
 */
export function parseLayouts(f: YamlFields, data: YamlMap, matchOf: MatchReader): Pick<Profile, 'log' | 'accounts' | 'summary'> {
  const logData = f.map(data.log ?? f.fail(['log'], 'is required'), ['log'], ['title', 'columns']);
  const columns = f.list(logData.columns, ['log', 'columns']).map((item, i): LogColumn => {
    const where = ['log', 'columns', i];
    const obj = f.map(item, where, ['field', 'name']);
    return { field: f.oneOf(obj, where, 'field', LOG_FIELDS), name: f.text(obj, where, 'name') };
  });
  if (columns.length === 0) f.fail(['log', 'columns'], 'the log needs at least one column');

  const layoutIds = new Set<string>();
  const accounts = f.list(data.accounts, ['accounts']).map((item, i): AccountLayout => {
    const where = ['accounts', i];
    const obj = f.map(item, where, ['id', 'name', 'reflective', 'match', 'fields', 'empty']);
    const id = f.id(obj, where);
    if (layoutIds.has(id)) f.fail([...where, 'id'], `"${id}" is used twice`);
    layoutIds.add(id);
    const fields = f.list(obj.fields, [...where, 'fields']).map((field, j) => parseAccountField(f, field, [...where, 'fields', j]));
    if (fields.length === 0) f.fail([...where, 'fields'], 'a layout needs at least one field');
    const layout: AccountLayout = {
      id,
      name: f.text(obj, where, 'name'),
      reflective: f.boolean(obj, where, 'reflective') ?? true,
      match: matchOf(obj.match, [...where, 'match']),
      fields,
    };
    const empty = f.optionalText(obj, where, 'empty');
    if (empty) layout.empty = empty;
    return layout;
  });

  const layouts: Pick<Profile, 'log' | 'accounts' | 'summary'> = {
    log: { title: f.optionalText(logData, ['log'], 'title') ?? 'CPD log', columns },
    accounts,
  };
  if (data.summary !== undefined && data.summary !== null) {
    const obj = f.map(data.summary, ['summary'], ['heading', 'match', 'empty']);
    const summary: SummaryLayout = { heading: f.text(obj, ['summary'], 'heading'), match: matchOf(obj.match, ['summary', 'match']) };
    const empty = f.optionalText(obj, ['summary'], 'empty');
    if (empty) summary.empty = empty;
    layouts.summary = summary;
  }
  return layouts;
}

function parseAccountField(f: YamlFields, value: unknown, where: FieldPath): AccountField {
  const obj = f.map(value, where, ['heading', 'from', 'meta']);
  const field: AccountField = { heading: f.text(obj, where, 'heading'), from: f.textList(obj.from, [...where, 'from']) };
  if (obj.meta !== undefined && obj.meta !== null) field.meta = f.oneOf(obj, where, 'meta', META_FIELDS);
  if (field.from.length === 0 && !field.meta) f.fail(where, 'say where the text comes from: `from` (section headings or roles) or `meta`');
  return field;
}
