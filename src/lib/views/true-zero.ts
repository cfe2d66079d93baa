// A true zero is not a missing figure. An area with nothing at all in a dataset (no institution
// submitting to REF, no research-council award) has no mix to compare, so its location quotient is
// undefined; an area with none in one sector has LQ 0, which a log colour scale cannot place. Both are
// drawn in their own plain fill and named in words, never hatched as "no figure".
import type { AreaTableRow } from './area-table';
import type { MetricKey } from '../format';
import { isRefDataset } from '../research/notes';

/** 'area': the area has nothing in any sector; 'sector': nothing in this sector, something in others. */
export type ZeroKind = 'area' | 'sector';

export interface ZeroWords {
  area: string;
  sector: string;
  /** What the grey means, after the label in the legend. */
  note: string;
}

/** Plain greys: clearly not colours of the scale, and not the hatch of "no figure". */
export const ZERO_COLOURS: Record<ZeroKind, string> = { area: '#dcdcdc', sector: '#b8b8b8' };

/**
 * Words for the datasets whose zeros are known to be true (the research datasets: every institution
 * and organisation is placed, so an area without one has exactly 0); undefined for the others, whose
 * zeros may be rounded or suppressed counts and keep the general rules.
 */
export function zeroWords(datasetId: string): ZeroWords | undefined {
  const note = 'a true zero, not missing';
  // A GPA grades what was submitted: with no staff submitted there is nothing to grade (no GPA, not 0).
  if (datasetId === 'ref2021-gpa')
    return {
      area: 'No research submitted',
      sector: 'No staff submitted in this subject',
      note: 'nothing to grade, not missing',
    };
  if (isRefDataset(datasetId)) return { area: 'No research submitted', sector: 'None in this subject', note };
  if (datasetId === 'ukri-awarded') return { area: 'No awards', sector: 'No awards from this council', note };
  return undefined;
}

/**
 * Which true zero a row shows on a metric, when the metric gives it no colour of its own; else null.
 * An LQ of 0 has no place on log(LQ); a share of England of 0 is no share at all, so it is named, not
 * drawn as the palest class (on the district map three in four districts would fill it).
 */
export function shownZero(row: AreaTableRow, metric: MetricKey): ZeroKind | null {
  if (!row.zero) return null;
  const v = row[metric as keyof AreaTableRow] as number;
  const placeable = Number.isFinite(v) && !((metric === 'lq' || metric === 'englandShare') && v <= 0);
  return placeable ? null : row.zero;
}

/** How many rows show each kind of true zero, for the legend. */
export function zeroCounts(rows: readonly AreaTableRow[], metric: MetricKey): Record<ZeroKind, number> {
  const out = { area: 0, sector: 0 };
  for (const r of rows) {
    const z = shownZero(r, metric);
    if (z) out[z]++;
  }
  return out;
}
