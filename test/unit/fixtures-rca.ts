import { revealedComparativeAdvantage, type RcaMatrix } from '../../src/lib/metrics/rca';

/** Build an RcaMatrix from one string per area ("1100"; "?" = unknown), in the s·A + a layout. */
export function rcaFrom(rows: string[]): RcaMatrix {
  const A = rows.length;
  const S = rows[0].length;
  const lq = new Float64Array(A * S);
  rows.forEach((r, a) => [...r].forEach((c, s) => (lq[s * A + a] = c === '?' ? NaN : c === '1' ? 2 : 0.5)));
  return revealedComparativeAdvantage(lq, A, S);
}
