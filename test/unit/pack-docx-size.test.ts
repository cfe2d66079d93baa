import { describe, expect, it } from 'vitest';
import { placedScale, pngScale, TEXT_WIDTH_PX } from '../../src/lib/pack/docx-size';

describe('a pack chart in the Word document', () => {
  it('is placed at its own size when it fits the page, else shrunk to the text width', () => {
    expect(TEXT_WIDTH_PX).toBe(642); // A4 210 mm less 2 × 20 mm margins = 170 mm = 642.5 px at 96 dpi
    expect(placedScale(500)).toBe(1);
    expect(placedScale(642)).toBe(1);
    // 963 px wide on screen: placed at 642 px, two thirds.
    expect(placedScale(963)).toBeCloseTo(2 / 3, 12);
  });

  it('is drawn at two pixels per placed pixel, never more', () => {
    expect(pngScale(500)).toBe(2); // 1,000 px for 500 placed
    // 963 px wide: 4/3 per CSS px, so 1,284 px for 642 placed, not 1,926.
    expect(pngScale(963)).toBeCloseTo(4 / 3, 12);
    expect(Math.round(963 * pngScale(963))).toBe(1284);
  });
});
