import type { AccountField, AccountLayout, MetaField, Profile } from '../../codecs/profile.js';
import type { Template } from '../../codecs/template.js';
import type { Entry } from '../entries/entry.js';
import { filledSections, sectionAnswers, type Section } from '../reflection/section-roles.js';
import { matchesSelector, type CountedEntry } from './cpd-count.js';

/** The templates an export knows, by id: each says which form box its sections fill. */
export type TemplatesById = ReadonlyMap<string, Pick<Template, 'sections'>>;

export interface AccountBox {
  heading: string;
  text: string;
  /** Front-matter values shown in the box (Code themes, actions), one per item. */
  items: string[];
}

/** One entry laid out on one of the regulator's forms (a reflective account, or a GPhC record). */
export interface Account {
  layout: string;
  layoutName: string;
  /** Whether the form is a reflective account (what the summary counts) or a record of another kind. */
  reflective: boolean;
  id: string;
  path: string;
  date: string;
  title: string;
  activityName: string;
  fields: AccountBox[];
  /** Sections of the entry no box of the form asked for, kept so nothing written is dropped. */
  further: Section[];
}

/** An entry's written sections, each with the form box its template says it fills. */
export function sectionsOfEntry(entry: Entry, templates: TemplatesById): Section[] {
  return filledSections(entry.body, entry.meta.template ? templates.get(entry.meta.template) : undefined);
}

/** Standards (e.g. NMC Code themes) by the profile's name for them, else as the entry wrote them. */
export function standardNames(entry: Entry, profile: Profile): string[] {
  return entry.meta.standards.map((code) => profile.standards.find((s) => s.id === code.trim().toLowerCase())?.name ?? code);
}

function metaItems(entry: Entry, field: MetaField, profile: Profile): string[] {
  const meta = entry.meta;
  switch (field) {
    case 'standards':
      return standardNames(entry, profile);
    case 'actions':
      return meta.actions.map((a) => a.text);
    case 'resources':
      return meta.resources;
    case 'learned_with':
      return meta.learned_with;
    case 'activity':
      return meta.activity ? [meta.activity] : [];
    case 'tags':
      return meta.tags;
    case 'beliefs':
      return meta.beliefs.map((b) => (b.after ? `${b.belief} → ${b.after}` : b.belief));
  }
}

/** The form an entry is laid out on: the first of the profile's layouts that matches it. */
export function layoutFor(counted: CountedEntry, profile: Profile): AccountLayout | undefined {
  return profile.accounts.find((l) => matchesSelector(counted, l.match));
}

/**
 * Lays an entry out as a form: each box takes the sections whose declared box (`fills:`) it lists, in the entry's
 * order; each section is used once, and what no box takes is kept under "Further reflection".
 */
export function accountOf(counted: CountedEntry, layout: AccountLayout, profile: Profile, templates: TemplatesById): Account {
  const sections = sectionsOfEntry(counted.entry, templates);
  const used = new Set<Section>();
  const box = (field: AccountField): AccountBox => {
    const mine = sections.filter((s) => !used.has(s) && sectionAnswers(s, field.from));
    for (const s of mine) used.add(s);
    return { heading: field.heading, text: mine.map((s) => s.text).join('\n\n'), items: field.meta ? metaItems(counted.entry, field.meta, profile) : [] };
  };
  const fields = layout.fields.map(box);
  return {
    layout: layout.id,
    layoutName: layout.name,
    reflective: layout.reflective,
    id: counted.entry.meta.id,
    path: counted.entry.path,
    date: counted.entry.meta.date,
    title: counted.entry.meta.title,
    activityName: counted.activityName,
    fields,
    further: sections.filter((s) => !used.has(s)),
  };
}
