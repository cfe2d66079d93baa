// datasets.json: what each dataset measures, where it comes from, and what to be careful about.

import type { AreaLevel, AuditRow, DatasetMeta, DatasetsManifest } from '../../src/lib/data/types.ts';
import { ENGLAND_CODE } from './geo.ts';
import { SIZE_BANDS, UBC_ROUNDED_BELOW, type SizeBand } from './ubc.ts';

/** Exactly as in ../shared/data/README.md. */
export const ATTRIBUTION = [
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
  'Contains OS data © Crown copyright and database right 2021',
];
export const LICENCE = 'Open Government Licence v3.0';
export const DOWNLOADED = '24 April 2023';
export const LEVELS: AreaLevel[] = ['country', 'lep', 'lad'];
export const UBC_GROUP = 'UK Business Counts by size band';

export interface OverlapFacts {
  /** Districts in two LEPs, as "Name (code)". */
  sharedDistricts: string[];
  /** (Σ LEP totals − England total) / England total in the latest year, from the dataset's own rows. */
  excess: number;
  year: string;
  lepCount: number;
  ladCount: number;
}

/** How much the LEP rows add up to beyond England, in the latest year: the double-counted share. */
export function lepExcess(rows: AuditRow[], levelOf: (code: string) => AreaLevel, year: string): number {
  let lep = 0;
  let england = 0;
  for (const r of rows) {
    if (r.year !== year || r.value === null) continue;
    if (r.areaCode === ENGLAND_CODE) england += r.value;
    else if (levelOf(r.areaCode) === 'lep') lep += r.value;
  }
  return england > 0 ? lep / england - 1 : NaN;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function commonCaveats(overlap: OverlapFacts, renamed: Map<string, string>, names: Map<string, string>): string[] {
  const out = [
    `LEPs overlap: ${overlap.sharedDistricts.length} districts belong to two LEPs (Greater Birmingham and Solihull shares ` +
      `them with Stoke-on-Trent and Staffordshire and with Worcestershire), and ONS counts them in both. LEP figures ` +
      `therefore do not add up to England: in ${overlap.year} the LEP rows sum to ${pct(overlap.excess)} more than England. ` +
      'The benchmark is the England row, never a sum of LEPs.',
  ];
  const renames = [...renamed].map(([code, nomis]) => `"${nomis}" is ${code} ${names.get(code)}`);
  out.push(
    'Area names follow the ONS 2021 boundary files (LEPs May 2021, districts December 2021)' +
      (renames.length ? `; Nomis names differ for ${renames.length} areas: ${renames.join(', ')}.` : '.'),
  );
  out.push(
    `Scope: England, its ${overlap.lepCount} LEPs and ${overlap.ladCount} districts. Welsh, Scottish and Northern Irish areas in the source file are not included.`,
  );
  return out;
}

export interface UbcMetaInput {
  band: SizeBand;
  years: string[];
  sectorCount: number;
  rows: AuditRow[];
  roundedCells: number;
  overlap: OverlapFacts;
  renamed: Map<string, string>;
  names: Map<string, string>;
}

export function ubcDatasetId(band: SizeBand): string {
  return band === 'total' ? 'ubc-enterprises' : `ubc-enterprises-${band}`;
}

export function ubcMeta(m: UbcMetaInput): DatasetMeta {
  const id = ubcDatasetId(m.band);
  const b = SIZE_BANDS.find((x) => x.id === m.band)!;
  const first = m.years[0];
  const last = m.years[m.years.length - 1];
  const caveats = [
    `ONS rounds every count to the nearest 5, so small counts (and some zeros) are approximate. Cells with a value under ${UBC_ROUNDED_BELOW} ` +
      `are flagged "rounded" (${m.roundedCells} cells here): there the rounding error can exceed 5% of the value. Larger values are not flagged; ` +
      'their rounding error is at most 5%.',
    'An enterprise is a whole business, counted once where its main operating site or head office is, not at each of its sites.',
  ];
  if (m.band !== 'total') {
    caveats.push(
      `${b.label} enterprises have ${b.employees}; the size band is set by the enterprise's employment across all its sites.`,
    );
  }
  return {
    id,
    title:
      m.band === 'total'
        ? 'Enterprises by industry (UK Business Counts)'
        : `${b.label} enterprises (${b.employees}) by industry (UK Business Counts)`,
    measure: m.band === 'total' ? 'Enterprises' : `${b.label} enterprises (${b.employees})`,
    unit: 'enterprises',
    file: `${id}.csv`,
    years: m.years,
    levels: LEVELS,
    sectorCount: m.sectorCount,
    benchmark: ENGLAND_CODE,
    totals: `Area totals are the sum of the ${m.sectorCount} industry groups; the source publishes no all-industries row in this file.`,
    source: 'Office for National Statistics, UK Business Counts (Inter-Departmental Business Register), via Nomis',
    sourceUrl: 'https://www.nomisweb.co.uk/datasets/idbrent',
    release: `Enterprises live in March of each year ${first}–${last}; downloaded from Nomis on ${DOWNLOADED}.`,
    licence: LICENCE,
    attribution: ATTRIBUTION,
    caveats: [...caveats, ...commonCaveats(m.overlap, m.renamed, m.names)],
    hasCi: false,
    ...(m.band === 'total' ? {} : { group: UBC_GROUP }),
  };
}

export interface ApsMetaInput {
  years: string[];
  sectorCount: number;
  marked: { suppressed: number; missing: number; underFiveHundred: number };
  /** Published estimates with `*` in ci95 (sample 3–9), flagged 'unreliable'. */
  unreliable: number;
  fixes: Map<string, string>;
  overlap: OverlapFacts;
  renamed: Map<string, string>;
  names: Map<string, string>;
}

export function apsMeta(m: ApsMetaInput): DatasetMeta {
  const first = m.years[0];
  const last = m.years[m.years.length - 1];
  const caveats = [
    'A sample survey of households, counted by where people live, not where they work. Each estimate has a 95% confidence ' +
      'interval (ci95, ± half-width): treat differences inside it as noise.',
    `Cells Nomis marks have no estimate and are left empty, never zero: "!" sample too small to publish and "~" estimate ` +
      `under 500, withheld (both flag "suppressed", ${m.marked.suppressed} cells, ${m.marked.underFiveHundred} of them "~"), ` +
      `"-" not available (flag "missing", ${m.marked.missing} cells). Area totals that leave out a marked industry are incomplete.`,
    `${m.unreliable} estimates rest on a very small sample (3–9 people; "*" in the source's interval column): ONS publishes ` +
      'them but says the estimate and its interval are unreliable. They are flagged "unreliable", have no interval, and are ' +
      'left out of headline sentences; treat them with great caution.',
  ];
  for (const [source, fixed] of m.fixes) {
    caveats.push(`The source labels industry "${source}"; the spelling is corrected here to "${fixed}".`);
  }
  return {
    id: 'aps-employment',
    title: 'People in employment by industry (Annual Population Survey)',
    measure: 'People aged 16+ in employment',
    unit: 'people',
    file: 'aps-employment.csv',
    years: m.years,
    levels: LEVELS,
    sectorCount: m.sectorCount,
    benchmark: ENGLAND_CODE,
    totals:
      `Area totals are the sum of the ${m.sectorCount} industry groups; the source publishes no all-industries row in this file. ` +
      'Where an industry is suppressed the sum is incomplete.',
    source: 'Office for National Statistics, Annual Population Survey (Nomis table T13a), via Nomis',
    sourceUrl: 'https://www.nomisweb.co.uk/datasets/apsnew',
    release: `Survey years January–December ${first} to January–December ${last}; downloaded from Nomis on ${DOWNLOADED}.`,
    licence: LICENCE,
    attribution: ATTRIBUTION,
    caveats: [...caveats, ...commonCaveats(m.overlap, m.renamed, m.names)],
    hasCi: true,
  };
}

export function makeManifest(
  datasets: DatasetMeta[],
  topology: { file: string; bytes: number; paths?: string },
  lookupFile: string,
  generated = new Date(),
): DatasetsManifest {
  return {
    generated: generated.toISOString(),
    attribution: ATTRIBUTION,
    datasets,
    default: 'ubc-enterprises',
    topology: {
      file: topology.file,
      objects: ['leps', 'lads'],
      bytes: topology.bytes,
      ...(topology.paths ? { paths: topology.paths } : {}),
    },
    lookup: { file: lookupFile },
  };
}
