import { describe, expect, it } from 'vitest';
import { lqAxis } from '../../src/lib/charts/lq-axis';
import { lqBarStyle } from '../../src/lib/views/table-lq-bar';

describe('lqBarStyle (the table row LQ bar)', () => {
  // LQs up to 2 and down to ½: the axis is ½..2 on a log scale over 0–100 %, so LQ 1 sits at 50 %,
  // 2 at 100 % and ½ at 0 %; in a 6 rem box that is 3 rem, 6 rem and 0 rem.
  const axis = lqAxis([0.5, 1, 2], 0, 100);

  it('draws an LQ above 1 from the 1 line rightwards, in the above colour', () => {
    expect(lqBarStyle(2, axis)).toBe('--one:3rem;--x0:3rem;--w:3rem;--c:var(--above)');
  });

  it('draws an LQ below 1 from its value up to the 1 line, in the below colour', () => {
    // √½ ≈ 0.7071 is halfway between ½ and 1 on the log axis: 25 % = 1.5 rem, 1.5 rem wide.
    expect(lqBarStyle(Math.SQRT1_2, axis)).toBe('--one:3rem;--x0:1.5rem;--w:1.5rem;--c:var(--below)');
  });

  it('draws no bar, only the 1 line, for a missing, zero or negative LQ', () => {
    for (const lq of [Number.NaN, 0, -1, Number.POSITIVE_INFINITY])
      expect(lqBarStyle(lq, axis)).toBe('--one:3rem;--x0:0rem;--w:0rem;--c:transparent');
  });

  it('draws an LQ of exactly 1 as a zero-width bar in the above colour', () => {
    expect(lqBarStyle(1, axis)).toBe('--one:3rem;--x0:3rem;--w:0rem;--c:var(--above)');
  });
});
