// The pack's table cells as text and as spreadsheet formats, worked by hand.
import { describe, expect, it } from 'vitest';
import { cellText, countDigits, excelFormat } from '../../src/lib/pack/cells';

describe('pack table cells', () => {
  it('shows a number to its column’s places, trailing zeros kept', () => {
    expect(cellText(1.8, 2)).toBe('1.80');
    expect(cellText(2, 2)).toBe('2.00');
    expect(cellText(0.553, 2)).toBe('0.55');
    expect(cellText(3.842, 1)).toBe('3.8');
    expect(cellText(61.1, 1)).toBe('61.1');
  });

  it('separates thousands, writes a true minus, and gives zero no sign', () => {
    expect(cellText(100850, 0)).toBe('100,850');
    expect(cellText(4735, 0)).toBe('4,735');
    expect(cellText(-0.3, 1)).toBe('−0.3');
    expect(cellText(-1.29, 2)).toBe('−1.29');
    expect(cellText(-0.001, 2)).toBe('0.00');
  });

  it('missing is an en dash, never 0; text is left as it is', () => {
    expect(cellText(null, 2)).toBe('–');
    expect(cellText(NaN, 2)).toBe('–');
    expect(cellText('Manufacturing', null)).toBe('Manufacturing');
    expect(cellText('', null)).toBe('');
  });

  it('without places: whole numbers whole, others to 3', () => {
    expect(cellText(18, null)).toBe('18');
    expect(cellText(0.0884, null)).toBe('0.088');
  });

  it('Excel formats and the places of a column of counts', () => {
    expect(excelFormat(0)).toBe('#,##0');
    expect(excelFormat(2)).toBe('#,##0.00');
    expect(countDigits([4735, 3330])).toBe(0);
    expect(countDigits([3.842, 6.65])).toBe(1);
    expect(countDigits([NaN, 12])).toBe(0);
  });
});
