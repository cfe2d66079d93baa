import { describe, expect, it } from 'vitest';
import { playStart, stepYear } from '../../src/lib/time/year-steps';

const YEARS = ['1998', '1999', '2000'];

describe('stepping through years', () => {
  it('steps one year either way and stops at the ends', () => {
    expect(stepYear(YEARS, '1999', 1)).toBe('2000');
    expect(stepYear(YEARS, '1999', -1)).toBe('1998');
    expect(stepYear(YEARS, '2000', 1)).toBeNull();
    expect(stepYear(YEARS, '1998', -1)).toBeNull();
    expect(stepYear(YEARS, '1990', 1)).toBeNull();
  });

  it('plays from the next year, or from the start when at the last', () => {
    expect(playStart(YEARS, '1998')).toBe('1999');
    expect(playStart(YEARS, '2000')).toBe('1998');
    expect(playStart(['2022'], '2022')).toBeNull();
  });
});
