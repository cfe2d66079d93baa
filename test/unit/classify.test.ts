import { describe, expect, it } from 'vitest';
import {
  classColours,
  classPositions,
  classOf,
  computeBreaks,
  dataDomain,
  metricScale,
  parseManualBreaks,
  rampPosition,
  usableValues,
} from '../../src/lib/map/classify';

const lq = metricScale('lq');
const share = metricScale('share');
const growth = metricScale('growth');

describe('colour choice per metric', () => {
  it('LQ is diverging on log(LQ) centred on 1; growth diverging on 0; share and value sequential', () => {
    expect(lq).toMatchObject({ kind: 'diverging', transform: 'log', centre: 1 });
    expect(growth).toMatchObject({ kind: 'diverging', transform: 'linear', centre: 0 });
    expect(metricScale('lqChange')).toMatchObject({ kind: 'diverging', centre: 0 });
    expect(share.kind).toBe('sequential');
    expect(metricScale('value').kind).toBe('sequential');
  });

  it('high LQ is orange-brown, low LQ purple, and the middle is neutral-light', () => {
    const [r1, , b1] = lq.interpolate(0.9).match(/\d+/g)!.map(Number);
    const [r0, , b0] = lq.interpolate(0.1).match(/\d+/g)!.map(Number);
    expect(r1).toBeGreaterThan(b1); // orange: more red than blue
    expect(b0).toBeGreaterThan(r0); // purple: more blue than red
  });

  it('LQ ends are different hues and the middle is neutral-light', () => {
    const hi = lq.interpolate(1);
    const lo = lq.interpolate(0);
    const mid = lq.interpolate(0.5);
    expect(hi).not.toBe(lo);
    // Middle of PuOr is near white: every channel above 230.
    const rgb = mid.match(/\d+/g)!.map(Number);
    expect(Math.min(...rgb)).toBeGreaterThan(230);
  });
});

describe('the log-symmetric LQ scale', () => {
  const domain = { min: 0.25, max: 2 };
  it('puts 1 in the middle and 2 and 0.5 equally far either side', () => {
    expect(rampPosition(1, lq, domain)).toBeCloseTo(0.5, 12);
    // extent = max(|ln 0.25|, |ln 2|) = ln 4; ln 2 / (2 ln 4) = 0.25
    expect(rampPosition(2, lq, domain)).toBeCloseTo(0.75, 12);
    expect(rampPosition(0.5, lq, domain)).toBeCloseTo(0.25, 12);
    expect(rampPosition(4, lq, domain)).toBeCloseTo(1, 12);
    expect(rampPosition(0.25, lq, domain)).toBeCloseTo(0, 12);
  });
  it('clamps outside the domain', () => {
    expect(rampPosition(100, lq, domain)).toBe(1);
    expect(rampPosition(0.001, lq, domain)).toBe(0);
  });
  it('drops LQ 0 and missing values, which log(LQ) cannot place', () => {
    expect(usableValues(lq, [2, 0, Number.NaN, 0.5, Number.POSITIVE_INFINITY])).toEqual([0.5, 2]);
    expect(usableValues(share, [0.2, 0, Number.NaN])).toEqual([0, 0.2]);
  });
  it('widens a diverging domain to include the centre', () => {
    expect(dataDomain(lq, [1.5, 3])).toEqual({ min: 1, max: 3 });
    expect(dataDomain(share, [0.1, 0.3])).toEqual({ min: 0.1, max: 0.3 });
  });
});

describe('computeBreaks', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  it('quantiles split the sorted values into equal counts', () => {
    // quartiles of 1..12: 3.75, 6.5, 9.25
    expect(computeBreaks('quantiles', share, values, 4)).toEqual([3.75, 6.5, 9.25]);
  });
  it('equal intervals split the range evenly', () => {
    // range 1..12 in 3 classes: 1 + 11/3, 1 + 22/3
    const b = computeBreaks('equal', share, values, 3);
    expect(b[0]).toBeCloseTo(1 + 11 / 3, 12);
    expect(b[1]).toBeCloseTo(1 + 22 / 3, 12);
  });
  it('equal intervals for LQ are equal steps of log(LQ)', () => {
    // 0.25 .. 4 in 2 classes: the geometric middle, 1
    expect(computeBreaks('equal', lq, [0.25, 4, 2], 2)[0]).toBeCloseTo(1, 12);
  });
  it('natural breaks find obvious clusters', () => {
    expect(computeBreaks('natural', share, [1, 1.1, 1.2, 5, 5.1, 5.2, 9, 9.1], 3)).toEqual([5, 9]);
  });
  it('natural breaks for LQ cluster on log(LQ)', () => {
    // 0.5 and 0.55 are far from 1 in ratio terms; 1.9, 2 and 2.1 close together.
    expect(computeBreaks('natural', lq, [0.5, 0.55, 1, 1.05, 1.9, 2, 2.1], 3)).toEqual([1, 1.9]);
  });
  it('never asks for more classes than there are distinct values', () => {
    expect(computeBreaks('quantiles', share, [2, 2, 2, 5], 5)).toEqual([2]);
    expect(computeBreaks('natural', share, [], 5)).toEqual([]);
  });
});

describe('classOf', () => {
  const breaks = [0.5, 0.8, 1.25, 2];
  it.each([
    [0.2, 0],
    [0.5, 1],
    [0.79, 1],
    [1, 2],
    [1.25, 3],
    [2, 4],
    [50, 4],
  ])('LQ %d is in class %d', (v, c) => {
    expect(classOf(v, breaks, lq)).toBe(c);
  });
  it('cannot place missing, or LQ 0 on a log scale', () => {
    expect(classOf(Number.NaN, breaks, lq)).toBe(-1);
    expect(classOf(0, breaks, lq)).toBe(-1);
    expect(classOf(0, [1], share)).toBe(0);
  });
});

describe('classColours', () => {
  it('colours symmetric LQ bands symmetrically, with the middle band at the centre colour', () => {
    const cls = classColours([0.5, 0.8, 1.25, 2], lq);
    expect(cls.map((c) => [c.from, c.to])).toEqual([
      [null, 0.5],
      [0.5, 0.8],
      [0.8, 1.25],
      [1.25, 2],
      [2, null],
    ]);
    expect(cls[2].colour).toBe(lq.interpolate(0.5));
    // Two bands each side of the middle: the outer ones at the ends of each side, the inner ones between.
    const t = classPositions(lq, 5, 2);
    expect(t[0]).toBeCloseTo(0.04, 12);
    expect(t[4]).toBeCloseTo(0.96, 12);
    expect(t[1]).toBeGreaterThan(0.04);
    expect(t[1]).toBeLessThan(0.5);
    expect(t[3]).toBeGreaterThan(0.5);
    expect(t[3]).toBeLessThan(0.96);
  });
  it('colours classes by their order, so a skewed measure still uses the whole ramp', () => {
    // Nine of ten values tiny, one huge: by value the first four classes would all be near-white.
    const cls = classColours([1, 2, 3, 4], share);
    const t = classPositions(share, 5, 0);
    expect(t[0]).toBe(0);
    expect(t[4]).toBe(1);
    expect(cls.map((c) => c.colour)).toEqual(t.map((x) => share.interpolate(x)));
    expect(new Set(cls.map((c) => c.colour)).size).toBe(5);
  });
  it('puts every class on one side of the centre when the data lie on one side', () => {
    const growth = metricScale('growth');
    // All growth positive: the class holding 0 is the first; the other four step towards the growth end.
    const t = classPositions(growth, 5, 0);
    expect(t[0]).toBe(0.5);
    for (let i = 1; i < 5; i++) expect(t[i]).toBeGreaterThan(t[i - 1]);
    expect(t[4]).toBeCloseTo(0.96, 12);
  });
});

describe('parseManualBreaks', () => {
  it('reads commas, spaces and semicolons', () => {
    expect(parseManualBreaks('0.5, 0.8;1.25 2', lq)).toEqual({ ok: true, breaks: [0.5, 0.8, 1.25, 2] });
  });
  it.each([
    ['', /at least one break/],
    ['0.5, abc', /Break 2, "abc", is not a number/],
    ['0.8, 0.5', /Break 2, 0.5, must be larger than the one before it \(0.8\)/],
    ['0, 1', /Break 1, 0: location quotients are ratios/],
    ['1 2 3 4 5 6 7 8 9 10 11', /At most 10 breaks/],
  ])('rejects %j with a clear message', (text, message) => {
    const r = parseManualBreaks(text, lq);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
  it('allows 0 and negatives for linear metrics', () => {
    expect(parseManualBreaks('-5, 0, 5', growth)).toEqual({ ok: true, breaks: [-5, 0, 5] });
  });
});
