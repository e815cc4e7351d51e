import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderStats } from '../../../src/commands/stats.js';
import type { CpdStats } from '../../../src/core/cpd/cpd-stats.js';
import type { RequirementResult } from '../../../src/core/cpd/cpd-totals.js';
import { displayWidth, fitLines } from '../../../src/ui/fit-table.js';
import { Ui } from '../../../src/ui/output.js';

const ui = new Ui({ stdout: new PassThrough(), stderr: new PassThrough() }, { color: false, env: {} });
const span = { from: '2026-04-01', to: '2027-03-31' };
const requirement = (name: string, per: RequirementResult['per'], achieved: number, required: number): RequirementResult => ({
  id: name,
  name,
  measure: 'hours',
  per,
  comparison: 'at-least',
  required,
  achieved,
  met: achieved >= required,
  span,
});
const stats: CpdStats = {
  profile: { id: 'nmc', name: 'NMC revalidation', unit: 'hours' },
  period: { ...span, label: 'appraisal year', source: 'profile' },
  entries: 3,
  hours: 7.5,
  participatoryHours: 3,
  credits: 0,
  months: [{ month: '2026-04', entries: 3, hours: 7.5 }],
  activities: [],
  categories: [],
  learnedWith: [],
  requirements: [requirement('Participatory learning', 'cycle', 3, 20), requirement('Continuing professional development', 'year', 7.5, 35)],
  tags: [],
};

describe('stats progress at the width of the terminal', () => {
  it('fits every line at 80 and 50 columns; on a narrow terminal the requirement takes a line of its own', () => {
    for (const columns of [80, 50]) {
      const text = fitLines(renderStats(stats, ui, columns, columns), columns);
      expect(Math.max(...text.split('\n').map(displayWidth))).toBeLessThanOrEqual(columns);
      expect(text).toContain('lowest year: 7.5 hours');
    }
    expect(fitLines(renderStats(stats, ui, 80, 80), 80)).toContain('lowest year: 7.5 hours / at least 35 hours  21%  not yet met');
    const narrow = renderStats(stats, ui, 50, 50).split('\n');
    expect(narrow).toContain('  Participatory learning (over the cycle)');
  });

  it('keeps each requirement on one line when piped, for whatever reads it', () => {
    const piped = renderStats(stats, ui, 80).split('\n');
    expect(piped.some((line) => line.startsWith('  Participatory learning') && line.includes('3 hours / at least 20 hours'))).toBe(true);
  });
});
