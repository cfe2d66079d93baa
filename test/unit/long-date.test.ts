// Dates written out in full, worked by hand.
import { describe, expect, it } from 'vitest';
import { longDate } from '../../src/lib/long-date';

describe('longDate', () => {
  it('writes the day without a leading zero, the month in full, then the year', () => {
    expect(longDate(new Date(2026, 11, 2))).toBe('2 December 2026');
    expect(longDate(new Date(2024, 1, 29))).toBe('29 February 2024');
    expect(longDate(new Date(2023, 0, 1, 23, 59))).toBe('1 January 2023');
  });
  it('says what en-GB toLocaleDateString says, for a day in each month', () => {
    for (let m = 0; m < 12; m++) {
      const d = new Date(2025, m, 15);
      expect(longDate(d)).toBe(d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    }
  });
});
