// Economic complexity (Hidalgo and Hausmann 2009; the eigenvector form of Mealy, Farmer and Teytelboym
// 2019): an area is complex when it specialises in many sectors that few areas specialise in, and a
// sector is complex when the areas that specialise in it are. ECI for areas, PCI ("sector complexity
// index") for sectors, both standardised (mean 0, sample standard deviation 1) over the areas or
// sectors that have one. Sign fixed so that ECI rises with diversity; PCI takes the same orientation
// (an area's raw ECI is the mean raw PCI of its specialisations).
import { diversity, type RcaMatrix } from './rca';
import { symmetricEigen } from './symmetric-eigen';

export interface Complexity {
  /** Per area (length A); NaN for an area left out (no specialisation, or too much unknown). */
  eci: Float64Array;
  /** Per sector (length S); NaN for a sector no included area specialises in. */
  pci: Float64Array;
  /** The eigenvalue behind them (the second largest of the area–area matrix; the largest is 1). */
  eigenvalue: number;
}

export interface ComplexityOptions {
  /**
   * An area takes part only when at least this share of its sectors is known. Unknown cells of the
   * areas that take part count as "no specialisation" (the eigenvector needs a complete matrix), so
   * an area that is mostly unknown would get a number that means nothing. Default 0.75.
   */
  minKnownShare?: number;
}

interface Included {
  areas: number[];
  sectors: number[];
  /** Diversity and ubiquity over the included areas and sectors. */
  kA: Float64Array;
  kS: Float64Array;
}

function include(m: RcaMatrix, minKnownShare: number): Included {
  const A = m.areas;
  const S = m.sectors;
  const div = diversity(m);
  const areas: number[] = [];
  for (let a = 0; a < A; a++) {
    let known = 0;
    for (let s = 0; s < S; s++) known += m.known[s * A + a];
    if (div[a] > 0 && known >= minKnownShare * S) areas.push(a);
  }
  const sectors: number[] = [];
  const ubi: number[] = [];
  for (let s = 0; s < S; s++) {
    let n = 0;
    for (const a of areas) n += m.has[s * A + a];
    if (n > 0) {
      sectors.push(s);
      ubi.push(n);
    }
  }
  const kA = new Float64Array(areas.length);
  areas.forEach((a, i) => {
    for (const s of sectors) kA[i] += m.has[s * A + a];
  });
  return { areas, sectors, kA, kS: Float64Array.from(ubi) };
}

/** Standardise in place over the finite entries: mean 0, sample standard deviation 1. */
function standardise(x: Float64Array): void {
  let n = 0;
  let sum = 0;
  for (const v of x) {
    if (Number.isFinite(v)) {
      n++;
      sum += v;
    }
  }
  const mean = sum / n;
  let ss = 0;
  for (const v of x) if (Number.isFinite(v)) ss += (v - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  for (let i = 0; i < x.length; i++) x[i] = n > 1 && sd > 0 ? (x[i] - mean) / sd : NaN;
}

/** Pearson correlation of the included areas' scores with their diversity: the sign to use. */
function orientation(x: ArrayLike<number>, k: ArrayLike<number>): number {
  const n = k.length;
  let mx = 0;
  let mk = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    mk += k[i];
  }
  mx /= n;
  mk /= n;
  let c = 0;
  for (let i = 0; i < n; i++) c += (x[i] - mx) * (k[i] - mk);
  return c < 0 ? -1 : 1;
}

function empty(m: RcaMatrix): Complexity {
  return { eci: new Float64Array(m.areas).fill(NaN), pci: new Float64Array(m.sectors).fill(NaN), eigenvalue: NaN };
}

/** Place the included areas' and sectors' raw scores, fix the sign, standardise. */
function finish(m: RcaMatrix, inc: Included, xA: Float64Array, yS: Float64Array, eigenvalue: number): Complexity {
  const out = empty(m);
  const sign = orientation(xA, inc.kA);
  inc.areas.forEach((a, i) => (out.eci[a] = sign * xA[i]));
  inc.sectors.forEach((s, i) => (out.pci[s] = sign * yS[i]));
  standardise(out.eci);
  standardise(out.pci);
  out.eigenvalue = eigenvalue;
  return out;
}

/**
 * ECI and PCI by the eigenvector method: the eigenvector of the second largest eigenvalue of the
 * sector–sector matrix M̃ = D_s⁻¹ Mᵀ D_a⁻¹ M (solved in its symmetric form, exactly), and the
 * areas' scores as the mean of their sectors' (the matching eigenvector of the area–area matrix).
 */
export function economicComplexity(m: RcaMatrix, options: ComplexityOptions = {}): Complexity {
  const inc = include(m, options.minKnownShare ?? 0.75);
  const A = m.areas;
  const nA = inc.areas.length;
  const nS = inc.sectors.length;
  if (nA < 3 || nS < 2) return empty(m);
  // C = D_s^-1/2 Mᵀ D_a^-1 M D_s^-1/2, symmetric with the same eigenvalues as M̃.
  const c = new Float64Array(nS * nS);
  for (let i = 0; i < nS; i++) {
    const si = inc.sectors[i];
    for (let j = i; j < nS; j++) {
      const sj = inc.sectors[j];
      let sum = 0;
      inc.areas.forEach((a, r) => {
        if (m.has[si * A + a] && m.has[sj * A + a]) sum += 1 / inc.kA[r];
      });
      const v = sum / Math.sqrt(inc.kS[i] * inc.kS[j]);
      c[i * nS + j] = v;
      c[j * nS + i] = v;
    }
  }
  const { values, vectors } = symmetricEigen(c, nS);
  // Back from the symmetric form: y = D_s^-1/2 u is M̃'s eigenvector for the sectors.
  const yS = new Float64Array(nS);
  for (let i = 0; i < nS; i++) yS[i] = vectors[nS + i] / Math.sqrt(inc.kS[i]);
  return finish(m, inc, areaMeans(m, inc, yS), yS, values[1]);
}

/** x_a = mean of y over the sectors area a specialises in (D_a⁻¹ M y). */
function areaMeans(m: RcaMatrix, inc: Included, yS: Float64Array): Float64Array {
  const A = m.areas;
  const x = new Float64Array(inc.areas.length);
  inc.areas.forEach((a, r) => {
    let sum = 0;
    inc.sectors.forEach((s, i) => {
      if (m.has[s * A + a]) sum += yS[i];
    });
    x[r] = sum / inc.kA[r];
  });
  return x;
}

/** y_s = mean of x over the areas that specialise in sector s (D_s⁻¹ Mᵀ x). */
function sectorMeans(m: RcaMatrix, inc: Included, xA: Float64Array): Float64Array {
  const A = m.areas;
  const y = new Float64Array(inc.sectors.length);
  inc.sectors.forEach((s, i) => {
    let sum = 0;
    inc.areas.forEach((a, r) => {
      if (m.has[s * A + a]) sum += xA[r];
    });
    y[i] = sum / inc.kS[i];
  });
  return y;
}

/**
 * The method of reflections (Hidalgo and Hausmann 2009): start from diversity and ubiquity and
 * average back and forth. Each step is rescaled (which leaves the direction unchanged, since the
 * averaging maps constants to constants) so that the differences between places do not vanish in
 * rounding. Its limit is the eigenvector method's answer; kept to show that, and for teaching.
 */
export function complexityByReflections(m: RcaMatrix, steps = 200, options: ComplexityOptions = {}): Complexity {
  const inc = include(m, options.minKnownShare ?? 0.75);
  if (inc.areas.length < 3 || inc.sectors.length < 2) return empty(m);
  let xA: Float64Array = Float64Array.from(inc.kA);
  let yS: Float64Array = Float64Array.from(inc.kS);
  for (let n = 0; n < steps; n++) {
    const nextY = sectorMeans(m, inc, xA);
    xA = areaMeans(m, inc, yS);
    yS = nextY;
    standardise(xA);
    standardise(yS);
  }
  // After an even number of steps xA pairs with sectorMeans(xA) as the eigenvector pair does.
  return finish(m, inc, xA, sectorMeans(m, inc, xA), NaN);
}
