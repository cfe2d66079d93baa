// Economic complexity on fixtures worked by hand.
//
// Fixture A (4 areas × 3 sectors, RCA):     s1 s2 s3    diversity
//                                      a1    1  1  1    3
//                                      a2    1  1  0    2
//                                      a3    1  0  0    1
//                                      a4    1  1  0    2
// ubiquity s1 4, s2 3, s3 1. Sector matrix M̃ = D_s⁻¹ Mᵀ D_a⁻¹ M, in 36ths:
//   [[21 12 3] [16 16 4] [12 12 12]]: trace 49/36, det 1/36, eigenvalues 1, 1/4, 1/9.
// (M̃ − I/4) y = 0 gives y = (1, 0, −4); areas x = D_a⁻¹ M y = (−1, 1/2, 1, 1/2), which falls with
// diversity, so both flip: x = (1, −1/2, −1, −1/2), y = (−1, 0, 4).
// Standardised (sample sd): ECI = (5, −1, −3, −1) / (2√3); PCI = (−2, −1, 3) / √7.
import { describe, expect, it } from 'vitest';
import { complexityByReflections, economicComplexity } from '../../src/lib/metrics/complexity';
import { symmetricEigen } from '../../src/lib/metrics/symmetric-eigen';
import { rcaFrom } from './fixtures-rca';

const A_ROWS = ['111', '110', '100', '110'];

function expectClose(actual: ArrayLike<number>, expected: number[], digits = 10) {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) =>
    Number.isNaN(e) ? expect(actual[i]).toBeNaN() : expect(actual[i]).toBeCloseTo(e, digits),
  );
}

describe('symmetric eigen decomposition', () => {
  it('finds the eigenvalues and unit eigenvectors of [[2, 1], [1, 2]]', () => {
    const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2);
    expectClose(values, [3, 1]);
    expect(Math.abs(vectors[0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0] * vectors[1]).toBeCloseTo(0.5, 12);
    expect(vectors[2] * vectors[3]).toBeCloseTo(-0.5, 12);
  });
});

describe('economic complexity (eigenvector method)', () => {
  it('gives the hand-worked ECI, PCI and eigenvalue on fixture A', () => {
    const c = economicComplexity(rcaFrom(A_ROWS));
    const r3 = 2 * Math.sqrt(3);
    expectClose(c.eci, [5 / r3, -1 / r3, -3 / r3, -1 / r3]);
    const r7 = Math.sqrt(7);
    expectClose(c.pci, [-2 / r7, -1 / r7, 3 / r7]);
    expect(c.eigenvalue).toBeCloseTo(1 / 4, 12);
  });

  it('scores more diverse places higher, whatever the order of areas and sectors', () => {
    // The same fixture with areas and sectors reversed: same numbers, reversed.
    const rev = A_ROWS.map((r) => [...r].reverse().join('')).reverse();
    const c = economicComplexity(rcaFrom(rev));
    const r3 = 2 * Math.sqrt(3);
    expectClose(c.eci, [-1 / r3, -3 / r3, -1 / r3, 5 / r3]);
    expect(c.pci[0]).toBeGreaterThan(c.pci[2]);
  });

  it('gives (1, 0, −1) and (−1, 0, 1) on the nested 3 × 3 fixture', () => {
    // M̃ in 36ths [[22 10 4] [15 15 6] [12 12 12]], eigenvalues 1, 1/4, 1/9; x ∝ (2, −1, −4).
    const c = economicComplexity(rcaFrom(['111', '110', '100']));
    expectClose(c.eci, [1, 0, -1]);
    expectClose(c.pci, [-1, 0, 1]);
  });

  it('leaves out an area with no specialisation and one mostly unknown, and a sector nobody holds', () => {
    // a5 holds nothing; a6 is 2/3 unknown (below the default 3/4 known); s4 is held by no one.
    const c = economicComplexity(rcaFrom(['1110', '1100', '1000', '1100', '0000', '1??0']));
    const r3 = 2 * Math.sqrt(3);
    expectClose(c.eci, [5 / r3, -1 / r3, -3 / r3, -1 / r3, NaN, NaN]);
    const r7 = Math.sqrt(7);
    expectClose(c.pci, [-2 / r7, -1 / r7, 3 / r7, NaN]);
  });

  it('equals the limit of the method of reflections', () => {
    for (const rows of [A_ROWS, ['111', '110', '100'], ['11010', '11100', '10000', '01011', '11111', '10100']]) {
      const m = rcaFrom(rows);
      const eig = economicComplexity(m);
      const refl = complexityByReflections(m, 400);
      expectClose(refl.eci, [...eig.eci], 8);
      expectClose(refl.pci, [...eig.pci], 8);
    }
  });
});
