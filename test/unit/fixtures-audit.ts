// A hand-sized audit table for cube and metrics tests. Every expected number in the tests is
// worked from these values by hand.
//
//                      2019                        2020
//               M      R      D   total     M      R      D   total
// England     200    500    300   1000     180    520    400   1100
// Alpha LEP    60     40      0    100      66     44     10    120
// Beta LEP     10     —      40     50      12*    30     48     90
//
// — = suppressed (value empty);  * = flagged 'rounded'.
// ci95 (2020 only): England M 18, R 52, D 40; Alpha M 6.6, R 22, D 2.
import type { AuditRow, Flag } from '../../src/lib/data/types';

export const ENG = 'E92000001';
export const ALPHA = 'E37000001';
export const BETA = 'E37000002';

const names: Record<string, string> = {
  [ENG]: 'England',
  [ALPHA]: 'Alpha LEP',
  [BETA]: 'Beta LEP',
  M: 'Manufacturing',
  R: 'Retail',
  D: 'Digital',
};

let rowNumber = 1;
export function row(
  areaCode: string,
  sectorCode: string,
  year: string,
  value: number | null,
  flag: Flag | null = null,
  ci95: number | null = null,
): AuditRow {
  rowNumber++;
  return {
    areaCode,
    areaName: names[areaCode] ?? areaCode,
    sectorCode,
    sectorName: names[sectorCode] ?? sectorCode,
    year,
    value,
    flag,
    ci95,
    row: rowNumber,
  };
}

/** Rows in a deliberately awkward order: 2020 first, so year sorting is exercised. */
export function auditRows(): AuditRow[] {
  rowNumber = 1;
  return [
    row(ENG, 'M', '2020', 180, null, 18),
    row(ENG, 'R', '2020', 520, null, 52),
    row(ENG, 'D', '2020', 400, null, 40),
    row(ALPHA, 'M', '2020', 66, null, 6.6),
    row(ALPHA, 'R', '2020', 44, null, 22),
    row(ALPHA, 'D', '2020', 10, null, 2),
    row(BETA, 'M', '2020', 12, 'rounded'),
    row(BETA, 'R', '2020', 30),
    row(BETA, 'D', '2020', 48),
    row(ENG, 'M', '2019', 200),
    row(ENG, 'R', '2019', 500),
    row(ENG, 'D', '2019', 300),
    row(ALPHA, 'M', '2019', 60),
    row(ALPHA, 'R', '2019', 40),
    row(ALPHA, 'D', '2019', 0),
    row(BETA, 'M', '2019', 10),
    row(BETA, 'R', '2019', null, 'suppressed'),
    row(BETA, 'D', '2019', 40),
  ];
}
