// Institutions on the research map: figures in a subject, circle sizes (area ∝ FTE), the size key, words.
import { describe, expect, it } from 'vitest';
import {
  areaInstitutions,
  subjectChoices,
  areaOfInstitution,
  institutionFigures,
  institutionTooltip,
  keyboardOrder,
  layoutSymbols,
  maxRadiusFor,
  MIN_RADIUS,
  niceBelow,
  sizeKey,
  sizeMeasureOf,
  uoasOfSector,
} from '../../src/lib/research/institution-symbols';
import type { InstitutionRecord } from '../../src/lib/research/science-base';

const inst = (
  ukprn: string,
  name: string,
  lon: number,
  uoas: [uoa: number, fte: number, fourStarFte: number, gpa: number][],
): InstitutionRecord => ({
  ukprn,
  name,
  lon,
  lat: 52,
  district: `D${ukprn}`,
  leps: [`L${ukprn}`],
  fte: 0,
  fourStarFte: 0,
  pct4: 0,
  gpa: 0,
  uoas: uoas.map(([uoa, fte, fourStarFte, gpa]) => ({ uoa, fte, fourStarFte, pct4: (100 * fourStarFte) / fte, gpa })),
});

// Zeta: Engineering 10 FTE (4 at 4*, GPA 3.2), Computing 30 FTE (15 at 4*, GPA 3.4), Clinical Medicine 5 FTE.
// Alpha: Engineering only, 2.5 FTE with no 4* (GPA 2.0). Beta: Clinical Medicine only.
const zeta = inst('1', 'Zeta University', 1, [
  [12, 10, 4, 3.2],
  [11, 30, 15, 3.4],
  [1, 5, 1, 3],
]);
const alpha = inst('2', 'Alpha College', 2, [[12, 2.5, 0, 2]]);
const beta = inst('3', 'Beta Institute', 3, [[1, 8, 2, 3]]);
const all = [zeta, alpha, beta];
// A projection that puts longitude on x and latitude on y, times ten.
const project = ([lon, lat]: [number, number]): [number, number] => [lon * 10, lat * 10];

describe('what the circles show', () => {
  it('4* FTE on the 4* FTE map, FTE on the others', () => {
    expect(sizeMeasureOf('ref2021-4star-fte')).toBe('fourStarFte');
    expect(sizeMeasureOf('ref2021-fte')).toBe('fte');
    expect(sizeMeasureOf('ref2021-gpa')).toBe('fte');
  });

  it('a UoA code is that UoA, a panel letter its UoAs, nothing all subjects', () => {
    expect([...uoasOfSector('12')!]).toEqual([12]);
    expect([...uoasOfSector('B')!]).toEqual([7, 8, 9, 10, 11, 12]);
    expect(uoasOfSector('A')!.size).toBe(6);
    expect(uoasOfSector('D')!.size).toBe(10);
    expect(uoasOfSector('99')!.size).toBe(0);
    expect(uoasOfSector(null)).toBeNull();
  });

  it("sums an institution's submissions in the subject: FTE, 4* FTE, % 4* and an FTE-weighted GPA", () => {
    const eng = institutionFigures(all, new Set([12]));
    expect(eng.map((f) => f.name)).toEqual(['Zeta University', 'Alpha College']); // Beta has no Engineering
    expect(eng[0]).toMatchObject({ fte: 10, fourStarFte: 4, pct4: 40, gpa: 3.2 });
    expect(eng[1]).toMatchObject({ fte: 2.5, fourStarFte: 0, pct4: 0, gpa: 2 });
    // Panel B for Zeta: 40 FTE, 19 at 4* = 47.5 %, GPA (3.2 × 10 + 3.4 × 30) ÷ 40 = 134 ÷ 40 = 3.35.
    const panelB = institutionFigures([zeta], uoasOfSector('B'));
    expect(panelB[0].fte).toBe(40);
    expect(panelB[0].fourStarFte).toBe(19);
    expect(panelB[0].pct4).toBeCloseTo(47.5, 10);
    expect(panelB[0].gpa).toBeCloseTo(3.35, 10);
    // All subjects: 45 FTE, (32 + 102 + 15) ÷ 45 = 149 ÷ 45.
    expect(institutionFigures([zeta], null)[0].gpa).toBeCloseTo(149 / 45, 10);
  });
});

describe('circle sizes', () => {
  it('area in proportion to FTE: a quarter of the FTE is half the radius; largest drawn first', () => {
    const { symbols, max } = layoutSymbols(institutionFigures(all, new Set([12])), project, 'fte', 10);
    expect(max).toBe(10);
    expect(symbols.map((s) => [s.name, s.r, s.x, s.y])).toEqual([
      ['Zeta University', 10, 10, 520],
      ['Alpha College', 5, 20, 520], // 2.5 = 10 ÷ 4 → radius 10 × √¼ = 5
    ]);
  });

  it('no 4* FTE still gets the smallest circle, so it can be found', () => {
    const { symbols } = layoutSymbols(institutionFigures(all, new Set([12])), project, 'fourStarFte', 10);
    expect(symbols.map((s) => s.r)).toEqual([10, MIN_RADIUS]);
    expect(symbols[1].size).toBe(0);
  });

  it('leaves out an institution the projection cannot place', () => {
    const { symbols } = layoutSymbols(institutionFigures(all, null), ([lon]) => (lon === 3 ? null : [0, 0]), 'fte', 10);
    expect(symbols.map((s) => s.name)).toEqual(['Zeta University', 'Alpha College']);
  });

  it('largest circle 20 px on a wide map, 8 px at least on a phone', () => {
    expect(maxRadiusFor(1000)).toBe(20);
    expect(maxRadiusFor(480)).toBe(16);
    expect(maxRadiusFor(200)).toBe(8);
  });
});

describe('size key', () => {
  it('1, 2 or 5 × 10ⁿ at or below a value', () => {
    expect(niceBelow(250)).toBe(200);
    expect(niceBelow(62.5)).toBe(50);
    expect(niceBelow(19.99)).toBe(10);
    expect(niceBelow(20)).toBe(20);
    expect(niceBelow(7)).toBe(5);
    expect(niceBelow(0)).toBe(0);
  });

  it('round values near the largest, a quarter and a sixteenth, on the circles’ scale', () => {
    // max 250 at 18 px: 200 → 18 × √0.8 = 16.10; 50 → 18 × √0.2 = 8.05; 10 → 18 × √0.04 = 3.6.
    const key = sizeKey(250, 18);
    expect(key.map((k) => k.value)).toEqual([200, 50, 10]);
    expect(key[0].r).toBeCloseTo(16.1, 2);
    expect(key[1].r).toBeCloseTo(8.05, 2);
    expect(key[2].r).toBeCloseTo(3.6, 10);
    // max 3: 2, then 0.75 → 0.5 and 0.1875 → 0.1 are under 1 and left out.
    expect(sizeKey(3, 18).map((k) => k.value)).toEqual([2]);
    expect(sizeKey(0, 18)).toEqual([]);
  });
});

describe('words and keyboard', () => {
  it('says institution, subject, FTE, % 4*, 4* FTE and GPA, and where it is counted', () => {
    const [f] = institutionFigures([zeta], uoasOfSector('B'));
    const t = institutionTooltip(f, 'Panel B');
    expect(t.title).toBe('Zeta University');
    expect(t.lines).toEqual([
      { label: 'Subject', value: 'Panel B' },
      { label: 'Staff submitted (FTE)', value: '40' },
      { label: 'Rated world-leading (4*)', value: '48%' },
      { label: 'World-leading research (4* FTE)', value: '19' },
      { label: 'Grade point average (0 to 4)', value: '3.35' },
    ]);
    expect(t.notes).toEqual(['Counted at its head office.']);
  });

  it('moves through the circles in name order and selects the district, or the first LEP', () => {
    const { symbols } = layoutSymbols(institutionFigures(all, null), project, 'fte', 10);
    expect(keyboardOrder(symbols).map((s) => s.name)).toEqual(['Alpha College', 'Beta Institute', 'Zeta University']);
    expect(areaOfInstitution({ district: 'E07000178', leps: ['E37000040'] }, 'lad')).toBe('E07000178');
    expect(areaOfInstitution({ district: 'E07000178', leps: ['E37000040', 'X'] }, 'lep')).toBe('E37000040');
    expect(areaOfInstitution({ district: 'E07000178', leps: [] }, 'lep')).toBeNull();
  });
});

describe("an area's institutions in its profile", () => {
  it('lists those with staff in the subject, largest FTE first; all subjects when none is chosen', () => {
    expect(areaInstitutions(all, '12').map((f) => [f.name, f.fte])).toEqual([
      ['Zeta University', 10],
      ['Alpha College', 2.5],
    ]);
    // Clinical Medicine: Beta 8 FTE, Zeta 5 FTE.
    expect(areaInstitutions(all, '1').map((f) => [f.name, f.fte])).toEqual([
      ['Beta Institute', 8],
      ['Zeta University', 5],
    ]);
    // All subjects: Zeta 45, Beta 8, Alpha 2.5.
    expect(areaInstitutions(all, null).map((f) => f.fte)).toEqual([45, 8, 2.5]);
    expect(areaInstitutions(all, '30')).toEqual([]);
  });

  it('offers the panels and UoAs the area has, in code order', () => {
    const names = new Map([
      [1, 'Clinical Medicine'],
      [11, 'Computer Science and Informatics'],
      [12, 'Engineering'],
    ]);
    expect(subjectChoices(all, names, { A: 'Panel A', B: 'Panel B' })).toEqual([
      { code: 'A', name: 'Panel A' },
      { code: 'B', name: 'Panel B' },
      { code: '1', name: 'Clinical Medicine' },
      { code: '11', name: 'Computer Science and Informatics' },
      { code: '12', name: 'Engineering' },
    ]);
  });
});
