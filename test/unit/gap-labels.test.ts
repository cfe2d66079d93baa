// One "no figure" per run of missing years, never two written over each other.
import { describe, expect, it } from 'vitest';
import { gapLabels } from '../../src/lib/charts/gap-labels';

const years = ['2019', '2020', '2021', '2022', '2023'];

describe('gapLabels', () => {
  it('labels a run once, centred, naming its years when it is wide enough', () => {
    // Every year missing, 100 px apart: one label at (0 + 400) / 2 = 200; "no figure, 2019–2023" is
    // 20 characters × 6 = 120 px, within 400 + 12.
    expect(gapLabels([NaN, NaN, NaN, NaN, NaN], [0, 100, 200, 300, 400], years)).toEqual([
      { x: 200, text: 'no figure, 2019–2023', from: 0, to: 4 },
    ]);
  });
  it('says only "no figure" where the run is too narrow for its years', () => {
    expect(gapLabels([NaN, NaN, 1, 1, 1], [0, 10, 20, 30, 40], years)).toEqual([
      { x: 5, text: 'no figure', from: 0, to: 1 },
    ]);
  });
  it('drops a label that would overlap the one before', () => {
    // Gaps at 0 and 2, 20 px apart: "no figure" is 54 px wide, so the second would overlap the first.
    expect(gapLabels([NaN, 1, NaN, 1, 1], [0, 20, 40, 60, 80], years).map((g) => g.from)).toEqual([0]);
    // 100 px apart they both fit.
    expect(gapLabels([NaN, 1, NaN, 1, 1], [0, 100, 200, 300, 400], years).map((g) => g.from)).toEqual([0, 2]);
  });
  it('has nothing to say when every year has a figure', () => {
    expect(gapLabels([1, 2, 3, 4, 5], [0, 1, 2, 3, 4], years)).toEqual([]);
  });
});
