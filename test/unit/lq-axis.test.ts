import { describe, expect, it } from 'vitest';
import { lqAxis, lqRange, lqTicks } from '../../src/lib/charts/lq-axis';

describe('the one LQ axis (ranking, table bars, profile bars, comparison, bubble chart)', () => {
  it('reaches at least ½ to 2, so LQs close to 1 do not fill the chart', () => {
    expect(lqRange([0.9, 1.1])).toEqual({ lo: 2, hi: 2 });
    expect(lqRange([])).toEqual({ lo: 2, hi: 2 });
  });

  it('reaches each side’s own most extreme LQ, times the room asked for', () => {
    // 1 / 0.25 = 4 to the left; 3 to the right, which is more than 4^(1/3) = 1.587.
    expect(lqRange([0.25, 3, 1.5])).toEqual({ lo: 4, hi: 3 });
    // Room 1.1: 1.1 · 3 = 3.3 to the right; the left stays at 2 (2 > 3.3^(1/3) = 1.489).
    const { lo, hi } = lqRange([3], 1.1);
    expect(hi).toBeCloseTo(3.3, 12);
    expect(lo).toBe(2);
  });

  it('keeps the shorter side at least a third of the longer, so one far-out LQ does not squash the rest', () => {
    // LQ 0.04 needs 1.15 / 0.04 = 28.75 to the left; the right needs only 1.15 · 2.5 = 2.875, which
    // is raised to 28.75^(1/3) = 3.0635 (a third of the left side in log units).
    const { lo, hi } = lqRange([0.04, 2.5, 1.3], 1.15);
    expect(lo).toBeCloseTo(28.75, 12);
    expect(hi).toBeCloseTo(3.0635, 3);
    // All above 1: the left side still reaches 10^(1/3) = 2.1544, so 1 stays on the chart.
    expect(lqRange([5, 10]).lo).toBeCloseTo(2.1544, 4);
    // Values that cannot sit on a log scale are ignored.
    expect(lqRange([0, Number.NaN, -1, Infinity, 3])).toEqual({ lo: 2, hi: 3 });
  });

  it('has ticks 1, 2, 5, 10 … each way as far as each side reaches, powers of ten when there would be too many', () => {
    expect(lqTicks(25)).toEqual([0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20]);
    expect(lqTicks(60)).toEqual([0.1, 1, 10]);
    expect(lqTicks(2)).toEqual([0.5, 1, 2]);
    expect(lqTicks(3, 28)).toEqual([0.05, 0.1, 0.2, 0.5, 1, 2]);
    expect(lqTicks(3, 600)).toEqual([0.01, 0.1, 1]);
  });

  it('places 1 and the values on a log scale between the two ends, clamped', () => {
    // Domain [0.5, 4]: ln 0.5 = −0.693, ln 4 = 1.386, so 1 sits a third of the way along and 2 two thirds.
    const axis = lqAxis([0.5, 4], 0, 300);
    expect(axis.x.domain()).toEqual([0.5, 4]);
    expect(axis.one).toBeCloseTo(100, 9);
    expect(axis.x(2)).toBeCloseTo(200, 9);
    expect(axis.x(8)).toBe(300);
    expect(axis.x(0.1)).toBe(0);
    // 1 has its own line, so it is not among the gridlines.
    expect(axis.ticks).toEqual([0.5, 2]);
  });

  it('puts 1 in the middle when both sides reach as far', () => {
    const axis = lqAxis([0.2, 5], 0, 100);
    expect(axis.one).toBeCloseTo(50, 9);
    expect(axis.x(0.2)).toBeCloseTo(0, 9);
    expect(axis.ticks).toEqual([0.2, 0.5, 2, 5]);
  });
});
