import type { EntryMeta } from './entry.js';

/**
 * What each front-matter key of an entry holds. Typed values (ids, dates, numbers, controlled words, the writer's
 * own identity) cannot carry a patient's details; every other value is free text and is scanned for identifiers
 * (issue 13). The record must name every key of EntryMeta, so a new field has to be classified here, and a key
 * mindlines does not know is free text (scanned) by default.
 */
export type FieldType = 'id' | 'ids' | 'date' | 'timestamp' | 'number' | 'enum' | 'identity' | 'text' | 'texts' | 'records';

export const ENTRY_FIELDS: { readonly [K in keyof Required<EntryMeta>]: FieldType } & { readonly review: FieldType } = {
  id: 'id',
  title: 'text',
  date: 'date',
  created: 'timestamp',
  updated: 'timestamp',
  // The writer's name, set from mindlines.yaml or git: the user's own, never a patient's.
  author: 'identity',
  template: 'id',
  activity: 'text',
  hours: 'number',
  participatory: 'number',
  tags: 'texts',
  learned_with: 'enum',
  resources: 'texts',
  loop: 'enum',
  level: 'enum',
  beliefs: 'records',
  actions: 'records',
  builds_on: 'ids',
  standards: 'texts',
  visibility: 'enum',
  status: 'enum',
  // The spaced-review schedule: dates and answers, but a review may record what is believed now (free text).
  review: 'records',
};

/** The keys inside records (beliefs, actions, review schedules and their history) and what they hold. */
export const RECORD_FIELDS: Readonly<Record<string, FieldType>> = {
  belief: 'text',
  before: 'enum',
  outcome: 'enum',
  after: 'text',
  text: 'text',
  due: 'date',
  done: 'date',
  note: 'text',
  interval: 'number',
  settled: 'date',
  history: 'records',
  date: 'date',
  answer: 'enum',
  firmness: 'enum',
  follow_up: 'id',
};

const TYPED: ReadonlySet<FieldType> = new Set(['id', 'ids', 'date', 'timestamp', 'number', 'enum', 'identity']);

/** Whether a value of this type is typed (never scanned) rather than free text. */
export const isTypedField = (type: FieldType | undefined) => type !== undefined && TYPED.has(type);

/** The top-level keys whose values are never scanned: every typed field of an entry. */
export const TYPED_ENTRY_KEYS: ReadonlySet<string> = new Set(Object.entries(ENTRY_FIELDS).filter(([, type]) => isTypedField(type)).map(([key]) => key));

/** The keys inside records whose values are never scanned. */
export const TYPED_RECORD_KEYS: ReadonlySet<string> = new Set(Object.entries(RECORD_FIELDS).filter(([, type]) => isTypedField(type)).map(([key]) => key));
