import { describe, expect, it } from 'vitest';
import { allowedMetric, allowedSort, measureKindOf, metricsFor, scaleFor } from '../../src/lib/metrics';
import { METRICS } from '../../src/lib/map/classify';
import { buildChoropleth } from '../../src/lib/map/choropleth';
import { growth } from '../../src/lib/metrics';
import { buildCube } from '../../src/lib/data/cube';

describe('measure kind', () => {
  it('a dataset without measureKind is a count with every metric but share of England (a REF volume’s alone)', () => {
    expect(measureKindOf({})).toBe('count');
    expect(measureKindOf(null)).toBe('count');
    expect(metricsFor('count')).toEqual(METRICS.filter((m) => m !== 'englandShare'));
    expect(metricsFor('count', true, true)).toEqual(METRICS);
  });

  it('an indicator has no share, LQ or LQ change', () => {
    expect(metricsFor('indicator')).toEqual(['value', 'growth']);
    expect(allowedMetric('indicator', 'lq')).toBe('value');
    expect(allowedMetric('indicator', 'share')).toBe('value');
    expect(allowedMetric('indicator', 'growth')).toBe('growth');
    expect(allowedMetric('count', 'lq')).toBe('lq');
  });

  it("an indicator's table is never ordered by a share, LQ or LQ change it does not show: by its value instead", () => {
    // The default sort is 'lq': the productivity table came out in the order of LQs computed on indices.
    expect(allowedSort('indicator', 'lq')).toBe('value');
    expect(allowedSort('indicator', 'share')).toBe('value');
    expect(allowedSort('indicator', 'englandShare')).toBe('value');
    expect(allowedSort('indicator', 'lqChange')).toBe('value');
    expect(allowedSort('indicator', 'name')).toBe('name');
    expect(allowedSort('indicator', 'growth')).toBe('growth');
    expect(allowedSort('count', 'lq')).toBe('lq');
  });

  it("an indicator with negative values diverges from 0; a count's value stays sequential", () => {
    expect(scaleFor('value', 'indicator', [-3, 1, 2])).toMatchObject({
      kind: 'diverging',
      centre: 0,
      transform: 'linear',
    });
    expect(scaleFor('value', 'indicator', [98, 101, 104]).kind).toBe('sequential');
    expect(scaleFor('value', 'count', [0, 5]).kind).toBe('sequential');
  });

  it('negative indicator values are coloured, not treated as missing', () => {
    const values = [-3, -1, 0, 1, 3];
    const c = buildChoropleth('value', 'continuous', values, { scale: scaleFor('value', 'indicator', values) });
    for (const v of values) expect(c.colour(v)).not.toBeNull();
    // −3 and +3 sit at the two ends of the ramp, 0 in the middle.
    expect(c.position(-3)).toBeCloseTo(0);
    expect(c.position(0)).toBeCloseTo(50);
    expect(c.position(3)).toBeCloseTo(100);
  });

  it('growth of a negative start value is not a percentage', () => {
    const cube = buildCube([
      {
        areaCode: 'A',
        areaName: 'A',
        sectorCode: 'x',
        sectorName: 'X',
        year: '2020',
        value: -10,
        flag: null,
        ci95: null,
        row: 2,
      },
      {
        areaCode: 'A',
        areaName: 'A',
        sectorCode: 'x',
        sectorName: 'X',
        year: '2021',
        value: -5,
        flag: null,
        ci95: null,
        row: 3,
      },
    ]);
    const g = growth(cube, 0, 0, 0, 1);
    expect(g.change).toBe(5);
    expect(g.pct).toBeNaN();
  });
});

describe('an index with a neutral value', () => {
  it('diverges from it (productivity: UK = 100), and only for the value of an indicator', () => {
    expect(scaleFor('value', 'indicator', [80, 100, 130], 100)).toMatchObject({
      kind: 'diverging',
      centre: 100,
      transform: 'linear',
    });
    expect(scaleFor('growth', 'indicator', [80, 100, 130], 100).centre).toBe(0);
    expect(scaleFor('value', 'count', [80, 100, 130], 100).kind).toBe('sequential');
  });
});
