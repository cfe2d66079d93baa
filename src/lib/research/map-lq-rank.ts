// The research LQ on the map is ranked by the science base's rule (metrics/research.ts): an area
// with under MIN_RANKED_FTE FTE of staff submitted in the subject keeps its colour and figures but
// takes no rank, since one small submission makes its whole LQ (Forest of Dean's 61.7 on 8.6 FTE).
import type { Cube } from '../data/types';
import type { CsvColumn } from '../export/csv-download';
import { cellValue } from '../data/cube';
import type { MetricKey } from '../format';
import { MIN_RANKED_FTE, rankResearchLqs } from '../metrics/research';
import type { AreaTableRow } from '../views/area-table';
import { isRefVolume } from './notes';

/** What an area too small to rank is said to be, in the ranking, tooltip, table and CSV. */
export const NOT_RANKED_WORDS = `under ${MIN_RANKED_FTE} FTE submitted: not ranked`;

/** Whether the map's ranking follows the minimum-FTE rule: a REF 2021 volume's location quotient. */
export function fteRuleApplies(dataset: string, metric: MetricKey): boolean {
  // The REF 2021 volumes' LQ is a research LQ (a GPA has no LQ; UKRI money is not staff).
  return metric === 'lq' && isRefVolume(dataset);
}

/**
 * Whether the map needs the FTE cube: for the rule, and on the 4* FTE map for any metric, whose zero
 * says whether staff were submitted (views/true-zero.ts zeroText).
 */
export function fteWanted(dataset: string, metric: MetricKey): boolean {
  return fteRuleApplies(dataset, metric) || dataset === 'ref2021-4star-fte';
}

/**
 * FTE of staff submitted by area code, in one subject (matched by its code) and year of the FTE
 * cube; an empty cell is 0 (every institution is placed). Null when the cube lacks the subject or year.
 */
export function fteBySubject(fte: Cube, subject: string, year: string): Map<string, number> | null {
  const s = fte.sectorIndex.get(subject);
  const y = fte.yearIndex.get(year);
  if (s === undefined || y === undefined) return null;
  const out = new Map<string, number>();
  fte.areas.forEach((a, i) => {
    const v = cellValue(fte, i, s, y);
    out.set(a.code, Number.isFinite(v) ? v : 0);
  });
  return out;
}

/**
 * The rows with the rule applied: each area with some staff submitted carries its FTE, and one under
 * `min` also the words saying it is not ranked (rankResearchLqs decides, as in the profile). Areas with
 * no staff in the subject keep their true-zero words; an area the FTE cube lacks is left as it is.
 */
export function withFteRule(
  rows: readonly AreaTableRow[],
  fte: ReadonlyMap<string, number>,
  min = MIN_RANKED_FTE,
): AreaTableRow[] {
  const submitted = rows.flatMap((row) => {
    const f = fte.get(row.code);
    return f !== undefined && f > 0 ? [{ row, lq: row.lq, fte: f }] : [];
  });
  const tooSmall = new Set(rankResearchLqs(submitted, min).tooSmall.map((r) => r.row.code));
  return rows.map((r) => {
    const f = fte.get(r.code);
    if (f === undefined) return r;
    return { ...r, fte: f, notRanked: tooSmall.has(r.code) ? NOT_RANKED_WORDS : null };
  });
}

/**
 * FTE as the ranking and table write it: one decimal, as REF publishes FTE ("8.6 FTE"); but a figure
 * just under MIN_RANKED_FTE that one decimal would round up to it keeps two, cut not rounded ("9.95 FTE",
 * never "10.0 FTE" beside "under 10 FTE: not ranked").
 */
export function fteText(fte: number): string {
  const one = Math.round(fte * 10) / 10;
  if (fte < MIN_RANKED_FTE && one >= MIN_RANKED_FTE)
    return `${(Math.floor(Math.round(fte * 1e6) / 1e4) / 100).toFixed(2)} FTE`; // cut, float noise aside
  return `${fte.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} FTE`;
}

/** The areas left out of the ranking by the rule, as the ranking lists them after the ranked ones: largest FTE first. */
export function notRankedRows(rows: readonly AreaTableRow[]): AreaTableRow[] {
  return rows.filter((r) => r.notRanked).sort((x, y) => (y.fte ?? 0) - (x.fte ?? 0) || x.name.localeCompare(y.name));
}

/** The view CSV's columns for the rule: the FTE behind each figure and whether it is ranked. */
export function fteRuleCsvColumns(): CsvColumn<AreaTableRow>[] {
  return [
    {
      header: 'staff_submitted_fte',
      value: (r) => r.fte ?? null,
      about: 'FTE of staff submitted to REF 2021 in this subject by the institutions counted in the area.',
    },
    {
      header: 'not_ranked',
      value: (r) => r.notRanked ?? null,
      about: `"${NOT_RANKED_WORDS}" where fewer than ${MIN_RANKED_FTE} FTE of staff were submitted: one small submission makes the whole location quotient, so the map colours it but does not rank it. Empty where ranked.`,
      optional: true,
    },
  ];
}
