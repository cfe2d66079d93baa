// "Every place strong in both": for every LEP (or every district), each subject–industry pair where
// research and business strengths meet. One row per place × pair, from strengthsMeet itself, so the
// national table and each area's profile can never disagree on what "strong in both" means (a research
// LQ on under MIN_RANKED_FTE FTE of staff submitted counts as no strength in either).
import type { DatasetMeta } from '../data/types';
import { viewCsv, type CsvColumn } from '../export/csv-download';
import type { ShareSpec } from '../export/share-spec';
import { levelWords } from '../words';
import { strengthsMeet, type StrengthsInputs } from './strengths-meet';
import { HEAD_OFFICE_NOTE, REF_SNAPSHOT_NOTE } from './notes';
import { CONCORDANCE_SOURCE } from './concordance';
import { MIN_RANKED_FTE } from '../metrics/research';

/** What the table, its CSV and their notes say of the minimum-FTE rule. */
export const PLACES_BOTH_FTE_NOTE =
  `A research LQ counts as a strength only where at least ${MIN_RANKED_FTE} FTE of staff were submitted in the subject, ` +
  'as in the science base: below that one small submission makes the whole LQ, so such pairs are not listed here ' +
  '(each area’s profile shows them, marked as too small to count).';

export interface PlaceBothRow {
  areaCode: string;
  areaName: string;
  uoa: number;
  uoaName: string;
  industry: string;
  industryName: string;
  researchLq: number;
  enterpriseLq: number;
  /** The area's 4* FTE in the subject: the research behind the research LQ. */
  fourStarFte: number;
  /** FTE of staff submitted in the subject (at least MIN_RANKED_FTE where the rule applied); NaN without the FTE cube. */
  staffFte: number;
}

/**
 * Every pair strong on both sides (strengthsMeet's kind 'both') in every area of one level: with the FTE
 * cube, a research LQ on under MIN_RANKED_FTE FTE submitted is not a strength, so its pairs are left out.
 */
export function everyPlaceStrongInBoth(
  inp: Pick<StrengthsInputs, 'research' | 'fte' | 'enterprises' | 'benchmark'>,
  level: 'lep' | 'lad',
): PlaceBothRow[] {
  if (!inp.enterprises) return [];
  const out: PlaceBothRow[] = [];
  for (const area of inp.research.areas) {
    if (area.level !== level) continue;
    const m = strengthsMeet({ ...inp, employment: null }, area.code);
    for (const p of m.pairs) {
      if (p.kind !== 'both') continue;
      out.push({
        areaCode: area.code,
        areaName: area.name,
        uoa: p.uoa,
        uoaName: p.uoaName,
        industry: p.industry,
        industryName: p.industryName,
        researchLq: p.researchLq,
        enterpriseLq: p.businessLq,
        fourStarFte: p.fourStarFte,
        staffFte: p.staffFte,
      });
    }
  }
  return sortPlacesBoth(out, 'area', false);
}

export type PlaceBothSort =
  'area' | 'subject' | 'industry' | 'researchLq' | 'enterpriseLq' | 'fourStarFte' | 'staffFte';

const KEY: Record<PlaceBothSort, (r: PlaceBothRow) => string | number> = {
  area: (r) => r.areaName,
  subject: (r) => r.uoaName,
  industry: (r) => r.industryName,
  researchLq: (r) => r.researchLq,
  enterpriseLq: (r) => r.enterpriseLq,
  fourStarFte: (r) => r.fourStarFte,
  staffFte: (r) => r.staffFte,
};

/** Sorted by one column; ties by area, then subject number, then industry code, always ascending. */
export function sortPlacesBoth(rows: readonly PlaceBothRow[], by: PlaceBothSort, descending: boolean): PlaceBothRow[] {
  const cmp = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en-GB');
  return [...rows].sort(
    (x, y) =>
      (descending ? -1 : 1) * cmp(KEY[by](x), KEY[by](y)) ||
      cmp(x.areaName, y.areaName) ||
      x.uoa - y.uoa ||
      Number(x.industry) - Number(y.industry),
  );
}

const lq2 = (x: number) => Math.round(x * 100) / 100;

export function placesBothColumns(level: 'lep' | 'lad'): CsvColumn<PlaceBothRow>[] {
  const one = levelWords(level).one;
  return [
    { header: 'area_code', value: (r) => r.areaCode, about: `ONS code of the ${one}` },
    { header: 'area_name', value: (r) => r.areaName, about: `name of the ${one}` },
    { header: 'uoa', value: (r) => r.uoa, about: 'REF 2021 unit of assessment number' },
    { header: 'uoa_name', value: (r) => r.uoaName, about: 'REF 2021 unit of assessment (subject)' },
    { header: 'industry_group', value: (r) => r.industry, about: 'UK Business Counts broad industry group code' },
    { header: 'industry_name', value: (r) => r.industryName, about: 'UK Business Counts broad industry group' },
    {
      header: 'research_lq',
      value: (r) => lq2(r.researchLq),
      about: "research LQ: share of England's 4* FTE in the subject over share of all 4* FTE (REF 2021)",
    },
    {
      header: 'enterprise_lq',
      value: (r) => lq2(r.enterpriseLq),
      about: 'location quotient of enterprises in the industry group against England (UK Business Counts)',
    },
    { header: 'four_star_fte', value: (r) => r.fourStarFte, about: '4* FTE in the subject (REF 2021)' },
    {
      header: 'staff_submitted_fte',
      value: (r) => (Number.isFinite(r.staffFte) ? r.staffFte : null),
      about: `FTE of staff submitted in the subject (REF 2021); pairs resting on under ${MIN_RANKED_FTE} FTE are not listed`,
    },
  ];
}

/** The table's "Share & download": a table, so no image; the CSV is every row, in the order shown. */
export function placesBothShare(
  ref: DatasetMeta,
  level: 'lep' | 'lad',
  enterprisesYear: string,
  rows: readonly PlaceBothRow[],
): ShareSpec {
  const many = levelWords(level).many;
  return {
    title: `Every place strong in both research and industry: ${many}`,
    subtitle: `Subject–industry pairs with a research LQ above 1 (4* FTE, on at least ${MIN_RANKED_FTE} FTE submitted) and an enterprise LQ above 1`,
    fileParts: ['Strong in both', many],
    chart: () => null,
    image: false,
    legend: null,
    filters: [
      ['Areas', many],
      ['Year', `REF 2021; enterprises ${enterprisesYear}`],
    ],
    benchmark: 'England',
    viewCsv: (header) =>
      viewCsv({
        header: {
          ...header,
          notes: [
            ...(header.notes ?? []),
            PLACES_BOTH_FTE_NOTE,
            CONCORDANCE_SOURCE,
            HEAD_OFFICE_NOTE,
            REF_SNAPSHOT_NOTE,
          ],
        },
        columns: placesBothColumns(level),
        rows,
      }),
    meta: ref,
  };
}
