import { describe, expect, it } from 'vitest';
import { bubbleLayout, farOutFences, offScaleNote, type BubbleInput } from '../../src/lib/profile/bubble';

const opts = { width: 600, height: 400, margin: { top: 20, right: 20, bottom: 40, left: 50 } };
const sector = (code: string, growth: number) => ({ code, name: `Sector ${code}`, lq: 1.2, growth, value: 100 });

describe('far-out growths', () => {
  it("fences are Tukey's far-out fences, and too few values fence nothing", () => {
    // 1..8: Q1 = 2.75, Q3 = 6.25, IQR = 3.5 → [2.75 − 10.5, 6.25 + 10.5]
    expect(farOutFences([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([-7.75, 16.75]);
    expect(farOutFences([1, 2, 900])).toEqual([-Infinity, Infinity]);
    expect(farOutFences([5, 5, 5, 5, 5, 900])).toEqual([-Infinity, Infinity]); // no spread
  });

  it('draws a sector that grew 5,000% at the top edge and keeps the rest readable', () => {
    const input: BubbleInput = {
      sectors: [sector('a', -4), sector('b', -1), sector('c', 2), sector('d', 5), sector('e', 8), sector('f', 5000)],
      refGrowth: 3,
      benchmark: 'England',
    };
    const layout = bubbleLayout(input, opts);
    // The domain ignores the outlier: it tops out near +10%, not +5,000%.
    expect(layout.yDomain[1]).toBeLessThan(20);
    const f = layout.bubbles.find((b) => b.code === 'f')!;
    expect(f.offScale).toBe('above');
    expect(f.cy).toBeCloseTo(layout.y(layout.yDomain[1]), 6);
    expect(f.growth).toBe(5000); // the true figure is kept for the tooltip
    expect(f.quadrant).toBe('specialised-growing');
    expect(layout.bubbles.filter((b) => b.offScale !== null)).toHaveLength(1);
    expect(offScaleNote(layout.bubbles)).toBe(
      "1 sector grew far more or less than the others and is drawn at the chart's edge, marked with an arrow: Sector f (+5000.0%).",
    );
  });

  it('moves nothing when the growths are ordinary', () => {
    const input: BubbleInput = {
      sectors: [sector('a', -4), sector('b', -1), sector('c', 2), sector('d', 5), sector('e', 8)],
      refGrowth: 3,
      benchmark: 'England',
    };
    const layout = bubbleLayout(input, opts);
    expect(layout.bubbles.every((b) => b.offScale === null)).toBe(true);
    expect(offScaleNote(layout.bubbles)).toBe('');
  });
});

describe('a large but real growth stays on scale', () => {
  it('keeps +61% on the chart when the others span -10% to +20%', () => {
    const input: BubbleInput = {
      sectors: [
        sector('a', -10),
        sector('b', -2),
        sector('c', 0),
        sector('d', 3),
        sector('e', 5),
        sector('f', 20),
        sector('g', 61),
      ],
      refGrowth: 4,
      benchmark: 'England',
    };
    // 61 is beyond the far-out fence of the others, but they would still fill (20 + 10) / 71 of the chart.
    expect(farOutFences(input.sectors.map((s) => s.growth))[1]).toBeLessThan(61);
    const layout = bubbleLayout(input, opts);
    expect(layout.bubbles.every((b) => b.offScale === null)).toBe(true);
    expect(layout.yDomain[1]).toBeGreaterThanOrEqual(61);
  });
});
