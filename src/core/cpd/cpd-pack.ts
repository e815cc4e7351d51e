import { addDays } from '../../codecs/dates.js';
import type { Profile } from '../../codecs/profile.js';
import type { Action, Entry } from '../entries/entry.js';
import { textForRole } from '../reflection/section-roles.js';
import { sectionsOfEntry, type Account, type TemplatesById } from './cpd-accounts.js';
import { byDate, type CountedEntry } from './cpd-count.js';
import { addYears, type DateSpan, type Period } from './cpd-period.js';

/** An entry as a list of the pack shows it: when, what, and what was learned from it. */
export interface PackRecord {
  id: string;
  date: string;
  title: string;
  activityName: string;
  /** Who it came from or was shared with (`learned_with`): the source of a piece of feedback. */
  source: string[];
  /** What happened (its experience section), else its first section. */
  what: string;
  /** What was learned and how practice changed (its learning and change sections). */
  learning: string;
}

/** One action of a development plan, as its review lists it. */
export interface PdpItem {
  text: string;
  due: string | null;
  status: 'done' | 'open' | 'dropped';
  /** The date it was done or dropped, when the entry gives one. */
  closedOn: string | null;
  entryId: string;
  entryDate: string;
  entryTitle: string;
}

/** NMC revalidation: the practice-related feedback log, the reflective discussion and confirmation forms. */
export interface NmcPack {
  kind: 'nmc';
  feedback: PackRecord[];
  /** The reflective discussion: the accounts discussed (the period's reflective accounts) and its own record. */
  discussion: { accounts: { id: string; date: string; title: string }[]; record: PackRecord | null };
  /** Hours of practice in the period, from `practice_hours` in mindlines.yaml; null when not recorded. */
  practiceHours: number | null;
}

/** GMC appraisal, in the order of the Medical Appraisal Guide. */
export interface GmcPack {
  kind: 'gmc';
  /** The five-year cycle: back from `revalidation_date` when set, else ending with the period. */
  cycle: DateSpan & { source: 'revalidation-date' | 'period' };
  /** Credits in each appraisal year of the cycle (a year not yet begun shows 0). */
  years: (DateSpan & { credits: number; entries: number })[];
  qualityImprovement: PackRecord[];
  significantEvents: PackRecord[];
  feedback: PackRecord[];
  /** Last year's plan: the actions set in the appraisal year before this one, done (with dates), open or dropped. */
  pdpReview: { span: DateSpan; items: PdpItem[] };
  /** This year's plan: every action still open. */
  pdpNext: PdpItem[];
}

/** GPhC revalidation: the records submitted, each with its record type. */
export interface GphcPack {
  kind: 'gphc';
  /** True when the records were chosen (`--select`); false when every record of the period is shown. */
  chosen: boolean;
  records: { id: string; date: string; title: string; recordType: string }[];
}

export type Pack = NmcPack | GmcPack | GphcPack;

export interface PackInputs {
  profile: Profile;
  period: Period;
  /** The counted entries of the period. */
  counted: readonly CountedEntry[];
  /** The counted entries of another span (the GMC cycle), as the requirements count them. */
  countedOver: (span: DateSpan) => CountedEntry[];
  accounts: readonly Account[];
  yearStart: string;
  today: string;
  revalidationDate?: string | undefined;
  practiceHours?: number | undefined;
  /** The GPhC records chosen, when they were. */
  chosen: boolean;
  templates: TemplatesById;
}

function recordOf(c: CountedEntry, templates: TemplatesById): PackRecord {
  const sections = sectionsOfEntry(c.entry, templates);
  const what = textForRole(sections, 'experience') || (sections[0]?.text ?? '');
  const learning = [textForRole(sections, 'learning'), textForRole(sections, 'change')].filter(Boolean).join('\n\n');
  return {
    id: c.entry.meta.id,
    date: c.entry.meta.date,
    title: c.entry.meta.title,
    activityName: c.activityName,
    source: c.entry.meta.learned_with,
    what,
    learning,
  };
}

const closedDate = (value: boolean | string | undefined) => (typeof value === 'string' ? value : null);
const isSet = (value: boolean | string | undefined) => value !== undefined && value !== false;

function pdpItem(action: Action, entry: Entry): PdpItem {
  const status = isSet(action.done) ? 'done' : isSet(action.dropped) ? 'dropped' : 'open';
  return {
    text: action.text,
    due: action.due ?? null,
    status,
    closedOn: status === 'done' ? closedDate(action.done) : status === 'dropped' ? closedDate(action.dropped) : null,
    entryId: entry.meta.id,
    entryDate: entry.meta.date,
    entryTitle: entry.meta.title,
  };
}

/** The appraisal year (from `yearStart`, MM-DD) that holds `date`. */
function appraisalYearOf(date: string, yearStart: string): DateSpan {
  const year = Number(date.slice(0, 4));
  const start = `${year}-${yearStart}`;
  const from = date >= start ? start : `${year - 1}-${yearStart}`;
  return { from, to: addDays(addYears(from, 1), -1) };
}

function gmcPack(inputs: PackInputs): GmcPack {
  const years = inputs.profile.cycleYears ?? 5;
  const cycle: GmcPack['cycle'] = inputs.revalidationDate
    ? { from: addDays(addYears(inputs.revalidationDate, -years), 1), to: inputs.revalidationDate, source: 'revalidation-date' }
    : { from: addDays(addYears(inputs.period.to, -years), 1), to: inputs.period.to, source: 'period' };
  const inCycle = inputs.countedOver(cycle);
  const yearSpans = Array.from({ length: years }, (_, i) => {
    const from = addYears(cycle.from, i);
    return { from, to: addDays(addYears(from, 1), -1) };
  });
  const inCategory = (...ids: string[]) => inCycle.filter((c) => c.categoryId && ids.includes(c.categoryId)).sort(byDate).map((c) => recordOf(c, inputs.templates));
  const withActions = [...inCycle].sort(byDate).map((c) => c.entry);
  const lastYear = appraisalYearOf(addDays(inputs.period.from, -1), inputs.yearStart);
  const all = withActions.flatMap((e) => e.meta.actions.map((a) => pdpItem(a, e)));
  return {
    kind: 'gmc',
    cycle,
    years: yearSpans.map((span) => {
      const mine = inCycle.filter((c) => c.entry.meta.date >= span.from && c.entry.meta.date <= span.to);
      return { ...span, credits: Math.round(mine.reduce((s, c) => s + c.credits, 0) * 100) / 100, entries: mine.length };
    }),
    qualityImprovement: inCategory('quality-improvement'),
    significantEvents: inCategory('significant-events'),
    feedback: inCategory('patient-feedback', 'colleague-feedback', 'compliments-complaints'),
    pdpReview: { span: lastYear, items: all.filter((i) => i.entryDate >= lastYear.from && i.entryDate <= lastYear.to) },
    pdpNext: all.filter((i) => i.status === 'open'),
  };
}

function nmcPack(inputs: PackInputs): NmcPack {
  const of = (activity: string) => inputs.counted.filter((c) => c.activityId === activity).sort(byDate);
  const discussions = of('reflective-discussion');
  return {
    kind: 'nmc',
    feedback: of('feedback').map((c) => recordOf(c, inputs.templates)),
    discussion: {
      accounts: inputs.accounts.filter((a) => a.reflective).map((a) => ({ id: a.id, date: a.date, title: a.title })),
      record: discussions.length > 0 ? recordOf(discussions[discussions.length - 1] as CountedEntry, inputs.templates) : null,
    },
    practiceHours: inputs.practiceHours ?? null,
  };
}

/**
 * The regulator's own documents beside the log, for a profile that names its pack (`pack:` in the profile): null
 * for the others. Pure: built from what the report already counted.
 */
export function buildPack(inputs: PackInputs): Pack | null {
  switch (inputs.profile.pack) {
    case 'nmc':
      return nmcPack(inputs);
    case 'gmc':
      return gmcPack(inputs);
    case 'gphc':
      return {
        kind: 'gphc',
        chosen: inputs.chosen,
        records: inputs.accounts.map((a) => ({ id: a.id, date: a.date, title: a.title, recordType: a.layoutName })),
      };
    default:
      return null;
  }
}
