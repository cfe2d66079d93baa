// The slices a long list is drawn in (lib/state/slices.ts); counts worked by hand.
import { describe, expect, it } from 'vitest';
import { sliceCounts, sliceCountsAfter } from '../../src/lib/state/slices';

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
  it('the map: 10 first then 40 a task, 400 areas: 10, 50, …, 370, 400', () => {
    expect(sliceCounts(400, 10, 40, 40)).toEqual([10, 50, 90, 130, 170, 210, 250, 290, 330, 370, 400]);
  });
  it('the map: up to `whole` (40) items at once, so 38 LEPs are one slice though the first is 10', () => {
    expect(sliceCounts(38, 10, 40, 40)).toEqual([38]);
    expect(sliceCounts(40, 10, 40, 40)).toEqual([40]);
    expect(sliceCounts(41, 10, 40, 40)).toEqual([10, 41]);
  });
});

describe('sliceCountsAfter', () => {
  it('18 LQ bars, 2 then 4 a task, the first time: 2, 6, 10, 14, 18', () => {
    expect(sliceCountsAfter(18, 2, 4, { once: true, drewWhole: false })).toEqual([2, 6, 10, 14, 18]);
  });
  it('once a list has been drawn whole, the next (another year, 20 rows) is drawn whole at once', () => {
    expect(sliceCountsAfter(20, 6, 6, { once: true, drewWhole: true })).toEqual([20]);
  });
  it('without once, every new list is drawn in slices again (the map)', () => {
    expect(sliceCountsAfter(20, 6, 6, { once: false, drewWhole: true })).toEqual([6, 12, 18, 20]);
  });
  it('passes `whole` on: 38 LEPs at once, 309 districts 10 then 40 a task', () => {
    expect(sliceCountsAfter(38, 10, 40, { once: false, drewWhole: true, whole: 40 })).toEqual([38]);
    expect(sliceCountsAfter(309, 10, 40, { once: false, drewWhole: false, whole: 40 })).toEqual([
      10, 50, 90, 130, 170, 210, 250, 290, 309,
    ]);
  });
});
