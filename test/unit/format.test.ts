import { describe, expect, it } from 'vitest';
import {
  compareNames,
  formatValueIn,
  formatLq,
  formatMetric,
  formatShare,
  formatValue,
  legendFormat,
  MISSING_TEXT,
} from '../../src/lib/format';

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

describe('formatMetric', () => {
  it('signs changes and keeps missing as a dash', async () => {
    const { formatMetric } = await import('../../src/lib/format');
    expect(formatMetric('growth', 12.345)).toBe('+12.3%');
    expect(formatMetric('growth', -4)).toBe('−4.0%');
    expect(formatMetric('lqChange', 0.1234)).toBe('+0.12');
    expect(formatMetric('lq', 1.8)).toBe('1.80');
    expect(formatMetric('share', 0.25)).toBe('25.0%');
    expect(formatMetric('value', 3330)).toBe('3,330');
    expect(formatMetric('growth', Number.NaN)).toBe('–');
  });
});

describe('compareNames', () => {
  it('ignores case and accents, then breaks ties on the exact text', () => {
    const names = ['bristol', 'Bath', 'Ébène', 'Ealing', 'Bristol', 'ealing', 'York'];
    expect([...names].sort(compareNames)).toEqual(['Bath', 'Bristol', 'bristol', 'Ealing', 'ealing', 'Ébène', 'York']);
    expect(compareNames('Dorset', 'Dorset')).toBe(0);
  });
  it('puts a shorter name and a space before a longer word, as a dictionary does', () => {
    expect(['Blackburn with Darwen', 'Black Country', 'Black'].sort(compareNames)).toEqual([
      'Black',
      'Black Country',
      'Blackburn with Darwen',
    ]);
  });
});

describe('legendFormat', () => {
  it('writes a GPA class limit with two decimals, so 3 reads 3.00 and 3.123 reads 3.12', () => {
    const gpa = legendFormat('value', 'GPA');
    expect(gpa(3)).toBe('3.00');
    expect(gpa(3.123)).toBe('3.12');
    expect(gpa(2.996)).toBe('3.00');
    expect(gpa(Number.NaN)).toBe(MISSING_TEXT);
  });
  it('formatMetric writes a GPA with two decimals wherever it shows (tooltip, table, ranking): 3.512 is 3.51', () => {
    expect(formatMetric('value', 3.512, 'GPA')).toBe('3.51');
    expect(formatMetric('value', 3.5, 'GPA')).toBe('3.50');
    expect(formatMetric('value', Number.NaN, 'GPA')).toBe(MISSING_TEXT);
    expect(formatMetric('value', 3.512)).toBe('3.5'); // any other unit: one decimal, as before
    expect(formatMetric('value', 168.5, 'FTE')).toBe('168.5');
    expect(formatMetric('lq', 1.234, 'GPA')).toBe('1.23');
  });
  it('leaves other units and measures as formatMetric writes them', () => {
    expect(legendFormat('value', 'FTE')(3)).toBe('3');
    expect(legendFormat('value', undefined)(3.25)).toBe('3.3');
    expect(legendFormat('lq', 'GPA')(1.234)).toBe('1.23');
  });
});

describe('formatValueIn', () => {
  it('writes £ million and £ thousands as people do, other units after the figure, and missing as missing', () => {
    expect(formatValueIn(1757, '£m')).toBe('£1,757m');
    // UKRI awards (£ thousands): Black Country's AHRC awards over five years, not "801 £ thousands".
    expect(formatValueIn(801, '£ thousands')).toBe('£801k');
    expect(formatValueIn(286507, '£ thousands')).toBe('£286,507k');
    expect(formatValueIn(4735, 'enterprises')).toBe('4,735 enterprises');
    expect(formatValueIn(80, '')).toBe('80');
    expect(formatValueIn(NaN, '£m')).toBe('–');
  });
});
