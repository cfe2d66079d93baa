// The slices a long list is drawn in (lib/state/slices.ts); counts worked by hand.
import { describe, expect, it } from 'vitest';
import { sliceCounts } from '../../src/lib/state/slices';

describe('sliceCounts', () => {
  it('309 districts, 60 at once then 80 a task: 60, 140, 220, 300, 309', () => {
    expect(sliceCounts(309, 60, 80)).toEqual([60, 140, 220, 300, 309]);
  });
  it('38 LEPs are drawn whole at once', () => {
    expect(sliceCounts(38, 60, 80)).toEqual([38]);
  });
  it('a list that ends on a slice has no empty slice after it: 140 = 60 + 80', () => {
    expect(sliceCounts(140, 60, 80)).toEqual([60, 140]);
  });
  it('an empty list is one empty slice', () => {
    expect(sliceCounts(0, 60, 80)).toEqual([0]);
  });
  it('a first slice or step below 1 still moves on by one', () => {
    expect(sliceCounts(3, 0, 0)).toEqual([1, 2, 3]);
  });
});
