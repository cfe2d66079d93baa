// How related two sectors are, from how often the same districts specialise in both.
// Layout: a symmetric S × S Float64Array, cell (i, j) at i·S + j; the diagonal is 1 for a sector
// some area specialises in (a sector is fully related to itself), else NaN.
import type { RcaMatrix } from './rca';

/** Counts over the areas where both sectors' RCA is known: n_i, n_j (areas with RCA) and n_ij (both). */
function pairCounts(m: RcaMatrix, i: number, j: number): { ni: number; nj: number; nij: number; areas: number } {
  const A = m.areas;
  const bi = i * A;
  const bj = j * A;
  let ni = 0;
  let nj = 0;
  let nij = 0;
  let areas = 0;
  for (let a = 0; a < A; a++) {
    // An area whose RCA in either sector is unknown says nothing about the pair.
    if (!m.known[bi + a] || !m.known[bj + a]) continue;
    areas++;
    const hi = m.has[bi + a];
    const hj = m.has[bj + a];
    ni += hi;
    nj += hj;
    nij += hi & hj;
  }
  return { ni, nj, nij, areas };
}

function symmetric(m: RcaMatrix, cell: (c: ReturnType<typeof pairCounts>) => number): Float64Array {
  const S = m.sectors;
  const out = new Float64Array(S * S);
  for (let i = 0; i < S; i++) {
    for (let j = i; j < S; j++) {
      const c = pairCounts(m, i, j);
      const v = i === j ? (c.ni > 0 ? 1 : NaN) : cell(c);
      out[i * S + j] = v;
      out[j * S + i] = v;
    }
  }
  return out;
}

/**
 * Proximity φ(i, j) = min(P(RCA i | RCA j), P(RCA j | RCA i)) = n_ij / max(n_i, n_j)
 * (Hidalgo, Klinger, Barabási and Hausmann 2007). Taking the smaller of the two conditional
 * probabilities stops a sector that is everywhere from looking close to everything. NaN when
 * either sector has no area with RCA (a probability given something that never happens is undefined).
 */
export function proximity(m: RcaMatrix): Float64Array {
  return symmetric(m, ({ ni, nj, nij }) => (ni > 0 && nj > 0 ? nij / Math.max(ni, nj) : NaN));
}

/**
 * Co-location corrected for ubiquity (the "association strength" of van Eck and Waltman 2009, as
 * used for relatedness by Neffke and others): r = n_ij·N / (n_i·n_j), how many times more often two
 * sectors are specialised in together than if specialisations fell independently. Returned as
 * max(0, (r − 1) / (r + 1)), so 0 means "no more often than chance" and values approach 1 for pairs
 * that always go together; the same 0–1 footing as φ. NaN when either sector has no RCA anywhere.
 */
export function colocation(m: RcaMatrix): Float64Array {
  return symmetric(m, ({ ni, nj, nij, areas }) => {
    if (!(ni > 0 && nj > 0)) return NaN;
    const r = (nij * areas) / (ni * nj);
    return Math.max(0, (r - 1) / (r + 1));
  });
}
