// The ranking's value axis: from 0 for counts and shares; for a diverging scale, centred on its
// neutral value, so bars grow from it (productivity: from UK = 100, not from 0, where every district
// would be a long bar and the difference from the UK invisible).
import type { MetricScale } from '../map/classify';

export function rankingDomain(
  values: readonly number[],
  scale: Pick<MetricScale, 'kind' | 'centre'>,
): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (scale.kind === 'diverging') {
    const c = scale.centre;
    const m = Math.max(0, ...finite.map((v) => Math.abs(v - c))) || 1;
    return [c - m, c + m];
  }
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  return hi === lo ? [lo, lo + 1] : [lo, hi];
}

/**
 * The words at the ranking's centre line: "England = 1" for LQ, "no change" for changes, and for an
 * indicator with a neutral value the benchmark its unit names ("index (UK = 100)" → "UK = 100").
 */
export function rankingCentreLabel(
  metric: string,
  scale: Pick<MetricScale, 'kind' | 'centre'>,
  o: { benchmark: string; unit: string },
): string {
  if (metric === 'lq') return `${o.benchmark} = 1`;
  if (scale.kind !== 'diverging') return '0';
  if (scale.centre === 0) return 'no change';
  const named = /\(([^()]*=\s*[\d.]+)\)/.exec(o.unit);
  return named ? named[1] : String(scale.centre);
}
