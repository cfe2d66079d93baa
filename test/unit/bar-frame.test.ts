import { describe, expect, it } from 'vitest';
import {
  barFrame,
  flagMark,
  isApproximate,
  lqFrameAxis,
  lqTickLabel,
  NARROW,
  SECTOR_BARS,
} from '../../src/lib/charts/bar-frame';
import { lqAxis } from '../../src/lib/charts/lq-axis';

// The profile bars' frame: names take 36% of the width up to 250 px, 48 px of figures, 6 px gaps.
const bars = { ...SECTOR_BARS, rows: 18, valueW: 48 };

describe('the profile bar charts’ frame', () => {
  it('puts the names left of the plot and the figures right of it on a wide chart', () => {
    const f = barFrame(600, bars);
    expect(f.narrow).toBe(false);
    // 0.36 · 600 = 216 px of names; the plot runs from 216 + 6 to 600 − 48 − 6.
    expect(f.labelW).toBe(216);
    expect(f.plotLeft).toBe(222);
    expect(f.plotRight).toBe(546);
    // 30 px of axis labels, 18 rows of 26 px, 8 px below: 506.
    expect(f.height).toBe(506);
    expect(f.rowH).toBe(26);
    expect(f.markY).toBe(13);
    expect(f.markH).toBe(18);
    // 216 px of names at 6.4 px a character.
    expect(f.maxChars).toBe(33);
  });

  it('caps the names’ column on a very wide chart', () => {
    expect(barFrame(1000, bars).labelW).toBe(250);
  });

  it('on a phone puts the names above the marks, and the plot takes the whole width', () => {
    const f = barFrame(NARROW - 1, bars);
    expect(f.narrow).toBe(true);
    expect(f.labelW).toBe(0);
    expect(f.plotLeft).toBe(6);
    expect(f.plotRight).toBe(559 - 48 - 6);
    expect(f.height).toBe(30 + 18 * 40 + 8);
    expect(f.markY).toBe(26);
    expect(f.markH).toBe(16);
    // The whole width for a name, at 6.6 px a character: 559 / 6.6 = 84.7.
    expect(f.maxChars).toBe(84);
  });

  it('keeps at least 60 px of plot however long the figures', () => {
    const f = barFrame(600, { ...bars, valueW: 500 });
    expect(f.plotRight).toBe(f.plotLeft + 60);
  });

  it('labels every LQ tick on a wide chart, on a phone only those from 2 and ½ outwards', () => {
    expect(lqTickLabel(0.2, false)).toBe('0.2');
    expect(lqTickLabel(1.5, false)).toBe('1.5');
    expect(lqTickLabel(1.5, true)).toBeNull();
    expect(lqTickLabel(0.5, true)).toBe('0.5');
    expect(lqTickLabel(2, true)).toBe('2');
    expect(lqTickLabel(1 / 3, false)).toBe('0.333');
  });

  it('draws an LQ axis’s gridlines where the axis puts them, the line at 1 named after the benchmark', () => {
    // Domain [0.2, 5] over 0–100 px: 1 in the middle, 0.5 and 2 at 50 ∓ 50 · ln 2 / ln 5 = 50 ∓ 21.53.
    const a = lqFrameAxis(lqAxis([0.2, 5], 0, 100), true, 'England', true);
    expect(a.centre).toBeCloseTo(50, 9);
    expect(a.oneLabel).toBe('England = 1');
    expect(a.sides).toBe(true);
    expect(a.ticks.map((t) => t.label)).toEqual(['0.2', '0.5', '2', '5']);
    expect(a.ticks[1].x).toBeCloseTo(28.47, 2);
    expect(a.ticks[2].x).toBeCloseTo(71.53, 2);
  });

  it('marks a rounded figure †, an unreliable one ‡, and dashes both bars; other flags and none get neither', () => {
    expect([flagMark('rounded'), flagMark('unreliable'), flagMark('suppressed'), flagMark(null)]).toEqual([
      '†',
      '‡',
      '',
      '',
    ]);
    expect([
      isApproximate('rounded'),
      isApproximate('unreliable'),
      isApproximate('missing'),
      isApproximate(null),
    ]).toEqual([true, true, false, false]);
  });
});
