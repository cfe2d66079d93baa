import { describe, expect, it } from 'vitest';
import { buildChoropleth, legendItems } from '../../src/lib/map/choropleth';
import { classPositions, metricScale } from '../../src/lib/map/classify';

const fmt2 = (v: number) => v.toFixed(2);

describe('buildChoropleth', () => {
  const lqs = [0.3, 0.6, 0.9, 1, 1.1, 1.5, 2.5, Number.NaN, 0];
  it('LQ bands put values in the fixed log-symmetric classes', () => {
    const c = buildChoropleth('lq', 'bands', lqs);
    expect(c.legend.type).toBe('classes');
    expect(lqs.map((v) => c.position(v))).toEqual([0, 1, 2, 2, 2, 3, 4, -1, -1]);
  });
  it('missing (and LQ 0) get no colour, so the map draws its no-data pattern', () => {
    const c = buildChoropleth('lq', 'bands', lqs);
    expect(c.colour(Number.NaN)).toBeNull();
    expect(c.colour(0)).toBeNull();
    expect(c.colour(1)).toBe(metricScale('lq').interpolate(0.5));
  });
  it('the same LQ gets the same band colour whatever the other values are', () => {
    const a = buildChoropleth('lq', 'bands', [0.9, 1.5]);
    const b = buildChoropleth('lq', 'bands', [0.1, 9]);
    expect(a.colour(1.5)).toBe(b.colour(1.5));
  });
  it('continuous LQ colours 1 with the neutral middle colour', () => {
    const c = buildChoropleth('lq', 'continuous', lqs);
    expect(c.legend.type).toBe('continuous');
    expect(c.colour(1)).toBe(metricScale('lq').interpolate(0.5));
    expect(c.colour(2.5)).not.toBe(c.colour(0.4));
  });
  it('quantiles of shares split into the asked number of classes', () => {
    const c = buildChoropleth('share', 'quantiles', [1, 2, 3, 4, 5, 6, 7, 8], { classes: 4 });
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((v) => c.position(v))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
  it('manual breaks are used as given; none falls back to continuous', () => {
    const c = buildChoropleth('growth', 'manual', [-5, 0, 5], { manualBreaks: [0] });
    expect([-5, 0, 5].map((v) => c.position(v))).toEqual([0, 1, 1]);
    expect(buildChoropleth('growth', 'manual', [-5, 5]).method).toBe('continuous');
  });
  it('growth classes below zero are on the decline side of the ramp, above on the growth side', () => {
    const c = buildChoropleth('growth', 'manual', [-20, 20], { manualBreaks: [-10, 0, 10] });
    const s = metricScale('growth');
    expect(c.colour(-15)).not.toBe(c.colour(15));
    // Four classes; 0 opens the third ([0, 10)), so two classes lie below it and one above.
    const t = classPositions(s, 4, 2);
    expect(c.colour(-15)).toBe(s.interpolate(t[0]));
    expect(c.colour(15)).toBe(s.interpolate(t[3]));
    expect(t[0]).toBeLessThan(0.5);
    expect(t[3]).toBeGreaterThan(0.5);
  });
});

describe('legendItems', () => {
  it('labels LQ bands in words and marks the middle as the same as England', () => {
    const c = buildChoropleth('lq', 'bands', [0.5, 2]);
    expect(legendItems(c, fmt2, 'England').map((i) => i.label)).toEqual([
      'under 0.50',
      '0.50 to 0.80',
      '0.80 to 1.25 (about the same as England)',
      '1.25 to 2.00',
      '2.00 and over',
    ]);
    expect(legendItems(c, fmt2, 'England').map((i) => i.neutral)).toEqual([false, false, true, false, false]);
  });
  it('counts the areas in each class, leaving out missing values', () => {
    const c = buildChoropleth('lq', 'bands', [0.5, 2]);
    const counts = legendItems(c, fmt2, 'England', [0.3, 0.9, 1.1, 1.3, 5, 6, Number.NaN, 0]).map((i) => i.count);
    expect(counts).toEqual([1, 0, 2, 1, 2]);
  });
  it('has no neutral class on a sequential scale', () => {
    const c = buildChoropleth('share', 'equal', [0, 1], { classes: 2 });
    expect(legendItems(c, fmt2, 'England').map((i) => [i.label, i.neutral])).toEqual([
      ['under 0.50', false],
      ['0.50 and over', false],
    ]);
  });
});
