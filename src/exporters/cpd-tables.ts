import type { CpdReport } from '../core/cpd/cpd-report.js';
import type { Breakdown } from '../core/cpd/cpd-totals.js';
import { labels } from './labels.js';

/** Who and when: the facts at the top of every CPD document. */
export function whoAndWhen(report: CpdReport): [string, string][] {
  const rows: [string, string][] = [];
  const name = report.registrant.name ?? report.author;
  if (name) rows.push([labels.who, name]);
  if (report.registrant.registrationNumber) rows.push([report.registrant.numberLabel ?? labels.registrationNumber, report.registrant.registrationNumber]);
  rows.push([labels.journal, report.journal]);
  rows.push([labels.regulator, report.profile.regulator]);
  rows.push([labels.profile, `${report.profile.name} (${report.profile.id})`]);
  rows.push([labels.period, labels.periodText(report.period.from, report.period.to, report.period.label)]);
  if (report.authors.length > 0 && (report.authors.length > 1 || (report.authors[0] !== report.author && report.authors[0] !== name))) {
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
