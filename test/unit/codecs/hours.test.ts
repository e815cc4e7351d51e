import { describe, expect, it } from 'vitest';
import { parseHours } from '../../../src/codecs/hours.js';

describe('hours as a tired clinician types them', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['0.25', 0.25],
    [',5', 0.5],
    ['2', 2],
    ['1h30', 1.5],
    ['1h 30', 1.5],
    ['1 h 30 min', 1.5],
    ['1 hour 30 minutes', 1.5],
    ['1 hour and 15 minutes', 1.25],
    ['2 hours', 2],
    ['1.5h', 1.5],
    ['1,5 h', 1.5],
    ['90 min', 1.5],
    ['45m', 0.75],
    ['20 minutes', 0.33],
    ['1:30', 1.5],
    ['0:45', 0.75],
    ['  3 HRS ', 3],
  ])('reads %j as %d hours', (text, hours) => {
    expect(parseHours(text)).toBe(hours);
  });

  it.each(['', 'an hour', '-1', '1:75', 'h30', '1h30h', '1.5.2', 'ninety minutes'])('refuses %j', (text) => {
    expect(parseHours(text)).toBeUndefined();
  });
});
