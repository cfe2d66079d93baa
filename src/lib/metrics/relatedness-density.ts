// Relatedness density: how much of what is close to a sector an area already specialises in.
// density(a, s) = Σ_{j≠s} φ(s, j)·RCA(a, j) / Σ_{j≠s} φ(s, j), between 0 and 1 (Hidalgo et al. 2007;
// Balland et al. 2019 leave the sector itself out, as here: holding s is not evidence of being near it).
import type { RcaMatrix } from './rca';

/**
 * Every area's density in every sector, index s·A + a (as the LQs). Sectors j whose RCA in area a
 * is unknown are left out of both sums, so a suppressed figure neither counts for nor against the
 * area. NaN where the sector has no known proximity to anything the area reports.
 */
export function relatednessDensity(m: RcaMatrix, proximity: Float64Array): Float64Array {
  const A = m.areas;
  const S = m.sectors;
  if (proximity.length !== S * S) throw new Error(`relatednessDensity: proximity is not ${S} × ${S}`);
  const out = new Float64Array(S * A);
  for (let s = 0; s < S; s++) {
    for (let a = 0; a < A; a++) {
      let num = 0;
      let den = 0;
      for (let j = 0; j < S; j++) {
        if (j === s) continue;
        const phi = proximity[s * S + j];
        if (!Number.isFinite(phi) || !m.known[j * A + a]) continue;
        den += phi;
        if (m.has[j * A + a]) num += phi;
      }
      out[s * A + a] = den > 0 ? num / den : NaN;
    }
  }
  return out;
}

/**
 * The sectors that make area a's density in sector s: those it specialises in, strongest proximity
 * first ("related to your strengths in …"). Returns sector indices with their φ.
 */
export function relatedStrengths(
  m: RcaMatrix,
  proximity: Float64Array,
  a: number,
  s: number,
  limit = 3,
): { sector: number; proximity: number }[] {
  const A = m.areas;
  const S = m.sectors;
  const out: { sector: number; proximity: number }[] = [];
  for (let j = 0; j < S; j++) {
    const phi = proximity[s * S + j];
    if (j === s || !(phi > 0) || !m.has[j * A + a]) continue;
    out.push({ sector: j, proximity: phi });
  }
  out.sort((x, y) => y.proximity - x.proximity || x.sector - y.sector);
  return out.slice(0, limit);
}
