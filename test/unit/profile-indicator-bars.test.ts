// The indicator profile chart's data and axis (issue 14, item 5), against figures worked by hand.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { indicatorAxis, indicatorBars } from '../../src/lib/profile/indicator-bars';

describe('indicatorBars', () => {
  it('lists every sector of the area by value, highest first, missing last; no share or LQ', () => {
    let n = 1;
    const row = (area: string, sector: string, value: number | null, flag: 'suppressed' | null = null) => ({
      areaCode: area,
      areaName: area,
      sectorCode: sector,
      sectorName: `Sector ${sector}`,
      year: '2021',
      value,
      flag,
      ci95: null,
      row: ++n,
    });
    const cube = buildCube([
      row('E06000001', 'a', -3.5),
      row('E06000001', 'b', 12),
      row('E06000001', 'c', null, 'suppressed'),
      row('E06000001', 'd', 0),
      row('E06000002', 'a', 99),
    ]);
    const bars = indicatorBars(cube, cube.areaIndex.get('E06000001')!, 0);
    expect(bars.map((b) => [b.sector.code, b.value, b.missing])).toEqual([
      ['b', 12, false],
      ['d', 0, false],
      ['a', -3.5, false],
      ['c', NaN, true],
    ]);
    expect(bars[3].flag).toBe('suppressed');
    expect(Object.keys(bars[0])).not.toContain('lq');
    expect(Object.keys(bars[0])).not.toContain('share');
  });
});

describe('indicatorAxis', () => {
  it('starts from 0 for figures of one sign, and holds 0', () => {
    expect(indicatorAxis([5, 12, 7])).toEqual({ baseline: 0, lo: 0, hi: 12 });
  });
  it('runs either side of 0 when some figures are negative', () => {
    expect(indicatorAxis([-3.5, 1.25, 4, NaN])).toEqual({ baseline: 0, lo: -3.5, hi: 4 });
    expect(indicatorAxis([-8, -2])).toEqual({ baseline: 0, lo: -8, hi: 0 });
  });
  it('an index with a neutral value starts from it (UK = 100)', () => {
    expect(indicatorAxis([82, 97, 131], 100)).toEqual({ baseline: 100, lo: 82, hi: 131 });
    expect(indicatorAxis([104, 110], 100)).toEqual({ baseline: 100, lo: 100, hi: 110 });
  });
  it('no figure at all still gives an axis around the baseline', () => {
    expect(indicatorAxis([NaN])).toEqual({ baseline: 0, lo: -1, hi: 1 });
  });
});
