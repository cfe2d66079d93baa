// "Every place strong in both", on a fixture worked by hand: 2 LEPs, 2 subjects, 2 industries.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import {
  everyPlaceStrongInBoth,
  PLACES_BOTH_FTE_NOTE,
  placesBothColumns,
  sortPlacesBoth,
} from '../../src/lib/research/places-both';

const row = (areaCode: string, sectorCode: string, value: number): AuditRow => ({
  areaCode,
  areaName: { E92000001: 'England', E37000001: 'Alpha', E37000002: 'Beta' }[areaCode] ?? areaCode,
  sectorCode,
  sectorName: `S${sectorCode}`,
  year: '2021',
  value,
  flag: null,
  ci95: null,
  row: 0,
});

// Subjects: UoA 10 Mathematical Sciences (linked to industries 10 and 11), UoA 11 Computer Science (to 10).
// 4* FTE. England 100, 100 (200). Alpha 30, 10 (40): LQ 10 = (30/40)/(100/200) = 1.5; LQ 11 = 0.5.
// Beta 10, 50 (60): LQ 10 = (10/60)/0.5 = 1/3; LQ 11 = (50/60)/0.5 = 5/3.
const research = buildCube([
  row('E92000001', '10', 100),
  row('E92000001', '11', 100),
  row('E37000001', '10', 30),
  row('E37000001', '11', 10),
  row('E37000002', '10', 10),
  row('E37000002', '11', 50),
]);
// Enterprises in industry 10 (Information & communication) and 11 (Financial & insurance).
// England 500, 500 (1000). Alpha 60, 40 (100): LQ 10 = 0.6/0.5 = 1.2; LQ 11 = 0.8.
// Beta 70, 30 (100): LQ 10 = 1.4; LQ 11 = 0.6.
const enterprises = buildCube([
  row('E92000001', '10', 500),
  row('E92000001', '11', 500),
  row('E37000001', '10', 60),
  row('E37000001', '11', 40),
  row('E37000002', '10', 70),
  row('E37000002', '11', 30),
]);
// Pairs: Alpha UoA 10 ↔ 10 (1.5, 1.2) both; UoA 10 ↔ 11 (1.5, 0.8) research only; UoA 11 ↔ 10 (0.5, 1.2)
// business only. Beta UoA 10 ↔ either (1/3) no; UoA 11 ↔ 10 (5/3, 1.4) both.
const brief = (r: ReturnType<typeof everyPlaceStrongInBoth>[number]) => [
  r.areaName,
  r.uoa,
  r.industry,
  Number(r.researchLq.toFixed(4)),
  Number(r.enterpriseLq.toFixed(4)),
  r.fourStarFte,
];

describe('every place strong in both', () => {
  it('lists each area × subject–industry pair with both LQs above 1, by area', () => {
    const rows = everyPlaceStrongInBoth({ research, fte: null, enterprises }, 'lep');
    expect(rows.map(brief)).toEqual([
      ['Alpha', 10, '10', 1.5, 1.2, 30],
      ['Beta', 11, '10', 1.6667, 1.4, 50],
    ]);
    expect(rows[0].uoaName).toBe('S10');
    expect(rows[0].industryName).toBe('Information & communication');
  });
  it('lists only the level asked for, and nothing without enterprises', () => {
    expect(everyPlaceStrongInBoth({ research, fte: null, enterprises }, 'lad')).toEqual([]);
    expect(everyPlaceStrongInBoth({ research, fte: null, enterprises: null }, 'lep')).toEqual([]);
  });
  it('sorts by any column, either way', () => {
    const rows = everyPlaceStrongInBoth({ research, fte: null, enterprises }, 'lep');
    expect(sortPlacesBoth(rows, 'researchLq', true).map((r) => r.areaName)).toEqual(['Beta', 'Alpha']);
    expect(sortPlacesBoth(rows, 'enterpriseLq', false).map((r) => r.areaName)).toEqual(['Alpha', 'Beta']);
    expect(sortPlacesBoth(rows, 'fourStarFte', true).map((r) => r.fourStarFte)).toEqual([50, 30]);
    expect(sortPlacesBoth(rows, 'area', true).map((r) => r.areaName)).toEqual(['Beta', 'Alpha']);
  });

  it('with staff FTE: a research LQ on under 10 FTE is not a strength, so its pair is not listed; 10 FTE is', () => {
    // Staff FTE: Alpha 9.9 in UoA 10 (its LQ 1.5 no longer counts), Beta exactly 10 in UoA 11 (its 5/3 counts).
    const fte = buildCube([
      row('E92000001', '10', 400),
      row('E92000001', '11', 400),
      row('E37000001', '10', 9.9),
      row('E37000001', '11', 30),
      row('E37000002', '10', 20),
      row('E37000002', '11', 10),
    ]);
    const rows = everyPlaceStrongInBoth({ research, fte, enterprises }, 'lep');
    expect(rows.map(brief)).toEqual([['Beta', 11, '10', 1.6667, 1.4, 50]]);
    expect(rows[0].staffFte).toBe(10);
    expect(sortPlacesBoth(rows, 'staffFte', true)).toEqual(rows);
    // Without the FTE cube the FTE is unknown (NaN, an empty CSV cell), never 0.
    expect(everyPlaceStrongInBoth({ research, fte: null, enterprises }, 'lep')[0].staffFte).toBeNaN();
  });
  it('the CSV carries the staff FTE and the rule in its notes', () => {
    const cols = placesBothColumns('lep');
    expect(cols.map((c) => c.header).at(-1)).toBe('staff_submitted_fte');
    expect(PLACES_BOTH_FTE_NOTE).toContain('at least 10 FTE');
  });
});
