// The ranking's axis: from 0 for counts, centred on the neutral value for a diverging scale (UK = 100).
import { describe, expect, it } from 'vitest';
import { rankingCentreLabel, rankingDomain } from '../../src/lib/charts/ranking-domain';

const seq = { kind: 'sequential' as const, centre: 0 };
const prod = { kind: 'diverging' as const, centre: 100 };

describe('rankingDomain', () => {
  it('runs from 0 to the largest count', () => {
    expect(rankingDomain([3, 10, NaN], seq)).toEqual([0, 10]);
    expect(rankingDomain([0, 0], seq)).toEqual([0, 1]);
  });
  it('centres productivity on 100: the farther side sets both (60 is 40 below, so 60…140)', () => {
    // |60 − 100| = 40, |130 − 100| = 30: the axis runs 100 ± 40.
    expect(rankingDomain([60, 130], prod)).toEqual([60, 140]);
    expect(rankingDomain([95, 180], prod)).toEqual([20, 180]);
    expect(rankingDomain([100], prod)).toEqual([99, 101]);
  });
  it('keeps growth centred on 0', () => {
    expect(rankingDomain([-5, 20], { kind: 'diverging', centre: 0 })).toEqual([-20, 20]);
  });
});

describe('rankingCentreLabel', () => {
  it('names the centre line by what it is', () => {
    expect(rankingCentreLabel('lq', { kind: 'diverging', centre: 1 }, { benchmark: 'England', unit: '' })).toBe(
      'England = 1',
    );
    expect(rankingCentreLabel('value', prod, { benchmark: 'x', unit: 'index (UK = 100)' })).toBe('UK = 100');
    expect(rankingCentreLabel('value', prod, { benchmark: 'x', unit: 'index' })).toBe('100');
    expect(rankingCentreLabel('growth', { kind: 'diverging', centre: 0 }, { benchmark: 'x', unit: '' })).toBe(
      'no change',
    );
    expect(rankingCentreLabel('value', seq, { benchmark: 'x', unit: 'enterprises' })).toBe('0');
  });
});
