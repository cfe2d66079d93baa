// What "Places strong in both" (one subject, places-uoa.ts) downloads and embeds: a CSV of one row
// per place × strong industry group, in the order shown, with the concordance's reason on each row;
// its notes carry the REF attribution (from the REF dataset's description), the head-office caveat,
// the census-date snapshot and, for LEPs, the double count of the seven shared districts.
import type { DatasetMeta } from '../data/types';
import { viewCsv, type CsvColumn } from '../export/csv-download';
import type { ShareSpec } from '../export/share-spec';
import { levelWords } from '../words';
import { CONCORDANCE_SOURCE } from './concordance';
import { HEAD_OFFICE_NOTE, REF_SNAPSHOT_NOTE } from './notes';
import { fteRuleWords, type PlacesLevel, type UoaPlace, type UoaPlaces } from './places-uoa';
import { MIN_RANKED_FTE } from '../metrics/research';
import { fteText } from './map-lq-rank';

export const STRONG_MEANS_NOTE =
  "Strong in both: the place's research LQ in the subject is above 1 (its share of England's REF 2021 4* FTE in the subject " +
  'over its share of all 4* FTE) and its enterprise LQ is above 1 in an industry group the subject is linked to ' +
  '(UK Business Counts). A 1.00 shown is just above 1, rounded to two decimals.';

export const LEP_OVERLAP_NOTE =
  'LEPs overlap: 7 districts belong to two LEPs and their enterprises are counted in both, so LEP enterprise figures ' +
  'add up to more than England (no institution submitting to REF 2021 has its head office in those districts). ' +
  'Each LQ is against the England row, never a sum of LEPs.';

/** One row of the download: a place and one of its strong industry groups. */
export interface PlacesCsvRow {
  place: UoaPlace;
  industry: UoaPlace['industries'][number];
}

export const csvRowsOf = (places: readonly UoaPlace[]): PlacesCsvRow[] =>
  places.flatMap((place) => place.industries.map((industry) => ({ place, industry })));

const lq2 = (x: number) => Math.round(x * 100) / 100;

export function placesCsvColumns(p: Pick<UoaPlaces, 'level' | 'uoa' | 'uoaName'>): CsvColumn<PlacesCsvRow>[] {
  const one = levelWords(p.level).one;
  return [
    { header: 'area_code', value: (r) => r.place.code, about: `ONS code of the ${one}` },
    { header: 'area_name', value: (r) => r.place.name, about: `name of the ${one}` },
    { header: 'uoa', value: () => p.uoa, about: 'REF 2021 unit of assessment number' },
    { header: 'uoa_name', value: () => p.uoaName, about: 'REF 2021 unit of assessment (subject)' },
    {
      header: 'research_lq',
      value: (r) => lq2(r.place.researchLq),
      about: "research LQ: share of England's 4* FTE in the subject over share of all 4* FTE (REF 2021), 2 decimals",
    },
    { header: 'four_star_fte', value: (r) => r.place.fourStarFte, about: '4* FTE in the subject (REF 2021)' },
    {
      header: 'staff_submitted_fte',
      value: (r) => r.place.staffFte,
      about: `FTE of staff submitted in the subject (REF 2021); a research LQ on under ${MIN_RANKED_FTE} FTE is not counted`,
    },
    { header: 'industry_group', value: (r) => r.industry.code, about: 'UK Business Counts broad industry group code' },
    { header: 'industry_name', value: (r) => r.industry.name, about: 'UK Business Counts broad industry group' },
    {
      header: 'enterprise_lq',
      value: (r) => lq2(r.industry.lq),
      about: 'location quotient of enterprises in the industry group against England (UK Business Counts), 2 decimals',
    },
    {
      header: 'concordance_reason',
      value: (r) => r.industry.reason,
      about: "why the atlas's concordance links the subject to the industry group",
    },
  ];
}

export interface PlacesShareInputs {
  /** The REF 2021 4* FTE dataset's description: its source, licence and attribution head the notes. */
  ref: DatasetMeta;
  /** The enterprise counts' source and year, named in the notes (they are the other half of every row). */
  business: { source: string; attribution: readonly string[]; year: string } | null;
  /** The places, in the order shown. */
  places: readonly UoaPlace[];
  /** The table as drawn, for the size of its embed. */
  box: () => { width: number; height: number } | null;
}

export function placesShare(p: UoaPlaces, inp: PlacesShareInputs): ShareSpec {
  const many = levelWords(p.level).many;
  const business = inp.business;
  const notes = [
    STRONG_MEANS_NOTE,
    ...[fteRuleWords(p, fteText)].filter((w) => w !== null),
    HEAD_OFFICE_NOTE,
    REF_SNAPSHOT_NOTE,
    ...(p.level === 'lep' ? [LEP_OVERLAP_NOTE] : []),
    CONCORDANCE_SOURCE,
    ...(business
      ? [`Enterprises: ${business.source}, ${business.year}. ${business.attribution.join('; ')}.`]
      : ['The enterprise counts could not be loaded.']),
  ];
  return {
    title: placesTitle(p.uoaName, p.level),
    subtitle: `Research LQ above 1 (REF 2021 4* FTE) and enterprise LQ above 1 (UK Business Counts${business ? `, ${business.year}` : ''})`,
    fileParts: ['Strong in both', p.uoaName, many],
    chart: () => null,
    image: false,
    legend: null,
    filters: [
      ['Subject', `${p.uoaName} (UoA ${p.uoa})`],
      ['Areas', many],
      ['Year', `REF 2021; enterprises ${business?.year ?? 'not loaded'}`],
    ],
    benchmark: 'England',
    viewCsv: (header) =>
      viewCsv({
        // The REF caveats are in the header already (head office, snapshot): each note once.
        header: { ...header, notes: [...new Set([...(header.notes ?? []), ...notes])] },
        columns: placesCsvColumns(p),
        rows: csvRowsOf(inp.places),
      }),
    meta: inp.ref,
    embedChart: { id: 'places-both', box: inp.box },
  };
}

export function placesTitle(uoaName: string, level: PlacesLevel): string {
  return `${levelWords(level).many.replace(/^./, (c) => c.toUpperCase())} strong in both research and business in ${uoaName}`;
}
