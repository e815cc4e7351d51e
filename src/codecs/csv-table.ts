import { parse } from 'csv-parse/sync';

/** A spreadsheet saved as CSV: its header row, and the rows under it with their 1-based line in the file. */
export interface CsvTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; line: number; message: string };

/**
 * Reads CSV as spreadsheets save it (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF, a
 * byte-order mark), with a comma, semicolon or tab between cells (whichever the header row uses most). Rows that
 * are wholly empty are skipped; a row may have fewer cells than the header.
 */
export function parseCsvTable(text: string): CsvTableResult {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]?.d ?? ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, bom: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 1);
    return { ok: false, line, message: `not valid CSV (${(error as { code?: string }).code ?? 'parse error'})` };
  }
  const [head, ...rest] = records;
  if (!head) return { ok: false, line: 1, message: 'the file is empty: a CPD log needs a header row, then one row per activity' };
  const rows = rest
    .filter((r) => r.record.some((cell) => cell.trim() !== ''))
    .map((r) => ({ line: r.info.lines, cells: r.record }));
  return { ok: true, table: { header: head.record.map((h) => h.trim()), rows } };
}
