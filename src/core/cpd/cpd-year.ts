/**
 * The CPD year containing `today`, given the day it starts (MM-DD, e.g. 04-01 for an April appraisal year).
 * Returns inclusive YYYY-MM-DD bounds.
 */
export function cpdYear(today: string, yearStart: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const startThisYear = `${year}-${yearStart}`;
  const startYear = today >= startThisYear ? year : year - 1;
  const from = `${startYear}-${yearStart}`;
  const next = new Date(Date.UTC(startYear + 1, Number(yearStart.slice(0, 2)) - 1, Number(yearStart.slice(3, 5)) - 1));
  return { from, to: next.toISOString().slice(0, 10) };
}
