import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { formatLocalDate } from '../../../src/codecs/dates.js';
import { parseDateFast } from '../../../src/codecs/natural-date.js';

const PHRASES = ['yesterday', 'last week', 'last month', 'last year', 'this month', 'this year', '3 days ago', '2 weeks ago', '6 months ago', '1 year ago', 'a year ago', 'an hour ago', 'one month ago', '10 years ago'];

describe('relative dates without chrono-node', () => {
  it('gives the same date chrono-node gives, for every day of two years', () => {
    const answered = new Map<string, number>();
    for (let day = 0; day < 730; day += 1) {
      const now = new Date(2025, 0, 1 + day, 12);
      for (const phrase of PHRASES) {
        const fast = parseDateFast(phrase, now);
        if (fast === null) continue; // left to chrono, which then answers: nothing of ours to compare
        answered.set(phrase, (answered.get(phrase) ?? 0) + 1);
        const slow = chrono.en.GB.parseDate(phrase, now, { forwardDate: false });
        expect(fast, `${phrase} on ${formatLocalDate(now)}`).toBe(slow ? formatLocalDate(slow) : undefined);
      }
    }
    // The comparison above really ran: every day-sized phrase is answered on most days (month ends send "last month"
    // and its kind to chrono), and only "an hour ago", which is not about days, is always left to chrono. A fast path
    // that declined everything would fail here instead of passing silently.
    for (const phrase of PHRASES) {
      if (phrase === 'an hour ago') expect(answered.get(phrase), phrase).toBeUndefined();
      else expect(answered.get(phrase), phrase).toBeGreaterThan(600);
    }
  });

  it('answers the common phrases itself and leaves the rest to chrono', () => {
    const now = new Date(2026, 10, 27, 12);
    expect(parseDateFast('last year', now)).toBe('2025-11-27');
    expect(parseDateFast('2 weeks ago', now)).toBe('2026-11-13');
    expect(parseDateFast('the 3rd of March', now)).toBeNull();
    expect(parseDateFast('last month', new Date(2026, 2, 31, 12))).toBeNull();
  });
});
