import type { CpdReport } from '../core/cpd/cpd-report.js';
import type { Breakdown } from '../core/cpd/cpd-totals.js';
import { labels } from './labels.js';

/** Who and when: the facts at the top of every CPD document. */
export function whoAndWhen(report: CpdReport): [string, string][] {
  const rows: [string, string][] = [];
  if (report.author) rows.push([labels.who, report.author]);
  rows.push([labels.journal, report.journal]);
  rows.push([labels.regulator, report.profile.regulator]);
  rows.push([labels.profile, `${report.profile.name} (${report.profile.id})`]);
  rows.push([labels.period, labels.periodText(report.period.from, report.period.to, report.period.label)]);
  if (report.authors.length > 0 && (report.authors.length > 1 || report.authors[0] !== report.author)) {
    rows.push([labels.authors, report.authors.join(', ')]);
  }
  rows.push([labels.generated, report.generated]);
  return rows;
}

export interface SimpleTable {
  head: string[];
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
}

function breakdownTable(first: string, list: Breakdown[], report: CpdReport): SimpleTable {
  // Credits only where the profile counts in credits; participatory hours only where someone logged some.
  const credits = report.profile.unit === 'credits';
  const participatory = report.totals.participatoryHours > 0;
  const head = [first, labels.entries, labels.hours, ...(participatory ? [labels.participatory] : []), ...(credits ? [labels.credits] : [])];
  const rows = list.map((b) => [
    b.name || '—',
    String(b.entries),
    String(b.hours),
    ...(participatory ? [String(b.participatoryHours)] : []),
    ...(credits ? [String(b.credits)] : []),
  ]);
  return { head, rows, numeric: head.map((_, i) => i > 0) };
}

/** The activity mix: per activity type, then per category when the profile has categories. */
export function mixTables(report: CpdReport): SimpleTable[] {
  const tables: SimpleTable[] = [];
  if (report.totals.byActivity.length > 0) tables.push(breakdownTable(labels.activity, report.totals.byActivity, report));
  if (report.totals.byCategory.length > 0) tables.push(breakdownTable(labels.category, report.totals.byCategory, report));
  return tables;
}

/** A table of entries the totals leave out, with a line saying why. */
export interface AsideTable {
  heading: string;
  intro: string;
  table: SimpleTable;
}

/**
 * What the totals leave out and why (issue 12), in the same words in every format: lines (counted up to today,
 * unfinished notes by short id, private entries left out) and tables (activities the profile does not recognise,
 * planned CPD, unfinished notes when listed, files that could not be read).
 */
export function outsideTotals(report: CpdReport): { lines: string[]; tables: AsideTable[] } {
  const lines: string[] = [];
  const tables: AsideTable[] = [];
  const { period, unfinished, notCounted, planned, skipped } = report;
  if (period.countedThrough < period.to) lines.push(labels.countedThrough(period.countedThrough));
  if (unfinished.count > 0 && !unfinished.listed) lines.push(labels.unfinishedLine(unfinished.count, unfinished.notes.map((n) => n.shortId)));
  if (report.private.excluded) lines.push(labels.privateLeftOut(report.private.entries, labels.amount(report.profile.unit, report.private.total)));
  const entryTable = (rows: { date: string; title: string; activity: string | null; hours: number }[], activityHead: string): SimpleTable => ({
    head: [labels.date, labels.title, activityHead, labels.hours],
    rows: rows.map((r) => [r.date, r.title, r.activity ?? labels.noActivity, String(r.hours)]),
    numeric: [false, false, false, true],
  });
  if (notCounted.entries > 0) {
    tables.push({
      heading: labels.notCountedHeading,
      intro: labels.notCountedIntro(notCounted.entries, notCounted.hours, report.profile.name),
      table: entryTable(notCounted.rows, labels.writtenActivity),
    });
  }
  if (planned.length > 0) tables.push({ heading: labels.plannedHeading, intro: '', table: entryTable(planned, labels.activity) });
  if (unfinished.listed && unfinished.count > 0) {
    tables.push({
      heading: labels.unfinishedHeading,
      intro: '',
      table: {
        head: [labels.date, labels.shortId, labels.title, labels.note],
        rows: unfinished.notes.map((n) => [n.date, n.shortId, n.title ?? '', n.text ?? '']),
        numeric: [false, false, false, false],
      },
    });
  }
  if (skipped.length > 0) {
    tables.push({
      heading: labels.skippedHeading,
      intro: '',
      table: { head: [labels.file, labels.line, labels.problem], rows: skipped.map((p) => [p.path, String(p.line), p.message]), numeric: [false, true, false] },
    });
  }
  return { lines, tables };
}
