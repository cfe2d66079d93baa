// The pack's research income: each cell summed over the years, by hand.
import { describe, expect, it } from 'vitest';
import { buildCube, cellValue, cellFlag } from '../../src/lib/data/cube';
import { poolYears, pooledLabel } from '../../src/lib/pack/pool-years';
import { fundingPeriodWords } from '../../src/lib/pack/world';
import { row } from './fixtures-audit';

describe('poolYears', () => {
  // A LEP with AHRC 66 + 735 + 0 = 801 and EPSRC 0 in every year; England AHRC 100 + 900 + 50 = 1,050.
  const cube = buildCube([
    ...['2017/18', '2018/19', '2019/20'].map((y, i) => row('E37000001', 'AHRC', y, [66, 735, 0][i])),
    ...['2017/18', '2018/19', '2019/20'].map((y) => row('E37000001', 'EPSRC', y, 0)),
    ...['2017/18', '2018/19', '2019/20'].map((y, i) => row('E92000001', 'AHRC', y, [100, 900, 50][i])),
    ...['2017/18', '2018/19', '2019/20'].map((y, i) => row('E92000001', 'EPSRC', y, [10, null, 30][i])),
  ]);
  const pooled = poolYears(cube);
  const at = (a: string, s: string) => cellValue(pooled, pooled.areaIndex.get(a)!, pooled.sectorIndex.get(s)!, 0);

  it('makes one period named by its first and last years', () => {
    expect(pooled.years).toEqual(['2017/18 to 2019/20']);
    expect(pooledLabel(['2019/20'])).toBe('2019/20');
  });
  it('adds each cell’s years, a zero year included', () => {
    expect(at('E37000001', 'AHRC')).toBe(801);
    expect(at('E92000001', 'AHRC')).toBe(1050);
    expect(at('E37000001', 'EPSRC')).toBe(0);
  });
  it('leaves a cell unknown when any of its years is, never counting it as zero', () => {
    expect(at('E92000001', 'EPSRC')).toBeNaN();
    expect(cellFlag(pooled, pooled.areaIndex.get('E92000001')!, pooled.sectorIndex.get('EPSRC')!, 0)).toBe('missing');
  });
  it('returns a one-year cube as it is', () => {
    const one = buildCube([row('E37000001', 'AHRC', '2019/20', 5)]);
    expect(poolYears(one)).toBe(one);
  });
});

describe('fundingPeriodWords', () => {
  it('says how many financial years are added up, and which', () => {
    expect(fundingPeriodWords(['2015/16', '2016/17', '2017/18', '2018/19', '2019/20'])).toBe(
      'Research council awards are added up over the 5 financial years 2015/16 to 2019/20, as in the area profile’s science base: one year’s awards swing with a few large grants.',
    );
    expect(fundingPeriodWords(['2019/20'])).toBe('Research council awards in 2019/20.');
  });
});
