import { describe, expect, it } from 'vitest';
import { signedPart, wholeParts } from '../../src/lib/profile/shift-share-table';

describe('shift-share table: how parts are written', () => {
  it('rounds to whole numbers once the change or national growth reaches 100, either way', () => {
    expect(wholeParts({ total: 99.9, national: -99.9 })).toBe(false);
    expect(wholeParts({ total: -100, national: 3 })).toBe(true);
    expect(wholeParts({ total: 12, national: 100 })).toBe(true);
  });

  it('signs whole parts, with thousands separated', () => {
    expect(signedPart(1234.4, true)).toBe('+1,234');
    expect(signedPart(-1234.6, true)).toBe('−1,235');
  });

  it('keeps one decimal for small figures', () => {
    expect(signedPart(2.46, false)).toBe('+2.5');
    expect(signedPart(-0.26, false)).toBe('−0.3');
  });

  it('writes a part that rounds to nothing as a plain 0 (no sign), and no figure as the missing mark', () => {
    expect(signedPart(0.4, true)).toBe('0');
    expect(signedPart(-0.04, false)).toBe('0');
    expect(signedPart(NaN, true)).toBe('–');
  });
});
