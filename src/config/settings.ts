import { didYouMean } from '../codecs/did-you-mean.js';
import { isIsoDate, MONTH_DAY } from '../codecs/dates.js';
import { SAFE_YAML_OPTIONS } from '../codecs/safe-yaml.js';
import { yamlModule } from '../codecs/yaml-module.js';
import type { JournalConfig } from './journal-config.js';

/**
 * The settings `mindlines config` gets, sets and lists (issue 17): each with its place in `mindlines.yaml`, what it
 * means, and how a typed value is checked and normalised. Checks that need the journal (does the profile or the
 * template exist?) are the use-case's; everything here is pure.
 */

export type SettingKind = 'text' | 'profile' | 'template' | 'month-day' | 'date' | 'boolean' | 'visibility';

export interface Setting {
  /** As typed on the command line: `year_start`, `registrant.name`. */
  key: string;
  /** Where it lives in mindlines.yaml. */
  path: readonly string[];
  kind: SettingKind;
  /** Whether `config unset` may remove it (the others always have a value). */
  optional: boolean;
  /** The value in effect, from the parsed config (defaults included). */
  read: (config: JournalConfig) => string | boolean | undefined;
}

export const SETTINGS: readonly Setting[] = [
  { key: 'name', path: ['name'], kind: 'text', optional: false, read: (c) => c.name },
  { key: 'profile', path: ['profile'], kind: 'profile', optional: false, read: (c) => c.profile },
  { key: 'year_start', path: ['year_start'], kind: 'month-day', optional: false, read: (c) => c.yearStart },
  { key: 'cycle_start', path: ['cycle_start'], kind: 'date', optional: true, read: (c) => c.cycleStart },
  { key: 'registrant.name', path: ['registrant', 'name'], kind: 'text', optional: true, read: (c) => c.registrant.name },
  {
    key: 'registrant.registration_number',
    path: ['registrant', 'registration_number'],
    kind: 'text',
    optional: true,
    read: (c) => c.registrant.registrationNumber,
  },
  { key: 'author', path: ['author'], kind: 'text', optional: true, read: (c) => c.author },
  { key: 'editor', path: ['editor'], kind: 'text', optional: true, read: (c) => c.editor },
  { key: 'defaults.template', path: ['defaults', 'template'], kind: 'template', optional: false, read: (c) => c.defaults.template },
  { key: 'defaults.visibility', path: ['defaults', 'visibility'], kind: 'visibility', optional: true, read: (c) => c.defaults.visibility },
  { key: 'defaults.activity', path: ['defaults', 'activity'], kind: 'text', optional: true, read: (c) => c.defaults.activity },
  { key: 'auto_commit', path: ['auto_commit'], kind: 'boolean', optional: false, read: (c) => c.autoCommit },
];

/** Settings shown by `config list` but changed another way (they move files). */
export const READ_ONLY_SETTINGS: readonly { key: string; read: (config: JournalConfig) => string }[] = [{ key: 'mode', read: (c) => c.mode }];

/** A setting by its key, or the nearest key as a suggestion. */
export function findSetting(key: string): { setting: Setting } | { setting: undefined; suggestion: string | undefined } {
  const wanted = key.trim().toLowerCase().replace(/-/g, '_');
  const setting = SETTINGS.find((s) => s.key === wanted);
  if (setting) return { setting };
  return { setting: undefined, suggestion: didYouMean(wanted, [...SETTINGS.map((s) => s.key), ...READ_ONLY_SETTINGS.map((s) => s.key)]) };
}

/** Whether the file itself holds a value for the setting (else the default is in effect). */
export function isSetInFile(config: JournalConfig, setting: Setting): boolean {
  let value: unknown = config.raw;
  for (const part of setting.path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value !== undefined && value !== null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The first day of a CPD year as typed: `04-01`, `4-1`, `1 April`, `April 1`, `1st April`, or a month alone
 * (`April`, its first day). Returns MM-DD, or undefined when it is not a day of the year.
 */
export function parseMonthDay(text: string): string | undefined {
  const s = text.trim().toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ');
  const pad = (n: number) => String(n).padStart(2, '0');
  const make = (month: number, day: number) => (month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0) ? `${pad(month)}-${pad(day)}` : undefined);
  const numeric = /^(\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (numeric) return make(Number(numeric[1]), Number(numeric[2]));
  const monthOf = (word: string) => {
    if (word.length < 3) return 0;
    return MONTHS.findIndex((m) => m.startsWith(word)) + 1;
  };
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)$/.exec(s);
  if (dayFirst) return make(monthOf(dayFirst[2] as string), Number(dayFirst[1]));
  const monthFirst = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?$/.exec(s);
  if (monthFirst) return make(monthOf(monthFirst[1] as string), Number(monthFirst[2]));
  if (/^[a-z]+$/.test(s)) return make(monthOf(s), 1);
  return undefined;
}

/** "1 April" for 04-01: how a year start is said back to the person. */
export function describeMonthDay(monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1] ?? '';
  return `${day} ${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

export type Normalised = { ok: true; value: string | boolean } | { ok: false; expected: string };

/** A typed value checked and normalised for its kind (profiles and templates are checked against the journal later). */
export function normaliseSetting(setting: Setting, text: string): Normalised {
  const value = text.trim();
  switch (setting.kind) {
    case 'text':
      return value ? { ok: true, value } : { ok: false, expected: 'some text' };
    case 'profile':
    case 'template':
      return /^[a-z0-9][a-z0-9-]*$/.test(value) ? { ok: true, value } : { ok: false, expected: `a ${setting.kind} id such as ${setting.kind === 'profile' ? 'nmc or gmc' : 'gibbs'}` };
    case 'month-day': {
      const monthDay = parseMonthDay(value);
      return monthDay && MONTH_DAY.test(monthDay) ? { ok: true, value: monthDay } : { ok: false, expected: 'a day of the year such as 04-01 or "1 April"' };
    }
    case 'date':
      return isIsoDate(value) ? { ok: true, value } : { ok: false, expected: 'a date written YYYY-MM-DD, e.g. 2024-04-01' };
    case 'boolean': {
      const lower = value.toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(lower)) return { ok: true, value: true };
      if (['false', 'no', 'off', '0'].includes(lower)) return { ok: true, value: false };
      return { ok: false, expected: 'true or false' };
    }
    case 'visibility':
      return ['private', 'team', 'public'].includes(value) ? { ok: true, value } : { ok: false, expected: 'private, team or public' };
  }
}

/**
 * The text of `mindlines.yaml` with one setting changed (or removed when `value` is undefined), keeping its comments,
 * key order and every other key as they were.
 */
export function withSetting(text: string, path: readonly string[], value: string | boolean | undefined): string {
  const yaml = yamlModule();
  const doc = yaml.parseDocument(text, SAFE_YAML_OPTIONS);
  if (value === undefined) {
    doc.deleteIn(path);
    // A map left empty by the removal (`registrant: {}`) goes too.
    const parent = path.slice(0, -1);
    const node = parent.length > 0 ? doc.getIn(parent) : undefined;
    if (node && yaml.isMap(node) && node.items.length === 0) doc.deleteIn(parent);
  } else {
    doc.setIn(path, value);
  }
  return doc.toString({ lineWidth: 0 });
}
