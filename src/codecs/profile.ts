import { MONTH_DAY } from './dates.js';
import { parseLayouts } from './profile-layouts.js';
import {
  MEASURES,
  PACK_KINDS,
  PER,
  type ActivityType,
  type CreditRule,
  type EntryMatch,
  type Measure,
  type Per,
  type Profile,
  type ProfileCategory,
  type ProfilePeriod,
  type RegistrationFormat,
  type Requirement,
  type Standard,
} from './profile-types.js';
import { readYamlFields, type FieldPath, type YamlFields } from './yaml-fields.js';

// The profile's types live in their own module; importers keep reading them from here.
export * from './profile-types.js';

const PROFILE_KEYS = [
  'id', 'name', 'regulator', 'description', 'period', 'cycle_years', 'unit', 'increment', 'activity_types',
  'categories', 'credits', 'standards', 'requirements', 'log', 'accounts', 'summary', 'registration', 'pack',
] as const;

/**
 * Reads a regulator profile (templates/profiles/*.yaml), the one parse of a profile for every reader (the CPD
 * export and the interview's activity list alike). Every problem is a FileFormatError naming the file, the line,
 * the field (`requirements[2].measure`) and what was expected; references between parts (an activity named in a
 * category or a requirement) are checked too, so a typo in a profile never silently counts nothing.
 */
export function parseProfile(text: string, file: string): Profile {
  const { data: root, fields: f } = readYamlFields(text, file, 'a profile should be a map with id, name, period, activity_types and requirements');
  const data = f.map(root, [], PROFILE_KEYS);
  const id = f.id(data, []);
  const period = parsePeriod(f, data.period);

  const unit = f.optionalText(data, [], 'unit') ?? 'hours';
  if (unit !== 'hours' && unit !== 'credits' && unit !== 'records') f.fail(['unit'], 'should be hours, credits or records');

  const refs = new References(f);
  const activityTypes = refs.activityTypes(data.activity_types);
  const categories = refs.categories(data.categories);
  const credits = f.list(data.credits, ['credits']).map((item, i) => parseCredit(f, refs, item, ['credits', i]));
  const standards = f.list(data.standards, ['standards']).map((item, i): Standard => {
    const where = ['standards', i];
    const obj = f.map(item, where, ['id', 'name']);
    return { id: f.id(obj, where), name: f.text(obj, where, 'name') };
  });
  const cycleYears = f.number(data, [], 'cycle_years', { integer: true, positive: true });
  const requirementIds = new Set<string>();
  const requirements = f.list(data.requirements, ['requirements']).map((item, i) => parseRequirement(f, refs, item, ['requirements', i], { cycleYears, requirementIds }));
  const layouts = parseLayouts(f, data, (value, where) => refs.match(value, where));

  const profile: Profile = {
    id,
    name: f.text(data, [], 'name'),
    regulator: f.text(data, [], 'regulator'),
    description: f.text(data, [], 'description'),
    period,
    unit: unit as Profile['unit'],
    activityTypes,
    categories,
    credits,
    standards,
    requirements,
    log: layouts.log,
    accounts: layouts.accounts,
    source: file,
  };
  if (cycleYears !== undefined) profile.cycleYears = cycleYears;
  const increment = f.number(data, [], 'increment', { positive: true });
  if (increment !== undefined) profile.increment = increment;
  if (layouts.summary) profile.summary = layouts.summary;
  if (data.registration !== undefined) profile.registration = parseRegistration(f, data.registration);
  if (data.pack !== undefined) profile.pack = f.oneOf(data, [], 'pack', PACK_KINDS);
  return profile;
}

function parseRegistration(f: YamlFields, value: unknown): RegistrationFormat {
  const obj = f.map(value, ['registration'], ['label', 'pattern', 'example']);
  const registration: RegistrationFormat = { label: f.text(obj, ['registration'], 'label') };
  const pattern = f.optionalText(obj, ['registration'], 'pattern');
  if (pattern !== undefined) {
    try {
      new RegExp(pattern);
    } catch {
      f.fail(['registration', 'pattern'], 'should be a regular expression');
    }
    registration.pattern = pattern;
  }
  const example = f.optionalText(obj, ['registration'], 'example');
  if (example !== undefined) {
    if (registration.pattern && !new RegExp(registration.pattern).test(example)) f.fail(['registration', 'example'], 'does not match the pattern');
    registration.example = example;
  }
  return registration;
}

function parsePeriod(f: YamlFields, value: unknown): ProfilePeriod {
  const data = f.map(value ?? f.fail(['period'], 'is required'), ['period'], ['years', 'year_start', 'label']);
  const years = f.number(data, ['period'], 'years', { integer: true, positive: true }) ?? f.fail(['period', 'years'], 'is required');
  const period: ProfilePeriod = { years, label: f.optionalText(data, ['period'], 'label') ?? (years === 1 ? 'CPD year' : `${years}-year cycle`) };
  if (data.year_start !== undefined) {
    const start = String(data.year_start);
    if (!MONTH_DAY.test(start)) f.fail(['period', 'year_start'], 'should be a month and day written MM-DD, e.g. "04-01" (quoted)');
    period.yearStart = start;
  }
  return period;
}

/**
 * The profile's own vocabulary (activity type and category ids), read first so that every later part naming one
 * is checked against it.
 */
class References {
  private readonly activityIds = new Set<string>();
  private readonly categoryIds = new Set<string>();

  constructor(private readonly f: YamlFields) {}

  activityTypes(value: unknown): ActivityType[] {
    const { f } = this;
    const types = f.list(value, ['activity_types']).map((item, i): ActivityType => {
      const where = ['activity_types', i];
      const obj = f.map(item, where, ['id', 'name', 'aliases']);
      return { id: f.id(obj, where), name: f.text(obj, where, 'name'), aliases: f.textList(obj.aliases, [...where, 'aliases']) };
    });
    if (types.length === 0) f.fail(['activity_types'], 'a profile needs at least one activity type');
    types.forEach((type, i) => {
      if (this.activityIds.has(type.id)) f.fail(['activity_types', i, 'id'], `"${type.id}" is used twice`);
      this.activityIds.add(type.id);
    });
    return types;
  }

  /** Categories, each activity type in at most one. */
  categories(value: unknown): ProfileCategory[] {
    const { f } = this;
    const categories = f.list(value, ['categories']).map((item, i): ProfileCategory => {
      const where = ['categories', i];
      const obj = f.map(item, where, ['id', 'name', 'activities']);
      return {
        id: f.id(obj, where),
        name: f.text(obj, where, 'name'),
        activities: this.knownActivities(f.textList(obj.activities, [...where, 'activities']), [...where, 'activities']),
      };
    });
    const inCategory = new Map<string, string>();
    categories.forEach((category, i) => {
      this.categoryIds.add(category.id);
      category.activities.forEach((activity, j) => {
        const other = inCategory.get(activity);
        if (other) f.fail(['categories', i, 'activities', j], `"${activity}" is already in category "${other}"`);
        inCategory.set(activity, category.id);
      });
    });
    return categories;
  }

  knownActivities(values: string[], where: FieldPath): string[] {
    values.forEach((value, i) => {
      if (!this.activityIds.has(value)) this.f.fail([...where, i], `"${value}" is not one of this profile's activity_types`);
    });
    return values;
  }

  knownCategories(values: string[], where: FieldPath): string[] {
    values.forEach((value, i) => {
      if (!this.categoryIds.has(value)) this.f.fail([...where, i], `"${value}" is not one of this profile's categories`);
    });
    return values;
  }

  /** Which entries a requirement or layout counts (absent: every entry). */
  match(value: unknown, where: FieldPath): EntryMatch {
    const { f } = this;
    if (value === undefined || value === null) return { activities: [], categories: [], templates: [], tags: [] };
    const obj = f.map(value, where, ['activities', 'categories', 'templates', 'tags']);
    return {
      activities: this.knownActivities(f.textList(obj.activities, [...where, 'activities']), [...where, 'activities']),
      categories: this.knownCategories(f.textList(obj.categories, [...where, 'categories']), [...where, 'categories']),
      templates: f.textList(obj.templates, [...where, 'templates']),
      tags: f.textList(obj.tags, [...where, 'tags']),
    };
  }
}

function parseCredit(f: YamlFields, refs: References, item: unknown, where: FieldPath): CreditRule {
  const obj = f.map(item, where, ['activity', 'per_hour', 'per_record', 'max']);
  const activity = f.id(obj, where, 'activity');
  refs.knownActivities([activity], [...where, 'activity']);
  const rule: CreditRule = {
    activity,
    perHour: f.number(obj, where, 'per_hour') ?? 0,
    perRecord: f.number(obj, where, 'per_record') ?? 0,
  };
  if (obj.per_hour === undefined && obj.per_record === undefined) f.fail(where, 'give per_hour, per_record or both');
  const max = f.number(obj, where, 'max', { positive: true });
  if (max !== undefined) rule.max = max;
  return rule;
}

function parseRequirement(
  f: YamlFields,
  refs: References,
  item: unknown,
  where: FieldPath,
  { cycleYears, requirementIds }: { cycleYears: number | undefined; requirementIds: Set<string> },
): Requirement {
  const obj = f.map(item, where, ['id', 'name', 'measure', 'min', 'max', 'per', 'match', 'note']);
  const id = f.id(obj, where);
  if (requirementIds.has(id)) f.fail([...where, 'id'], `"${id}" is used twice`);
  requirementIds.add(id);
  const measure: Measure = f.oneOf(obj, where, 'measure', MEASURES);
  const per: Per = f.oneOf(obj, where, 'per', PER, 'period');
  if (per === 'cycle' && cycleYears === undefined) f.fail([...where, 'per'], 'a requirement counted per cycle needs the profile’s cycle_years');
  const requirement: Requirement = { id, name: f.text(obj, where, 'name'), measure, per, match: refs.match(obj.match, [...where, 'match']) };
  const min = f.number(obj, where, 'min');
  const max = f.number(obj, where, 'max');
  if (measure === 'longest-gap-days') {
    if (max === undefined || min !== undefined) f.fail(where, 'longest-gap-days takes a `max` (days), not a `min`');
  } else if (min === undefined || max !== undefined) {
    f.fail(where, 'give the `min` amount that meets this requirement');
  }
  if (min !== undefined) requirement.min = min;
  if (max !== undefined) requirement.max = max;
  const note = f.optionalText(obj, where, 'note');
  if (note) requirement.note = note;
  return requirement;
}
