// A true zero is not a missing figure. An area with nothing at all in a dataset (no institution
// submitting to REF, no research-council award) has no mix to compare, so its location quotient is
// undefined; an area with none in one sector has LQ 0, which a log colour scale cannot place. Both are
// drawn in their own plain fill and named in words, never hatched as "no figure".
import type { AreaTableRow } from './area-table';
import type { MetricKey } from '../format';
import { isRefDataset } from '../research/notes';
import { fteText } from '../research/map-lq-rank';

/** 'area': the area has nothing in any sector; 'sector': nothing in this sector, something in others. */
export type ZeroKind = 'area' | 'sector';

export interface ZeroWords {
  area: string;
  sector: string;
  /** What the grey means, after the label in the legend. */
  note: string;
  /**
   * For a measure of part of what was submitted (4* FTE): the words when no staff were submitted in the
   * subject either; `sector` then names only the missing part, and an area's tooltip adds its FTE.
   */
  noneSubmitted?: string;
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
  // 0 of 4* FTE with staff submitted is work rated below 4*, not an empty subject (zeroText says which).
  if (datasetId === 'ref2021-4star-fte')
    return {
      area: 'No research submitted',
      sector: 'No world-leading (4*) research in this subject',
      note,
      noneSubmitted: 'None submitted in this subject',
    };
  if (isRefDataset(datasetId)) return { area: 'No research submitted', sector: 'None in this subject', note };
  if (datasetId === 'ukri-awarded') return { area: 'No awards', sector: 'No awards from this council', note };
  return undefined;
}

/**
 * Whether a figure of 0 on this metric means "none" and so is named, not coloured: an LQ of 0 has no
 * place on log(LQ); a value, a share of the area's total or of England's of 0 is none at all, and as the
 * palest class it would fill most of the district map and leave an empty "under 0" class in quantiles.
 * (Growth or a change of 0 is a figure like any other.)
 */
export function zeroIsNamed(metric: MetricKey, v: number): boolean {
  if (metric === 'lq' || metric === 'englandShare') return v <= 0;
  return (metric === 'value' || metric === 'share') && v === 0;
}

/** Which true zero a row shows on a metric, when the metric gives it no colour of its own; else null. */
export function shownZero(row: AreaTableRow, metric: MetricKey): ZeroKind | null {
  if (!row.zero) return null;
  const v = row[metric as keyof AreaTableRow] as number;
  return Number.isFinite(v) && !zeroIsNamed(metric, v) ? null : row.zero;
}

/**
 * The figures the map classes and colours: a true zero shown grey (shownZero) takes no class, so classes
 * are cut over the other areas; without zero words (zeros that may be rounded) every figure is kept.
 */
export function classedValues(
  rows: readonly AreaTableRow[],
  metric: MetricKey,
  words: ZeroWords | undefined,
): number[] {
  return rows.map((r) => (words && shownZero(r, metric) ? NaN : (r[metric as keyof AreaTableRow] as number)));
}

/**
 * What one area's true zero is called: the kind's words, except 4* FTE in a subject where the FTE of
 * staff submitted is known, which says whether staff were submitted (and how many) or none were.
 */
export function zeroText(words: ZeroWords, kind: ZeroKind, fte?: number): string {
  if (kind !== 'sector' || !words.noneSubmitted || fte === undefined || !Number.isFinite(fte)) return words[kind];
  return fte > 0 ? `${words.sector} (${fteText(fte)} submitted)` : words.noneSubmitted;
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
