import { stringify } from 'csv-stringify/sync';
import { cellText, type CpdReport } from '../core/cpd/cpd-report.js';

/** The last column: the entry's id, so a script can join the rows back to the journal. */
export const CSV_ID_COLUMN = 'Entry id';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return at the start) gets a leading
 * apostrophe, which spreadsheets show as text (OWASP "CSV injection"). Numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The CPD log as CSV: RFC 4180 (CRLF line ends, quotes doubled, a cell with a line break quoted), UTF-8 with a byte-order mark so spreadsheets
 * read accents and dashes correctly, one header row of the profile's column names, one row per entry.
 */
export function renderCpdCsv(report: CpdReport): string {
  const numeric = new Set(['hours', 'participatory', 'credits']);
  const header = [...report.log.columns.map((c) => c.name), CSV_ID_COLUMN];
  const rows = report.log.rows.map((row) => [
    ...report.log.columns.map((c) => {
      const text = cellText(row, c.field);
      return numeric.has(c.field) ? text : neutraliseFormula(text);
    }),
    row.id,
  ]);
  // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a bare line feed, and a reflection written
  // in an editor has bare line feeds: every cell holding a line break is quoted (issue 12: 28 records read as 30).
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
