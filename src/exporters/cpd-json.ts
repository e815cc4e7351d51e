import type { CpdReport } from '../core/cpd/cpd-report.js';

/** The report as JSON (schema `mindlines.cpd-report/1`, documented in the README), for scripts. */
export function renderCpdJson(report: CpdReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
