import type { EntryMatch, Profile } from '../../codecs/profile.js';
import { participatoryHours, type Entry } from '../entries/entry.js';
import type { DateSpan } from './cpd-period.js';

/**
 * An entry as a profile counts it: its activity type and category, hours, participatory hours and credits. An entry
 * whose activity the profile does not recognise has no `activityId`: it is "not counted by this profile" and adds
 * to no total (issue 12: it used to add to the total and to no section, so the sections did not sum to it).
 */
export interface CountedEntry {
  entry: Entry;
  /** The profile's activity type id: the entry's `activity` (by id, name or alias), else what its template means. */
  activityId?: string;
  /** The type's name, else what the entry wrote, else ''. */
  activityName: string;
  categoryId?: string;
  categoryName?: string;
  hours: number;
  /** Participatory hours, never more than `hours`. */
  participatory: number;
  /** Credits claimed: the profile's rate (or the entry's own `credits:`), after any cap (see claimCredits). */
  credits: number;
}

/** Rounds away floating-point noise (0.1 + 0.2) for display and comparison. */
export const round2 = (value: number) => Math.round(value * 100) / 100;

const lower = (text: string) => text.trim().toLowerCase();

/** Finds the profile's activity type an entry's `activity:` means: its id, its name, or one of its aliases. */
export function activityTypeOf(profile: Profile, activity: string | undefined) {
  if (!activity) return undefined;
  const wanted = lower(activity);
  const dashed = wanted.replace(/\s+/g, '-');
  return profile.activityTypes.find(
    (t) => t.id === wanted || t.id === dashed || lower(t.name) === wanted || t.aliases.some((a) => lower(a) === wanted || lower(a) === dashed),
  );
}

/**
 * The activity a template stands for under a profile: a requirement (or account layout) that names the template and
 * exactly one activity says what an entry from that template is. GPhC: a gphc-planned entry is a planned record
 * even when its `activity:` says "course"; NMC: an nmc-reflective-account entry is a written reflective account.
 */
export function activityOfTemplate(profile: Profile, template: string | undefined): string | undefined {
  if (!template) return undefined;
  const id = lower(template);
  for (const match of [...profile.requirements.map((r) => r.match), ...profile.accounts.map((a) => a.match)]) {
    if (match.activities.length === 1 && match.templates.some((t) => lower(t) === id)) return match.activities[0];
  }
  return undefined;
}

/** How a profile counts one entry, before any cap on credits. Pure; the same entry always counts the same. */
export function countEntry(entry: Entry, profile: Profile): CountedEntry {
  const byTemplate = activityOfTemplate(profile, entry.meta.template);
  const type = activityTypeOf(profile, entry.meta.activity) ?? profile.activityTypes.find((t) => t.id === byTemplate);
  const category = type ? profile.categories.find((c) => c.activities.includes(type.id)) : undefined;
  const hours = entry.meta.hours ?? 0;
  const declared = entry.frontMatter.credits;
  let credits: number;
  if (typeof declared === 'number' && Number.isFinite(declared) && declared >= 0) {
    credits = declared;
  } else {
    const rule = type ? profile.credits.find((r) => r.activity === type.id) : undefined;
    credits = rule ? hours * rule.perHour + rule.perRecord : hours;
  }
  // Never claim more than was done: AMA credit in quarter steps is rounded down.
  if (profile.increment) credits = Math.floor(round2(credits / profile.increment)) * profile.increment;
  const counted: CountedEntry = {
    entry,
    activityName: type?.name ?? entry.meta.activity ?? '',
    hours,
    participatory: participatoryHours(entry.meta),
    credits: round2(credits),
  };
  if (type) counted.activityId = type.id;
  if (category) {
    counted.categoryId = category.id;
    counted.categoryName = category.name;
  }
  return counted;
}

/** Does an entry match a profile's selector? An empty selector matches every entry. */
export function matchesSelector(counted: CountedEntry, match: EntryMatch): boolean {
  const empty = match.activities.length + match.categories.length + match.templates.length + match.tags.length === 0;
  if (empty) return true;
  const meta = counted.entry.meta;
  if (counted.activityId && match.activities.includes(counted.activityId)) return true;
  if (counted.categoryId && match.categories.includes(counted.categoryId)) return true;
  if (meta.template && match.templates.includes(lower(meta.template))) return true;
  const tags = new Set(meta.tags.map(lower));
  return match.tags.some((tag) => tags.has(lower(tag)));
}

export const inSpan = (counted: CountedEntry, span: DateSpan) => counted.entry.meta.date >= span.from && counted.entry.meta.date <= span.to;

/** Oldest first; ties by title then path, so the same journal always claims and lists in the same order. */
export const byDate = (a: CountedEntry, b: CountedEntry) =>
  a.entry.meta.date.localeCompare(b.entry.meta.date) || a.entry.meta.title.localeCompare(b.entry.meta.title) || a.entry.path.localeCompare(b.entry.path);

/**
 * The credits each entry claims, oldest first, when an activity's credits are capped over the span counted (RCPSC:
 * unaccredited group learning at most 50 a cycle): the entries that reach the cap claim what is left, later ones
 * nothing. Each entry then shows what it adds, so the log's credits sum to the total and to each part of it.
 */
export function claimCredits(counted: readonly CountedEntry[], profile: Profile): CountedEntry[] {
  const claimed = new Map<string, number>();
  return [...counted].sort(byDate).map((c) => {
    const rule = c.activityId ? profile.credits.find((r) => r.activity === c.activityId) : undefined;
    if (rule?.max === undefined || !c.activityId) return c;
    const before = claimed.get(c.activityId) ?? 0;
    const credits = round2(Math.max(0, Math.min(c.credits, rule.max - before)));
    claimed.set(c.activityId, round2(before + credits));
    return { ...c, credits };
  });
}
