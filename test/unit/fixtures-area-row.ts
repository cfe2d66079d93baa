import type { AreaTableRow } from '../../src/lib/views/area-table';

/**
 * One row of the map's area table for unit tests: a plain figure (area E1 "A": 100, share 0.1, LQ 1.5,
 * growth 5 %, LQ change 0.1, no share of England, no flag, no density or ECI), with what a test is about given in `r`.
 */
export function areaRow(r: Partial<AreaTableRow> = {}): AreaTableRow {
  return {
    code: 'E1',
    name: 'A',
    index: 0,
    value: 100,
    flag: null,
    share: 0.1,
    englandShare: NaN,
    lq: 1.5,
    growth: 5,
    lqChange: 0.1,
    density: NaN,
    eci: NaN,
    fromFlag: null,
    partialTotal: false,
    ...r,
  };
}
