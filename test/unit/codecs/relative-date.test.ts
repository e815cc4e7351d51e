import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/codecs/dates.js';
import { parseRelativeDate } from '../../../src/codecs/relative-date.js';

describe('relative dates without chrono-node', async () => {
  const { GB } = await import('chrono-node/en');
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const days = Array.from({ length: 14 }, (_, i) => addDays('2026-11-16', i));

  it('agrees with chrono-node on the phrases both read, on every day of two weeks', () => {
    const phrases = ['today', 'yesterday', 'tonight', 'this morning', 'last night', '3 days ago', '2 weeks ago', 'a week ago', 'one day ago'];
    for (const weekday of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']) phrases.push(`last ${weekday}`);
    for (const day of days) {
      const now = new Date(`${day}T12:00:00`);
      for (const phrase of phrases) {
        expect(parseRelativeDate(phrase, now), `${phrase} on ${day}`).toBe(iso(GB.parseDate(phrase, now, { forwardDate: false }) as Date));
      }
    }
  });

  it('reads a bare weekday as the most recent one, today included (a journal records the past)', () => {
    const friday = new Date('2026-11-27T12:00:00');
    expect(parseRelativeDate('Friday', friday)).toBe('2026-11-27');
    expect(parseRelativeDate('on Tuesday', friday)).toBe('2026-11-24');
    expect(parseRelativeDate('saturday', friday)).toBe('2026-11-21');
    expect(parseRelativeDate('tue', friday)).toBe('2026-11-24');
  });

  it('reads day-first dates with a year as chrono-node does, and refuses impossible ones', () => {
    const now = new Date('2026-11-27T12:00:00');
    for (const text of ['20/11/2026', '1/2/2025', '20.11.2026', '05-03-2024']) {
      expect(parseRelativeDate(text, now), text).toBe(iso(GB.parseDate(text, now, { forwardDate: false }) as Date));
    }
    expect(parseRelativeDate('30/02/2026', now)).toBeUndefined();
  });

  it('leaves everything else to the full parser', () => {
    const now = new Date('2026-11-27T12:00:00');
    for (const text of ['next month', 'last month', '20/11', 'soon', 'may', 'last smarch']) expect(parseRelativeDate(text, now), text).toBeUndefined();
  });
});
