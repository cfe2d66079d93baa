import { describe, expect, it } from 'vitest';
import { needsYears, oneYearNote } from '../../src/lib/profile/one-year';

describe('a one-year dataset in the profile', () => {
  it('names the year and what is left out', () => {
    expect(oneYearNote(['2021'])).toBe(
      'These figures are for one year only (2021), so this profile shows no growth, trend over time or shift-share.',
    );
  });
  it('says nothing when there are two or more years', () => {
    expect(oneYearNote(['2021', '2022'])).toBeNull();
  });
  it('leaves out the growth bubble chart, the trend and the shift-share, and keeps the rest', () => {
    expect(['profile-bubble', 'profile-series', 'profile-shift-share'].map(needsYears)).toEqual([true, true, true]);
    expect(['profile-bars', 'profile-compare', 'science-base'].map(needsYears)).toEqual([false, false, false]);
  });
});
