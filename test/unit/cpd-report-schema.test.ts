import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FIELDS, MEASURES, PER } from '../../src/codecs/profile-types.js';
import { SECTION_ROLES } from '../../src/codecs/template.js';
import { buildCpdReport, CPD_REPORT_SCHEMA } from '../../src/core/cpd/cpd-report.js';
import { VISIBILITIES } from '../../src/core/entries/vocabulary.js';
import { CPD_REPORT_SCHEMA_FILE, cpdReportSchemaErrors } from '../helpers/cpd-schema.js';
import { cpdReportOptions, makeEntry } from '../helpers/make-entry.js';

// Issue 12, point 10: the JSON Schema of the report ships in the package, says what the code writes, and the
// README's example is a report it accepts.
const ROOT = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(CPD_REPORT_SCHEMA_FILE, 'utf8'));
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The ```json block of the README that follows the description of `--format json`. */
function readmeExample(): Record<string, unknown> {
  const from = readme.indexOf('**json** is the report itself');
  const block = /```json\n([\s\S]*?)\n```/.exec(readme.slice(from));
  if (from === -1 || !block) throw new Error('README: no ```json example after "**json** is the report itself"');
  return JSON.parse(block[1] as string);
}

function sampleReport() {
  return buildCpdReport(
    [
      makeEntry({ date: '2026-02-01', activity: 'course', hours: 2, participatory: true }, { 'What I understand now': 'Something.' }),
      makeEntry({ date: '2026-03-01', activity: 'ward-teaching', hours: 1 }),
      makeEntry({ date: '2026-08-01', activity: 'course', hours: 7 }),
      makeEntry({ date: '2026-04-01', template: 'quick', status: 'draft' }),
    ],
    cpdReportOptions('nmc', { period: { from: '2026-01-01', to: '2026-12-31', label: 'year', source: 'options' }, today: '2026-06-01', includeDrafts: true }),
  );
}

const keysOf = (value: unknown) => Object.keys(value as object).sort();

describe('the JSON Schema of the CPD report', () => {
  it('ships in the package and can be imported by name', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('schemas');
    expect(pkg.exports['./cpd-report.schema.json']).toBe('./schemas/cpd-report.schema.json');
    expect(schema.properties.schema.const).toBe(CPD_REPORT_SCHEMA);
  });

  it('lists the values the code writes: measures, periods, log fields, form boxes, visibilities', () => {
    expect(schema.$defs.requirement.properties.measure.enum).toEqual([...MEASURES]);
    expect(schema.$defs.requirement.properties.per.enum).toEqual([...PER]);
    expect(schema.properties.log.properties.columns.items.properties.field.enum).toEqual([...LOG_FIELDS]);
    expect(schema.$defs.account.properties.further.items.properties.role.enum).toEqual([...SECTION_ROLES]);
    expect(schema.$defs.logRow.properties.visibility.enum).toEqual(VISIBILITIES.map((v) => v.value));
  });

  it('accepts a report with every part filled, and refuses one that breaks it', () => {
    const report = sampleReport();
    expect(report.planned).toHaveLength(1);
    expect(report.notCounted.entries).toBe(1);
    expect(report.unfinished.listed).toBe(true);
    expect(cpdReportSchemaErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(cpdReportSchemaErrors({ ...report, period: { ...report.period, countedThrough: 'today' } })).not.toEqual([]);
    expect(cpdReportSchemaErrors({ ...report, surprise: true })).not.toEqual([]);
    const row = { ...report.log.rows[0], status: 'draft' };
    expect(cpdReportSchemaErrors({ ...report, log: { ...report.log, rows: [row] } })).not.toEqual([]);
  });

  it('the README example is a valid report with the same fields as one mindlines writes', () => {
    const example = readmeExample();
    expect(cpdReportSchemaErrors(example)).toEqual([]);
    const report = JSON.parse(JSON.stringify(sampleReport()));
    expect(keysOf(example)).toEqual(keysOf(report));
    for (const part of ['selection', 'profile', 'period', 'totals', 'notCounted', 'unfinished', 'private']) expect(keysOf(example[part])).toEqual(keysOf(report[part]));
    const exampleLog = example.log as { rows: object[] };
    expect(keysOf(exampleLog.rows[0])).toEqual(keysOf(report.log.rows[0]));
  });
});
