import { describe, expect, it } from 'vitest';
import { formatLq, formatShare, formatValue, MISSING_TEXT } from '../../src/lib/format';

describe('format', () => {
  it('counts get thousands separators and no decimals', () => {
    expect(formatValue(1234567)).toBe('1,234,567');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(12.34)).toBe('12.3');
  });
  it('shares are percentages to one decimal place', () => {
    expect(formatShare(0.12345)).toBe('12.3%');
  });
  it('LQs have two decimals', () => {
    expect(formatLq(1.005)).toBe('1.00');
    expect(formatLq(2.456)).toBe('2.46');
  });
  it('missing is a dash, never zero or NaN', () => {
    for (const f of [formatValue, formatShare, formatLq]) {
      expect(f(Number.NaN)).toBe(MISSING_TEXT);
      expect(f(Number.POSITIVE_INFINITY)).toBe(MISSING_TEXT);
    }
  });
});
