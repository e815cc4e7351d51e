import { describe, expect, it } from 'vitest';
import { parseHours, parseParticipatory } from '../../../src/codecs/hours.js';

describe('hours as clinicians write them (issue 12)', () => {
  it.each([
    [1.5, 1.5],
    ['1.5', 1.5],
    ['1,5', 1.5],
    [',5', 0.5],
    ['2', 2],
    ['2h', 2],
    ['1h30', 1.5],
    ['1h 30', 1.5],
    ['1 h 30 min', 1.5],
    ['2h15', 2.25],
    ['7h30', 7.5],
    ['7H30M', 7.5],
    ['90 min', 1.5],
    ['45 min', 0.75],
    ['45m', 0.75],
    ['20 minutes', 0.33],
    ['1:30', 1.5],
    ['1.5 hours', 1.5],
    ['1 hour', 1],
    ['0', 0],
    [1000, 1000],
  ])('%j is %d hours', (input, hours) => {
    expect(parseHours(input)).toEqual({ ok: true, hours });
  });

  it.each([['lots'], [''], ['-1'], [-1], ['1h75'], ['1:75'], [1000.5], ['1.5.2'], [Number.NaN], [true], [null], [['1']]])('refuses %j', (input) => {
    expect(parseHours(input)).toEqual({ ok: false });
  });

  it('participatory: true is all the hours, false none, anything else an amount of time', () => {
    expect(parseParticipatory(true, 7)).toEqual({ ok: true, hours: 7 });
    expect(parseParticipatory('all', 2.5)).toEqual({ ok: true, hours: 2.5 });
    expect(parseParticipatory(false, 7)).toEqual({ ok: true, hours: 0 });
    expect(parseParticipatory('45 min', 7)).toEqual({ ok: true, hours: 0.75 });
    expect(parseParticipatory('most', 7)).toEqual({ ok: false });
  });
});
