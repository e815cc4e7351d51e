import type { GmcPack, GphcPack, NmcPack, PackRecord, PdpItem } from '../core/cpd/cpd-pack.js';
import type { CpdReport } from '../core/cpd/cpd-report.js';
import type { SimpleTable } from './cpd-tables.js';
import { packLabels as L } from './pack-labels.js';

/** A line of a form: a label and what is filled in; an empty value is a blank for a person to fill in by hand. */
export interface FormLine {
  label: string;
  value: string;
}

/**
 * One of the regulator's documents as every format lays it out: a heading, an intro, then a table, a list or a
 * form with blanks. The HTML, Markdown and DOCX exporters each render these, so the three say the same thing.
 */
export interface PackSection {
  /** A stable id (the HTML section's id). */
  id: string;
  heading: string;
  intro: string | null;
  table: SimpleTable | null;
  list: string[] | null;
  form: FormLine[] | null;
  /** Which table columns hold dates (printed narrow, so the text columns get the room). */
  narrow: boolean[];
  /** Said instead of an empty table or list. */
  empty: string | null;
  /** A form starts a page of its own when printed. */
  newPage: boolean;
}

const section = (id: string, heading: string, parts: Partial<Omit<PackSection, 'id' | 'heading'>>): PackSection => ({
  id,
  heading,
  intro: null,
  table: null,
  list: null,
  form: null,
  narrow: [],
  empty: null,
  newPage: false,
  ...parts,
});

/** A table, or nothing (and the sentence saying so) when it has no rows. */
function tableOr(head: string[], rows: string[][], empty: string, numeric: boolean[] = head.map(() => false)): Partial<PackSection> {
  const narrow = head.map((h) => DATE_HEADINGS.has(h));
  return rows.length > 0 ? { table: { head, rows, numeric }, narrow } : { empty };
}

const DATE_HEADINGS = new Set<string>([L.date, L.due, L.gapFrom, L.gapTo]);

const recordRows = (records: readonly PackRecord[]) => records.map((r) => [r.date, r.title, r.what, r.learning]);

function nmcSections(report: CpdReport, pack: NmcPack): PackSection[] {
  const name = report.registrant.name ?? '';
  const pin = report.registrant.registrationNumber ?? '';
  const feedbackRows = pack.feedback.map((f) => [f.date, [f.title, ...f.source].join('; '), f.what, f.learning]);
  return [
    section('nmc-feedback', L.feedbackHeading, {
      intro: L.feedbackIntro,
      ...tableOr([L.date, L.feedbackSource, L.feedbackWhat, L.feedbackLearning], feedbackRows, L.noFeedback),
    }),
    section('nmc-discussion', L.discussionHeading, {
      intro: L.discussionIntro,
      newPage: true,
      form: [
        { label: L.yourName, value: name },
        { label: L.yourPin, value: pin },
        {
          label: L.accountsDiscussed,
          value: pack.discussion.accounts.length > 0 ? pack.discussion.accounts.map((a) => `${a.date} ${a.title}`).join('; ') : L.noAccountsDiscussed,
        },
        ...(pack.discussion.record ? [{ label: L.discussionRecord, value: `${pack.discussion.record.date} ${pack.discussion.record.title}` }] : []),
        { label: L.otherName, value: '' },
        { label: L.otherPin, value: '' },
        { label: L.otherEmail, value: '' },
        { label: L.dateOfDiscussion, value: '' },
        { label: L.signature, value: '' },
      ],
    }),
    section('nmc-confirmation', L.confirmationHeading, {
      intro: L.confirmationIntro,
      newPage: true,
      form: [
        { label: L.yourName, value: name },
        { label: L.yourPin, value: pin },
        { label: L.practiceHours, value: pack.practiceHours === null ? L.practiceHoursMissing : String(pack.practiceHours) },
        { label: L.confirmerName, value: '' },
        { label: L.confirmerPin, value: '' },
        { label: L.confirmerEmail, value: '' },
        { label: L.confirmerRole, value: '' },
        { label: L.dateOfConfirmation, value: '' },
        { label: L.signature, value: '' },
      ],
    }),
  ];
}

function outcome(item: PdpItem): string {
  if (item.status === 'done') return L.done(item.closedOn);
  if (item.status === 'dropped') return L.dropped(item.closedOn);
  return L.open;
}

const pdpRows = (items: readonly PdpItem[], withOutcome: boolean) =>
  items.map((i) => [i.text, i.due ?? '', ...(withOutcome ? [outcome(i)] : []), `${i.entryDate} ${i.entryTitle}`]);

function gmcSections(pack: GmcPack): PackSection[] {
  const recordHead = [L.date, L.title, L.whatHappened, L.reflection];
  return [
    section('gmc-cpd', L.cpdYearsHeading, {
      intro: L.cycleFrom(pack.cycle.from, pack.cycle.to, pack.cycle.source),
      table: {
        head: [L.appraisalYear, L.entries, L.credits],
        rows: pack.years.map((y) => [`${y.from} to ${y.to}`, String(y.entries), String(y.credits)]),
        numeric: [false, true, true],
      },
    }),
    section('gmc-qi', L.qiHeading, tableOr(recordHead, recordRows(pack.qualityImprovement), L.noQi)),
    section('gmc-significant-events', L.seHeading, tableOr(recordHead, recordRows(pack.significantEvents), L.noSe)),
    section(
      'gmc-feedback',
      L.gmcFeedbackHeading,
      tableOr([L.date, L.kind, L.title, L.reflection], pack.feedback.map((r) => [r.date, r.activityName, r.title, r.learning]), L.noGmcFeedback),
    ),
    section(
      'gmc-pdp-review',
      L.pdpReviewHeading(pack.pdpReview.span.from, pack.pdpReview.span.to),
      tableOr([L.action, L.due, L.outcome, L.setIn], pdpRows(pack.pdpReview.items, true), L.noPdpReview),
    ),
    section('gmc-pdp-next', L.pdpNextHeading, tableOr([L.action, L.due, L.setIn], pdpRows(pack.pdpNext, false), L.noPdpNext)),
  ];
}

function gphcSections(pack: GphcPack): PackSection[] {
  return [
    section('gphc-records', L.recordsHeading, {
      intro: pack.chosen ? L.recordsChosen : L.recordsAll,
      ...tableOr([L.date, L.title, L.recordType], pack.records.map((r) => [r.date, r.title, r.recordType]), L.recordsAll),
    }),
  ];
}

/** The HCPC's gaps, when the profile measures the longest gap. */
function gapSections(report: CpdReport): PackSection[] {
  if (!report.gaps) return [];
  const rows = report.gaps.map((g) => [g.from, g.to, String(g.months), String(g.days), L.gapKind[g.kind]]);
  return [
    section('gaps', L.gapsHeading, {
      intro: L.gapsIntro,
      ...tableOr([L.gapFrom, L.gapTo, L.gapMonths, L.gapDays, L.kind], rows, L.noGaps, [false, false, true, true, false]),
    }),
  ];
}

/** The regulator's documents of a report, in the order the regulator asks for them; none for other profiles. */
export function packSections(report: CpdReport): PackSection[] {
  const pack = report.pack;
  const own = !pack ? [] : pack.kind === 'nmc' ? nmcSections(report, pack) : pack.kind === 'gmc' ? gmcSections(pack) : gphcSections(pack);
  return [...own, ...gapSections(report)];
}

/** Whether the report's own development plan section is already given by the pack (the GMC's plan for this year). */
export const packHasPlan = (report: CpdReport) => report.pack?.kind === 'gmc';
