import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCohortSummary, standingOf, type CohortReport } from '../../../../src/core/cpd/cohort.js';
import { buildCpdReport } from '../../../../src/core/cpd/cpd-report.js';
import type { RequirementResult } from '../../../../src/core/cpd/cpd-totals.js';
import { renderCohortCsv, renderCohortHtml, renderCohortJson } from '../../../../src/exporters/cohort-summary.js';
import { cpdReportOptions, makeEntry } from '../../../helpers/make-entry.js';

const requirement = (over: Partial<RequirementResult>): RequirementResult => ({
  id: 'cpd-hours',
  name: 'CPD hours',
  measure: 'hours',
  per: 'period',
  comparison: 'at-least',
  required: 35,
  achieved: 20.5,
  met: false,
  span: { from: '2024-04-01', to: '2027-03-31' },
  ...over,
});

function trainee(name: string, hours: number[], number: string | null = null): CohortReport {
  const entries = hours.map((h, i) => makeEntry({ date: `2026-0${i + 1}-10`, title: `Course ${i + 1}`, activity: 'course', hours: h, participatory: h }));
  const cpd = buildCpdReport(entries, cpdReportOptions('nmc', {
    period: { from: '2024-04-01', to: '2027-03-31', label: 'revalidation cycle', source: 'cycle-start' },
    yearStart: '04-01',
    today: '2026-11-27',
    journal: `${name}'s journal`,
    registrant: { name, registrationNumber: number },
  }));
  return { name, journal: `trainees/${name.split(' ')[0]?.toLowerCase()}`, report: `${name.split(' ')[0]?.toLowerCase()}.html`, cpd, unreadableEntries: 0 };
}

describe('the cohort summary: each trainee against each requirement, who is behind and by how much', () => {
  it('behind by what is missing (at least), or by how much it is over (at most, the longest gap); met is 0', () => {
    expect(standingOf(requirement({})).behindBy).toBe(14.5);
    expect(standingOf(requirement({ achieved: 40, met: true })).behindBy).toBe(0);
    expect(standingOf(requirement({ measure: 'longest-gap-days', comparison: 'at-most', required: 90, achieved: 133 })).behindBy).toBe(43);
  });

  it('the most behind first, then by name; the journals that could not be read listed with why', () => {
    const summary = buildCohortSummary(
      [trainee('Sam Nurse', [30, 10], '12A3456E'), trainee('Jo Nurse', [3]), trainee('Ali Nurse', [4])],
      [{ name: 'broken', journal: 'trainees/broken', problem: 'trainees/broken/mindlines.yaml:2: not valid YAML' }],
      '2026-11-27T12:00:00Z',
    );
    expect(summary.schema).toBe('mindlines.cpd-cohort/1');
    expect(summary.trainees.map((t) => [t.name, t.behind])).toEqual([
      ['Ali Nurse', 5],
      ['Jo Nurse', 5],
      ['Sam Nurse', 3],
    ]);
    const sam = summary.trainees[2];
    expect(sam?.registrationNumber).toBe('12A3456E');
    expect(sam?.requirements.find((r) => r.id === 'cpd-hours')).toMatchObject({ required: 35, achieved: 40, met: true, behindBy: 0 });
    expect(summary.trainees[1]?.requirements.find((r) => r.id === 'cpd-hours')).toMatchObject({ achieved: 3, behindBy: 32 });
    expect(summary.unreadable).toEqual([{ name: 'broken', journal: 'trainees/broken', problem: 'trainees/broken/mindlines.yaml:2: not valid YAML' }]);
  });

  it('CSV: a row per trainee and requirement and per unreadable journal, read back by a CSV parser', () => {
    const summary = buildCohortSummary([trainee('=cmd|calc Nurse', [3])], [{ name: 'x', journal: 'x', problem: 'line one\nline two' }], 't');
    const rows = parse(renderCohortCsv(summary), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5 + 1);
    expect(rows[0]).toMatchObject({ Trainee: "'=cmd|calc Nurse", Requirement: 'CPD hours', Required: '35', Achieved: '3', Unit: 'hours', Met: 'no', 'Behind by': '32', Status: 'behind' });
    expect(rows[5]).toMatchObject({ Trainee: 'x', Status: 'unreadable', Problem: 'line one\nline two' });
  });

  it('HTML: a table per profile linking each trainee to their report, shortfalls said, names escaped', () => {
    const summary = buildCohortSummary([trainee('<img src=x onerror=alert(1)> Nurse', [3]), trainee('Sam Nurse', [40])], [], 't');
    const html = renderCohortHtml(summary);
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('<h2>NMC revalidation</h2>');
    expect(html).toContain('<a href="sam.html">Sam Nurse</a>');
    expect(html).toContain('3 / 35 hours<div class="note">32 hours short</div>');
    expect(html).toContain('<td class="met">40 / 35 hours</td>');
    expect(JSON.parse(renderCohortJson(summary)).trainees).toHaveLength(2);
  });
});
