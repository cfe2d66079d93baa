// Which areas the map hatches as approximate: a figure drawn on the map that rests on a flagged
// value (suppressed, unreliable, rounded…), on a partial total, or, for growth and LQ change, on a
// flagged start-year value.
import type { MetricKey } from '../format';
import type { AreaTableRow } from '../views/area-table';

export function isFlagged(row: AreaTableRow | undefined, metric: MetricKey): boolean {
  if (!row || !Number.isFinite(row[metric])) return false; // no figure: drawn as no data, not hatched
  if (row.flag !== null || row.partialTotal) return true;
  return (metric === 'growth' || metric === 'lqChange') && row.fromFlag !== null;
}
