// Research measures on a small fixture worked by hand (numbers in the comments, not from the code).
import { describe, expect, it } from 'vitest';
import {
  combineProfiles,
  fourStarFte,
  gradePointAverage,
  researchLq,
  researchPower,
  shareOfEngland,
  type QualityProfile,
} from '../../src/lib/metrics/research';
import { groupByPanel, panelOfUoa } from '../../src/lib/research/uoa';

// Institution X (in the area), UoA 1: FTE 10, 40/30/20/10/0 % at 4*/3*/2*/1*/unclassified.
const x1: QualityProfile = { fte: 10, p4: 40, p3: 30, p2: 20, p1: 10 };
// Institution X, UoA 2: FTE 20, 10/50/30/10/0.
const x2: QualityProfile = { fte: 20, p4: 10, p3: 50, p2: 30, p1: 10 };
// Institution Y (elsewhere in England), UoA 1: FTE 5, 20/40/40/0/0.
const y1: QualityProfile = { fte: 5, p4: 20, p3: 40, p2: 40, p1: 0 };

describe('REF measures of one submission', () => {
  it('4* FTE = FTE × %4* / 100', () => {
    expect(fourStarFte(x1)).toBeCloseTo(4, 12); // 10 × 40 / 100
    expect(fourStarFte(x2)).toBeCloseTo(2, 12); // 20 × 10 / 100
    expect(fourStarFte(y1)).toBeCloseTo(1, 12); // 5 × 20 / 100
  });
  it('GPA = (4·%4* + 3·%3* + 2·%2* + 1·%1*) / 100', () => {
    expect(gradePointAverage(x1)).toBeCloseTo(3.0, 12); // (160 + 90 + 40 + 10) / 100
    expect(gradePointAverage(x2)).toBeCloseTo(2.6, 12); // (40 + 150 + 60 + 10) / 100
    expect(gradePointAverage(y1)).toBeCloseTo(2.8, 12); // (80 + 120 + 80) / 100
    expect(gradePointAverage({ fte: 3, p4: 0, p3: 0, p2: 0, p1: 0 })).toBe(0); // all unclassified
  });
  it('research power = GPA × FTE', () => {
    expect(researchPower(x1)).toBeCloseTo(30, 12); // 3.0 × 10
    expect(researchPower(x2)).toBeCloseTo(52, 12); // 2.6 × 20
    expect(researchPower(y1)).toBeCloseTo(14, 12); // 2.8 × 5
  });
});

describe('several submissions together', () => {
  it('adds FTE, 4* FTE and power; GPA is power / FTE', () => {
    const x = combineProfiles([x1, x2]);
    expect(x.fte).toBe(30);
    expect(x.fourStarFte).toBeCloseTo(6, 12);
    expect(x.power).toBeCloseTo(82, 12);
    expect(x.gpa).toBeCloseTo(82 / 30, 12); // 2.7333…, not the plain mean 2.8 of the two GPAs
  });
  it('has no GPA when there is no FTE', () => {
    expect(combineProfiles([]).gpa).toBeNaN();
  });
});

describe('research location quotient and share of England', () => {
  // England = X + Y. 4* FTE: UoA 1 England 4 + 1 = 5, UoA 2 England 2; all UoAs 7. Area (X): 4, 2; all 6.
  it('is the area share of England in the UoA over its share of all 4* FTE', () => {
    expect(researchLq(4, 6, 5, 7)).toBeCloseTo(0.8 / (6 / 7), 12); // 0.9333…
    expect(researchLq(2, 6, 2, 7)).toBeCloseTo(1 / (6 / 7), 12); // 1.1667
    expect(shareOfEngland(4, 5)).toBeCloseTo(0.8, 12);
  });
  it('is 1 for England itself and 0 where the area has research but none in the UoA', () => {
    expect(researchLq(5, 7, 5, 7)).toBe(1);
    expect(researchLq(0, 6, 5, 7)).toBe(0);
  });
  it('is undefined (NaN) where the area has no research at all, or England none in the UoA', () => {
    expect(researchLq(0, 0, 5, 7)).toBeNaN();
    expect(researchLq(0, 6, 0, 7)).toBeNaN();
    expect(shareOfEngland(1, 0)).toBeNaN();
  });
});

describe('main panels', () => {
  it('puts UoAs 1–6 in A, 7–12 in B, 13–24 in C, 25–34 in D', () => {
    expect([1, 6, 7, 12, 13, 24, 25, 34].map(panelOfUoa)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
    expect([0, 35, 2.5].map(panelOfUoa)).toEqual([null, null, null]);
  });
  it('groups sectors by panel and leaves out codes that are not UoAs', () => {
    const g = groupByPanel([{ code: '12' }, { code: '3' }, { code: 'x' }, { code: '30' }]);
    expect(g.map((p) => [p.panel, p.sectors.map((s) => s.code)])).toEqual([
      ['A', ['3']],
      ['B', ['12']],
      ['D', ['30']],
    ]);
  });
});
