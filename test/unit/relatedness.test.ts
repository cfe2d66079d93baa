// RCA, proximity, co-location and relatedness density on a fixture worked by hand.
//
// RCA (1 = LQ ≥ 1) of five areas in four sectors:
//          s1 s2 s3 s4
//     a1    1  1  0  0
//     a2    1  1  1  0
//     a3    0  1  1  0
//     a4    1  0  0  1
//     a5    0  0  1  1
// Ubiquity: s1 3, s2 3, s3 3, s4 2. Both: s1s2 2 (a1 a2), s1s3 1 (a2), s1s4 1 (a4), s2s3 2 (a2 a3),
// s2s4 0, s3s4 1 (a5). φ = both / max(ubiquities): s1s2 2/3, s1s3 1/3, s1s4 1/3, s2s3 2/3, s2s4 0, s3s4 1/3.
import { describe, expect, it } from 'vitest';
import { revealedComparativeAdvantage, diversity, ubiquity } from '../../src/lib/metrics/rca';
import { rcaFrom } from './fixtures-rca';
import { colocation, proximity } from '../../src/lib/metrics/proximity';
import { relatednessDensity, relatedStrengths } from '../../src/lib/metrics/relatedness-density';

const FIXTURE = ['1100', '1110', '0110', '1001', '0011'];
const S = 4;
const phiAt = (phi: Float64Array, i: number, j: number) => phi[(i - 1) * S + (j - 1)];

describe('revealed comparative advantage', () => {
  it('is LQ ≥ 1, with LQ exactly 1 counted and a missing LQ unknown rather than "no"', () => {
    // Two areas, two sectors, index s·A + a: (s1,a1) 1, (s1,a2) 0.999, (s2,a1) NaN, (s2,a2) 3.
    const m = revealedComparativeAdvantage([1, 0.999, NaN, 3], 2, 2);
    expect([...m.has]).toEqual([1, 0, 0, 1]);
    expect([...m.known]).toEqual([1, 1, 0, 1]);
  });

  it('counts diversity per area and ubiquity per sector', () => {
    const m = rcaFrom(FIXTURE);
    expect([...diversity(m)]).toEqual([2, 3, 2, 2, 2]);
    expect([...ubiquity(m)]).toEqual([3, 3, 3, 2]);
  });

  it('rejects LQs that do not fit the shape', () => {
    expect(() => revealedComparativeAdvantage([1, 2, 3], 2, 2)).toThrow(/3 LQs for 2 areas × 2 sectors/);
  });
});

describe('proximity φ', () => {
  const phi = proximity(rcaFrom(FIXTURE));

  it('is the smaller conditional probability, symmetric, 1 on the diagonal', () => {
    expect(phiAt(phi, 1, 2)).toBeCloseTo(2 / 3, 12);
    expect(phiAt(phi, 1, 3)).toBeCloseTo(1 / 3, 12);
    expect(phiAt(phi, 1, 4)).toBeCloseTo(1 / 3, 12);
    expect(phiAt(phi, 2, 3)).toBeCloseTo(2 / 3, 12);
    expect(phiAt(phi, 2, 4)).toBe(0);
    expect(phiAt(phi, 3, 4)).toBeCloseTo(1 / 3, 12);
    for (let i = 1; i <= S; i++) {
      expect(phiAt(phi, i, i)).toBe(1);
      for (let j = 1; j <= S; j++) expect(phiAt(phi, i, j)).toBe(phiAt(phi, j, i));
    }
  });

  it('counts only areas where both sectors are known', () => {
    // a1's s1 unknown: over a2..a5, s1 has a2 a4 (2), s2 a2 a3 (2), both a2 → 1/2; s1s4 both a4 of 2 → 1/2.
    const p = proximity(rcaFrom(['?100', '1110', '0110', '1001', '0011']));
    expect(phiAt(p, 1, 2)).toBeCloseTo(1 / 2, 12);
    expect(phiAt(p, 1, 4)).toBeCloseTo(1 / 2, 12);
    expect(phiAt(p, 2, 3)).toBeCloseTo(2 / 3, 12);
  });

  it('is not a number beside a sector no area specialises in', () => {
    const p = proximity(rcaFrom(['10', '10']));
    expect(p[0 * 2 + 1]).toBeNaN();
    expect(p[1 * 2 + 1]).toBeNaN();
    expect(p[0]).toBe(1);
  });
});

describe('co-location corrected for ubiquity', () => {
  it('is (r − 1)/(r + 1) of observed over expected co-specialisation, floored at 0', () => {
    const c = colocation(rcaFrom(FIXTURE));
    // s1s2: r = 2·5 / (3·3) = 10/9 → (1/9)/(19/9) = 1/19. s1s4: r = 1·5/(3·2) = 5/6 < 1 → 0.
    expect(phiAt(c, 1, 2)).toBeCloseTo(1 / 19, 12);
    expect(phiAt(c, 2, 3)).toBeCloseTo(1 / 19, 12);
    expect(phiAt(c, 1, 4)).toBe(0);
    expect(phiAt(c, 2, 4)).toBe(0);
    expect(phiAt(c, 4, 4)).toBe(1);
  });
});

describe('relatedness density', () => {
  const m = rcaFrom(FIXTURE);
  const phi = proximity(m);
  const density = relatednessDensity(m, phi);
  const at = (a: number, s: number) => density[(s - 1) * 5 + (a - 1)];

  it('is the share of a sector’s proximity (itself left out) that the area specialises in', () => {
    // a1 (s1, s2) in s3: (1/3 + 2/3) / (1/3 + 2/3 + 1/3) = 3/4.
    expect(at(1, 3)).toBeCloseTo(3 / 4, 12);
    // a1 in s4: (1/3 + 0) / (1/3 + 0 + 1/3) = 1/2.
    expect(at(1, 4)).toBeCloseTo(1 / 2, 12);
    // a4 (s1, s4) in s2: (2/3 + 0) / (2/3 + 2/3 + 0) = 1/2.
    expect(at(4, 2)).toBeCloseTo(1 / 2, 12);
    // a3 (s2, s3) in s1: (2/3 + 1/3) / (2/3 + 1/3 + 1/3) = 3/4.
    expect(at(3, 1)).toBeCloseTo(3 / 4, 12);
    // a2 in s4: has s1 s2 s3: (1/3 + 0 + 1/3) / (2/3) = 1.
    expect(at(2, 4)).toBeCloseTo(1, 12);
  });

  it('leaves an unknown sector out of both sums', () => {
    // a1's s1 unknown; in s3: (φ32 = 2/3) / (2/3 + φ34 = 1/3) = 2/3 (φ from the full fixture).
    const m2 = rcaFrom(['?100', '1110', '0110', '1001', '0011']);
    const d = relatednessDensity(m2, phi);
    expect(d[2 * 5 + 0]).toBeCloseTo(2 / 3, 12);
  });

  it('names the strengths behind a density, closest first', () => {
    expect(relatedStrengths(m, phi, 0, 2)).toEqual([
      { sector: 1, proximity: phiAt(phi, 3, 2) },
      { sector: 0, proximity: phiAt(phi, 3, 1) },
    ]);
    // a1 in s4: only s1 is both held and close (φ24 = 0 is not a reason).
    expect(relatedStrengths(m, phi, 0, 3).map((r) => r.sector)).toEqual([0]);
  });
});
