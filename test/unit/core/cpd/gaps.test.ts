import { describe, expect, it } from 'vitest';
import { cpdGaps, wholeMonths } from '../../../../src/core/cpd/gaps.js';

describe('gaps of three months or more in a CPD record (HCPC asks for each to be explained)', () => {
  it('counts whole calendar months', () => {
    expect(wholeMonths('2026-01-10', '2026-04-10')).toBe(3);
    expect(wholeMonths('2026-01-10', '2026-04-09')).toBe(2);
    expect(wholeMonths('2026-01-31', '2026-04-30')).toBe(2);
    expect(wholeMonths('2025-11-20', '2026-02-20')).toBe(3);
  });

  it('lists the gap before the first activity, between activities and since the last, with their dates', () => {
    const span = { from: '2025-01-01', to: '2026-11-27' };
    const gaps = cpdGaps(['2025-05-01', '2025-06-15', '2025-06-15', '2025-10-01', '2026-10-01'], span);
    expect(gaps).toEqual([
      { from: '2025-01-01', to: '2025-05-01', days: 120, months: 4, kind: 'before-first' },
      { from: '2025-06-15', to: '2025-10-01', days: 108, months: 3, kind: 'between' },
      { from: '2025-10-01', to: '2026-10-01', days: 365, months: 12, kind: 'between' },
    ]);
    expect(cpdGaps(['2026-01-01'], { from: '2026-01-01', to: '2026-06-30' })).toEqual([{ from: '2026-01-01', to: '2026-06-30', days: 180, months: 5, kind: 'since-last' }]);
  });

  it('a record with nothing in it is one gap; a continuous record has none; activities outside the span are ignored', () => {
    expect(cpdGaps([], { from: '2026-01-01', to: '2026-05-01' })).toEqual([{ from: '2026-01-01', to: '2026-05-01', days: 120, months: 4, kind: 'since-last' }]);
    expect(cpdGaps(['2026-02-01', '2026-04-01', '2026-06-01'], { from: '2026-01-01', to: '2026-07-01' })).toEqual([]);
    expect(cpdGaps(['2020-01-01'], { from: '2026-01-01', to: '2026-02-01' })).toEqual([]);
  });
});
