// The words over a bar chart's top, worked by hand at 7 px a character and a 6 px gap:
// "England = 1" is 11 characters, 77 px, so centred at c it spans c − 38.5 to c + 38.5;
// "← less" and "more →" are 6 characters, 42 px.
import { describe, expect, it } from 'vitest';
import { topLabels } from '../../src/lib/charts/top-labels';

describe('topLabels', () => {
  it('a wide chart keeps both end words: plot 100–700, centre 400', () => {
    // less ends at 142, +6 = 148 ≤ 361.5; more starts at 658, 438.5 + 6 = 444.5 ≤ 658.
    expect(topLabels(400, 100, 700, 'England = 1', true)).toEqual({ less: true, more: true });
  });

  it('a phone chart whose line at 1 is near the right end drops "more →" only', () => {
    // Plot 0–300, centre 240: the label spans 201.5–278.5; more starts at 258 < 284.5: dropped.
    // less ends at 42, +6 = 48 ≤ 201.5: kept.
    expect(topLabels(240, 0, 300, 'England = 1', true)).toEqual({ less: true, more: false });
  });

  it('near the left end drops "← less" only', () => {
    // Centre 60: the label spans 21.5–98.5; less ends at 42, +6 = 48 > 21.5: dropped; more starts at 258 ≥ 104.5.
    expect(topLabels(60, 0, 300, 'England = 1', true)).toEqual({ less: false, more: true });
  });

  it('the boundary: exactly the gap apart is kept', () => {
    // more starts at 300 − 42 = 258; the label must end by 252, so centre 213.5.
    expect(topLabels(213.5, 0, 300, 'England = 1', true).more).toBe(true);
    expect(topLabels(213.6, 0, 300, 'England = 1', true).more).toBe(false);
  });

  it('no end words when the chart asks for none', () => {
    expect(topLabels(400, 100, 700, 'England = 1', false)).toEqual({ less: false, more: false });
  });
});
