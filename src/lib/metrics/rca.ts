// Revealed comparative advantage (RCA): an area "has" a sector when its location quotient is at
// least 1 (Balassa; Hidalgo et al. 2007). Relatedness and complexity are built on this 0/1 matrix.
// Layout as locationQuotients(): the cell of sector s, area a is at s·A + a.

/** An areas × sectors 0/1 matrix with the cells whose LQ is unknown marked as such. */
export interface RcaMatrix {
  areas: number;
  sectors: number;
  /** 1 where LQ ≥ 1; 0 where LQ < 1 or unknown. Index s·A + a. */
  has: Uint8Array;
  /** 1 where the LQ is a number; 0 where it is missing (suppressed, no total): never read as "no RCA". */
  known: Uint8Array;
}

/** RCA from one year's LQs (length S·A, index s·A + a). LQ exactly 1 counts as RCA. */
export function revealedComparativeAdvantage(lq: ArrayLike<number>, areas: number, sectors: number): RcaMatrix {
  if (lq.length !== areas * sectors) {
    throw new Error(`revealedComparativeAdvantage: ${lq.length} LQs for ${areas} areas × ${sectors} sectors`);
  }
  const has = new Uint8Array(lq.length);
  const known = new Uint8Array(lq.length);
  for (let i = 0; i < lq.length; i++) {
    const v = lq[i];
    if (Number.isFinite(v)) {
      known[i] = 1;
      has[i] = v >= 1 ? 1 : 0;
    }
  }
  return { areas, sectors, has, known };
}

/** Diversity: how many sectors each area has RCA in (length A). */
export function diversity(m: RcaMatrix): Int32Array {
  const out = new Int32Array(m.areas);
  for (let s = 0; s < m.sectors; s++) {
    const base = s * m.areas;
    for (let a = 0; a < m.areas; a++) out[a] += m.has[base + a];
  }
  return out;
}

/** Ubiquity: how many areas have RCA in each sector (length S). */
export function ubiquity(m: RcaMatrix): Int32Array {
  const out = new Int32Array(m.sectors);
  for (let s = 0; s < m.sectors; s++) {
    const base = s * m.areas;
    let n = 0;
    for (let a = 0; a < m.areas; a++) n += m.has[base + a];
    out[s] = n;
  }
  return out;
}
