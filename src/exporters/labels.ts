import type { Measure } from '../codecs/profile.js';
import type { RequirementResult } from '../core/cpd/cpd-totals.js';

/**
 * The wording of exported documents (CPD summaries and blog drafts), in one place like ui/messages.ts, so every
 * format says the same thing.
 */
export const labels = {
  cpdTitle: (profileName: string) => `CPD summary: ${profileName}`,
  who: 'Name',
  journal: 'Journal',
  regulator: 'Regulator',
  profile: 'Profile',
  period: 'Period',
  generated: 'Made',
  authors: 'Authors of these entries',
  chosenPeriod: 'chosen period',
  periodText: (from: string, to: string, label: string) => `${from} to ${to} (${label})`,
  requirementsHeading: 'Totals against the requirements',
  requirement: 'Requirement',
  required: 'Required',
  achieved: 'Achieved',
  status: 'Status',
  met: 'met',
  notYetMet: 'not yet met',
  perYear: (from: string, to: string) => `${from} to ${to}`,
  perSuffix: { period: '', year: ' (each year)', cycle: ' (over the cycle)' } as Record<RequirementResult['per'], string>,
  noRequirements: 'This profile sets no requirement; the totals are for your own record.',
  /** The summary line: its reflective accounts are counted as the regulator counts them, like the requirement. */
  totalsLine: (t: { entries: number; hours: number; participatoryHours: number; credits: number; accounts: number }, unit: string) =>
    `${t.entries} ${t.entries === 1 ? 'entry' : 'entries'} counted, ${t.hours} hours (${t.participatoryHours} participatory)` +
    (unit === 'credits' ? `, ${t.credits} credits` : '') +
    `, ${t.accounts} reflective ${t.accounts === 1 ? 'account' : 'accounts'}`,
  mixHeading: 'Activity mix',
  activity: 'Activity',
  category: 'Category',
  entries: 'Entries',
  hours: 'Hours',
  participatory: 'Participatory hours',
  credits: 'Credits',
  emptyLog: 'No entries in this period.',
  accountsHeading: 'Reflective accounts',
  accountMeta: (date: string, activity: string) => (activity ? `${date} · ${activity}` : date),
  further: 'Further reflection',
  notWritten: 'Not written in this entry.',
  pdpHeading: 'Personal development plan: open actions',
  action: 'Action',
  due: 'Due',
  from: 'From the entry',
  noActions: 'No open actions from this period.',
  // What is not counted, and why (issue 12)
  uncategorised: 'Not in a category',
  date: 'Date',
  title: 'Title',
  countedThrough: (date: string) => `Counted up to ${date} (today): CPD dated later is planned, not counted.`,
  outsideHeading: 'Not counted in these totals',
  notCountedHeading: 'Not counted by this profile',
  notCountedIntro: (entries: number, hours: number, profile: string) =>
    `${entries} ${entries === 1 ? 'entry' : 'entries'} (${hours} ${hours === 1 ? 'hour' : 'hours'}) in the period ${entries === 1 ? 'has an activity' : 'have activities'} the ${profile} profile does not recognise, so ${entries === 1 ? 'it is' : 'they are'} in no total. Give ${entries === 1 ? 'it' : 'each'} one of the profile's activity types to count ${entries === 1 ? 'it' : 'them'}.`,
  noActivity: '(no activity)',
  writtenActivity: 'Activity written',
  plannedHeading: 'Planned (after today, not counted)',
  unfinishedLine: (count: number, shortIds: readonly string[]) =>
    `${count} unfinished ${count === 1 ? 'note' : 'notes'} not included: ${shortIds.join(', ')} (finish ${count === 1 ? 'it' : 'each'} with mindlines reflect ID).`,
  unfinishedHeading: 'Unfinished notes (not counted)',
  shortId: 'Short id',
  note: 'Note',
  privateLeftOut: (entries: number, amount: string) =>
    `${entries} private ${entries === 1 ? 'entry' : 'entries'} (${amount}) left out of this summary (--exclude-private).`,
  skippedHeading: 'Entry files that could not be read (not counted)',
  file: 'File',
  line: 'Line',
  problem: 'Problem',
  footer: 'Made with mindlines from plain-text reflections. Reflections are not legally privileged: record learning, not patient details.',
  /** The unit a measure counts in, singular for exactly 1 ("1 hour", "0 records"). */
  unit: (measure: Measure, amount: number): string => {
    const [one, many] = ({
      hours: ['hour', 'hours'],
      'participatory-hours': ['hour', 'hours'],
      credits: ['credit', 'credits'],
      records: ['record', 'records'],
      'distinct-activity-types': ['type', 'types'],
      'distinct-categories': ['type', 'types'],
      'longest-gap-days': ['day', 'days'],
    } as const)[measure];
    return amount === 1 ? one : many;
  },
  requiredText: (r: RequirementResult) => `${r.comparison === 'at-most' ? 'at most' : 'at least'} ${r.required} ${labels.unit(r.measure, r.required)}`,
  achievedText: (r: RequirementResult) => `${r.per === 'year' ? 'lowest year: ' : ''}${r.achieved} ${labels.unit(r.measure, r.achieved)}`,
  amount: (measure: Measure, amount: number) => `${amount} ${labels.unit(measure, amount)}`,
  statusText: (r: RequirementResult) => (r.met ? labels.met : labels.notYetMet),
  // blog drafts
  blogLearned: 'What I learned',
  blogChanged: 'What changed in my practice',
  blogBeliefs: 'What I used to think, and what I think now',
  blogBelief: (before: string, after: string | undefined) => (after ? `I used to think: ${before}. Now: ${after}.` : `I used to think: ${before}.`),
  blogReferences: 'References',
  blogTags: 'Tags',
  blogDefaultTitle: (titles: string[]) => `What I learned: ${titles.join('; ')}`,
  blogFooter: 'Written as a reflection and shared to help others learn; no patient can be identified from it.',
} as const;
