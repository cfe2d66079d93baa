// The science base of one area, on a small fixture worked by hand.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import { crosswalkGroups } from '../../src/lib/research/crosswalk';
import { MIN_RANKED_FTE, rankResearchLqs } from '../../src/lib/metrics/research';
import { scienceBase, type InstitutionRecord, type ResearchExtras } from '../../src/lib/research/science-base';

const E = 'E92000001';
const X = 'E37000001';
const Z = 'E37000002'; // no research at all
const W = 'E37000003'; // a small submission in UoA 1
const row = (areaCode: string, sectorCode: string, year: string, value: number): AuditRow => ({
  areaCode,
  areaName: areaCode,
  sectorCode,
  sectorName: `Subject ${sectorCode}`,
  year,
  value,
  flag: null,
  ci95: null,
  row: 0,
});
const ref = (v: Record<string, [number, number]>) =>
  buildCube(Object.entries(v).flatMap(([a, [u1, u2]]) => [row(a, '1', '2021', u1), row(a, '2', '2021', u2)]));
// 4* FTE, FTE and research power (GPA × FTE) by UoA 1 and 2.
const fourStar = ref({ [E]: [10, 30], [X]: [5, 3], [Z]: [0, 0], [W]: [3, 3] });
const fte = ref({ [E]: [20, 100], [X]: [10, 10], [Z]: [0, 0], [W]: [4, 30] });
const power = ref({ [E]: [60, 250], [X]: [32, 25], [Z]: [0, 0], [W]: [12, 75] });
const ukri = buildCube([
  row(E, 'EPSRC', '2018/19', 1000),
  row(E, 'EPSRC', '2019/20', 1000),
  row(E, 'MRC', '2018/19', 500),
  row(E, 'MRC', '2019/20', 500),
  row(X, 'EPSRC', '2018/19', 100),
  row(X, 'EPSRC', '2019/20', 50),
  row(X, 'MRC', '2018/19', 0),
  row(X, 'MRC', '2019/20', 0),
  row(Z, 'EPSRC', '2018/19', 0),
  row(Z, 'EPSRC', '2019/20', 0),
  row(Z, 'MRC', '2018/19', 0),
  row(Z, 'MRC', '2019/20', 0),
]);
const groups = crosswalkGroups();
const zeros = () => groups.map(() => 0);
const e14 = zeros();
e14[0] = 20; // group "1": England 4* FTE in 2014
const x14 = zeros();
x14[0] = 2;
const extras: ResearchExtras = {
  areas: [E, X, Z],
  ref2014: { groups, fourStarFte: [e14, x14, zeros()], fte: [zeros(), zeros(), zeros()] },
  ukri: {
    councils: [
      { code: 'EPSRC', name: 'Engineering and Physical Sciences' },
      { code: 'MRC', name: 'Medical' },
    ],
    years: ['2018/19', '2019/20'],
    applications: [
      [100, 40],
      [10, 0],
      [0, 0],
    ],
    awards: [
      [25, 10],
      [3, 0],
      [0, 0],
    ],
  },
};
const inst = (ukprn: string, district: string, leps: string[], fteV: number): InstitutionRecord => ({
  ukprn,
  name: `Inst ${ukprn}`,
  lon: 0,
  lat: 52,
  district,
  leps,
  fte: fteV,
  fourStarFte: 1,
  pct4: 10,
  gpa: 3,
  uoas: [],
});
const institutions = [
  inst('1', 'E06000001', [X], 12),
  inst('2', 'E06000002', ['E37000009'], 50),
  inst('3', 'E07000001', [X], 8),
];
const base = (code: string) =>
  scienceBase(
    { fourStar, fte, power, ukri, extras, institutions, enterprises: { area: 4000, england: 40000, year: '2022' } },
    code,
  )!;

describe('scienceBase', () => {
  const x = base(X);
  it('ranks the subjects by research LQ, with FTE and GPA against England', () => {
    // All 4* FTE: X 8, England 40. UoA 1: (5/10)/(8/40) = 2.5; UoA 2: (3/30)/(8/40) = 0.5.
    expect(x.subjects.map((s) => s.code)).toEqual(['1', '2']);
    expect(x.subjects[0].lq).toBeCloseTo(2.5, 12);
    expect(x.subjects[1].lq).toBeCloseTo(0.5, 12);
    expect(x.subjects[0].gpa).toBeCloseTo(3.2, 12); // 32 / 10
    expect(x.subjects[0].englandGpa).toBeCloseTo(3.0, 12); // 60 / 20
    expect(x.subjects[0].shareOfEngland).toBeCloseTo(0.5, 12);
  });
  it('ranks only subjects with at least 10 FTE; a smaller one is listed apart, not ranked top', () => {
    // W: all 4* FTE 6. UoA 1: (3/10)/(6/40) = 2 on 4 FTE; UoA 2: (3/30)/(6/40) = 0.67 on 30 FTE.
    const w = base(W);
    expect(MIN_RANKED_FTE).toBe(10);
    expect(w.subjects.map((s) => s.code)).toEqual(['2']);
    expect(w.subjects[0].lq).toBeCloseTo(2 / 3, 12);
    expect(w.smallSubjects.map((s) => [s.code, s.fte])).toEqual([['1', 4]]);
    expect(w.smallSubjects[0].lq).toBeCloseTo(2, 12); // still shown, just not ranked
    expect(x.smallSubjects).toEqual([]); // X's two subjects have exactly 10 FTE each: ranked
  });
  it('totals: GPA is power over FTE, volume per 1,000 enterprises', () => {
    expect(x.fte).toBe(20);
    expect(x.fourStarFte).toBe(8);
    expect(x.gpa).toBeCloseTo(57 / 20, 12); // 2.85
    expect(x.englandGpa).toBeCloseTo(310 / 120, 12);
    expect(x.shareOfEngland).toBeCloseTo(0.2, 12);
    expect(x.perThousandEnterprises).toBeCloseTo(2, 12); // 8 × 1000 / 4000
    expect(x.englandPerThousandEnterprises).toBeCloseTo(1, 12); // 40 × 1000 / 40000
  });
  it('UKRI: £ thousands over the years, and the award rate against England', () => {
    expect(x.councils[0]).toMatchObject({ code: 'EPSRC', awarded: 150, applications: 10, awards: 3 });
    expect(x.councils[0].rate).toBeCloseTo(0.3, 12);
    expect(x.councils[0].englandRate).toBeCloseTo(0.25, 12);
    expect(x.councils[1].rate).toBeNaN(); // no applications: no rate, not 0
    expect(x.councils[1].englandRate).toBeCloseTo(0.25, 12); // 10 / 40
  });
  it('change since REF 2014 as a share of England on the crosswalk groups', () => {
    expect(x.change.map((c) => c.key)).toEqual(['1', '2']);
    expect(x.change[0].share2014).toBeCloseTo(0.1, 12); // 2 / 20
    expect(x.change[0].share2021).toBeCloseTo(0.5, 12); // 5 / 10
    expect(x.change[1].share2014).toBeNaN(); // England had none in the fixture's 2014 group 2
  });
  it('lists the institutions behind the figures, largest first', () => {
    expect(x.institutions.map((i) => i.ukprn)).toEqual(['1', '3']);
  });
  it('says when an area has no research submitted', () => {
    const z = base(Z);
    expect(z.hasResearch).toBe(false);
    expect(z.subjects).toEqual([]);
    expect(z.gpa).toBeNaN();
    expect(z.institutions).toEqual([]);
  });
});

describe('rankResearchLqs', () => {
  it('ranks rows with at least the minimum FTE by LQ (no LQ last, ties by FTE) and sets the rest apart, largest first', () => {
    const rows = [
      { id: 'a', lq: 1.5, fte: 12 },
      { id: 'b', lq: 40, fte: 3 }, // a huge LQ on 3 FTE: too small
      { id: 'c', lq: Number.NaN, fte: 50 },
      { id: 'd', lq: 1.5, fte: 30 }, // ties a, more FTE: first
      { id: 'e', lq: 0.9, fte: 10 }, // exactly the minimum: ranked
      { id: 'f', lq: 2, fte: 9.9 },
    ];
    const { ranked, tooSmall } = rankResearchLqs(rows);
    expect(ranked.map((r) => r.id)).toEqual(['d', 'a', 'e', 'c']);
    expect(tooSmall.map((r) => r.id)).toEqual(['f', 'b']);
    expect(rankResearchLqs(rows, 0).ranked.map((r) => r.id)).toEqual(['b', 'f', 'd', 'a', 'e', 'c']);
  });
});
