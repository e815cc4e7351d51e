import type { LogField, Profile } from '../../codecs/profile.js';
import type { Visibility } from '../entries/vocabulary.js';
import { textForRole } from '../reflection/section-roles.js';
import { sectionsOfEntry, standardNames, type TemplatesById } from './cpd-accounts.js';
import type { CountedEntry } from './cpd-count.js';
import { visibilityOf } from './cpd-selection.js';
import { UNCATEGORISED } from './cpd-totals.js';

/** One counted entry in the CPD log. */
export interface LogRow {
  id: string;
  path: string;
  date: string;
  title: string;
  /** The profile's activity type id. */
  activity: string;
  activityName: string;
  category: string;
  categoryName: string;
  hours: number;
  participatory: number;
  /** The credits this entry claims (after any cap on its activity), so the column sums to the total. */
  credits: number;
  /** Standards (e.g. NMC Code themes) by name where the profile knows them. */
  standards: string[];
  learnedWith: string[];
  resources: string[];
  tags: string[];
  experience: string;
  learning: string;
  change: string;
  author: string;
  /** Always `complete`: unfinished notes are never in the log. */
  status: 'complete';
  visibility: Visibility;
}

export interface RowOptions {
  templates: TemplatesById;
  defaultVisibility: Visibility;
  uncategorisedName: string;
}

/** A counted entry as a row of the CPD log: the profile's names, its figures, and the text of its form boxes. */
export function rowOf(counted: CountedEntry, profile: Profile, options: RowOptions): LogRow {
  const meta = counted.entry.meta;
  const sections = sectionsOfEntry(counted.entry, options.templates);
  // In a profile with categories, an activity none lists is in the `uncategorised` part, as in the totals.
  const uncategorised = profile.categories.length > 0 && !counted.categoryId;
  return {
    id: meta.id,
    path: counted.entry.path,
    date: meta.date,
    title: meta.title,
    activity: counted.activityId ?? '',
    activityName: counted.activityName,
    category: counted.categoryId ?? (uncategorised ? UNCATEGORISED : ''),
    categoryName: counted.categoryName ?? (uncategorised ? options.uncategorisedName : ''),
    hours: counted.hours,
    participatory: counted.participatory,
    credits: counted.credits,
    standards: standardNames(counted.entry, profile),
    learnedWith: meta.learned_with,
    resources: meta.resources,
    tags: meta.tags,
    experience: textForRole(sections, 'experience'),
    learning: textForRole(sections, 'learning'),
    change: textForRole(sections, 'change'),
    author: meta.author ?? '',
    status: 'complete',
    visibility: visibilityOf(counted.entry, options.defaultVisibility),
  };
}

/** The text of one log cell, as a spreadsheet or table shows it. */
export function cellText(row: LogRow, field: LogField): string {
  switch (field) {
    case 'date':
      return row.date;
    case 'title':
      return row.title;
    case 'activity':
      return row.activityName;
    case 'category':
      return row.categoryName;
    case 'hours':
      return String(row.hours);
    case 'participatory':
      return String(row.participatory);
    case 'credits':
      return String(row.credits);
    case 'standards':
      return row.standards.join('; ');
    case 'learned_with':
      return row.learnedWith.join('; ');
    case 'resources':
      return row.resources.join('; ');
    case 'tags':
      return row.tags.join('; ');
    case 'experience':
      return row.experience;
    case 'learning':
      return row.learning;
    case 'change':
      return row.change;
    case 'author':
      return row.author;
    case 'evidence':
      return row.path;
  }
}
