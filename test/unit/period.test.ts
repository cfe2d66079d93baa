import { describe, expect, it } from 'vitest';
import { periodSortKey, sortPeriods } from '../../src/lib/data/period';

describe('periodSortKey', () => {
  it.each([
    ['2022', 2022],
    ['2021/22', 2021.25],
    ['1999/00', 1999.25],
    ['2021-2022', 2021.25],
    ['2022 Q3', 2022.5],
    ['Q1 2022', 2022],
    ['2022-04', 2022 + 3 / 12],
    ['March 2022', 2022 + 2 / 12],
    ['Jan 2018-Dec 2018', 2018],
    ['Oct 2021-Sep 2022', 2021 + 9 / 12],
  ])('%s sorts as %d', (label, key) => {
    expect(periodSortKey(label)).toBeCloseTo(key, 10);
  });

  it.each(['', 'twenty', '22', '2021/25', '2022-13', 'Marvel 2022', '2022 Q5', '12345', '0000'])(
    'rejects %j',
    (label) => {
      expect(periodSortKey(label)).toBeNull();
    },
  );
});

describe('sortPeriods', () => {
  it('orders mixed labels in time, unknown labels last', () => {
    expect(sortPeriods(['2020', 'mystery', '2019 Q4', '2018/19', '2019'])).toEqual([
      '2018/19',
      '2019',
      '2019 Q4',
      '2020',
      'mystery',
    ]);
  });
});
