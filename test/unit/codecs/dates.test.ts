import { describe, expect, it } from 'vitest';
import { addDays, formatTimestamp, parseIsoDate } from '../../../src/codecs/dates.js';
import { dateParserFor, loadDateParser, parseDateFast } from '../../../src/codecs/natural-date.js';
import { cpdYear } from '../../../src/core/cpd/cpd-year.js';

const NOW = new Date('2026-11-27T12:00:00');

describe('dates', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2024-02-30', undefined],
    ['2023-02-29', undefined],
    ['2024-13-01', undefined],
    ['2024-00-10', undefined],
    ['24-01-01', undefined],
  ])('reads %s strictly', (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-25', 7)).toBe('2027-01-01');
    expect(formatTimestamp(new Date('2026-11-27T10:11:12.345Z'))).toBe('2026-11-27T10:11:12Z');
  });

  it('understands the dates people type', async () => {
    const parse = await loadDateParser();
    expect(parse('yesterday', NOW)).toBe('2026-11-26');
    expect(parse('last Tuesday', NOW)).toBe('2026-11-24');
    expect(parse('2 weeks ago', NOW)).toBe('2026-11-13');
    expect(parse('27/11/2025', NOW)).toBe('2025-11-27');
    expect(parse('today', NOW)).toBe('2026-11-27');
    expect(parse('2024-02-30', NOW)).toBeUndefined();
    expect(parse('banana', NOW)).toBeUndefined();
  });

  it('does not load the language library for ISO dates', async () => {
    expect(parseDateFast('2026-01-02', NOW)).toBe('2026-01-02');
    expect(parseDateFast('the 3rd of March', NOW)).toBeNull(); // 'last week' and the like are answered without chrono too
    const parse = await dateParserFor(['2026-01-02', undefined], NOW);
    expect(parse('2026-01-02', NOW)).toBe('2026-01-02');
  });

  it('finds the CPD year around a date for a given start day', () => {
    expect(cpdYear('2026-11-27', '01-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(cpdYear('2026-11-27', '04-01')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(cpdYear('2026-02-27', '04-01')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });
});
