// ONS subregional productivity by April-2023 district (gva/productivity-lad23-2002-2022.csv): GVA
// per hour worked and per job filled as indices, UK less extra-regio = 100. Ratios: they do not add
// up, so there are no LEP or England figures (a LEP's index needs its GVA and hours, which these
// files do not carry; an average of district indices would weight a small district like a city).

import type { AuditRow, DatasetMeta } from '../../src/lib/data/types.ts';
import { SourceError } from './errors.ts';
import { readSourceCsv } from './csv.ts';
import { ENGLAND_CODE } from './geo.ts';
import { ATTRIBUTION, LICENCE } from './manifest.ts';

export const PROD_YEARS = Array.from({ length: 21 }, (_, i) => String(2002 + i));
export const PROD_SECTORS = [
  { code: 'per-hour', name: 'GVA per hour worked (index, UK = 100)', measure: 'GVA per hour worked (UKX = 100)' },
  { code: 'per-job', name: 'GVA per job filled (index, UK = 100)', measure: 'GVA per job (UKX = 100)' },
];

export function readProductivity(text: string, file: string, districts: Map<string, string>) {
  const table = readSourceCsv(text, file, ['lad23cd', 'lad23nm', 'measure', ...PROD_YEARS]);
  const rows: AuditRow[] = [];
  const seen = new Set<string>();
  let notPublished = 0;
  for (const r of table.rows) {
    const code = r.get('lad23cd');
    const sector = PROD_SECTORS.find((s) => s.measure === r.get('measure'));
    if (!sector) continue; // the £ measures: not used here
    if (code === 'UKX') {
      for (const y of PROD_YEARS) {
        const v = r.get(y).trim();
        if (v !== '' && Number(v) !== 100)
          throw new SourceError(file, `the UK benchmark is ${v}, not 100, in ${y}.`, r.row, y);
      }
      continue;
    }
    if (!districts.has(code))
      throw new SourceError(file, `"${code}" is not one of the April-2023 English districts.`, r.row, 'lad23cd');
    const key = `${code}|${sector.code}`;
    if (seen.has(key)) throw new SourceError(file, `${code} "${sector.measure}" appears twice.`, r.row);
    seen.add(key);
    for (const y of PROD_YEARS) {
      const t = r.get(y).trim();
      const row: AuditRow = {
        areaCode: code,
        areaName: districts.get(code)!,
        sectorCode: sector.code,
        sectorName: sector.name,
        year: y,
        value: null,
        flag: null,
        ci95: null,
        row: 0,
      };
      if (t === '') {
        row.flag = 'missing';
        notPublished++;
      } else {
        const n = Number(t);
        if (!Number.isFinite(n)) throw new SourceError(file, `"${t}" is not a number.`, r.row, y);
        row.value = n;
      }
      rows.push(row);
    }
  }
  if (seen.size !== districts.size * PROD_SECTORS.length) {
    throw new SourceError(
      file,
      `${seen.size} district × measure rows where ${districts.size * PROD_SECTORS.length} were expected.`,
    );
  }
  return { rows, notPublished };
}

export function productivityMeta(notPublished: number): DatasetMeta {
  return {
    id: 'productivity',
    title: 'Productivity: GVA per hour worked and per job (index, UK = 100)',
    measure: 'Labour productivity index (UK = 100)',
    unit: 'index (UK = 100)',
    measureKind: 'indicator',
    valueCentre: 100,
    file: 'productivity.csv',
    cube: 'productivity.cube.json',
    years: PROD_YEARS,
    levels: ['lad'],
    sectorCount: PROD_SECTORS.length,
    benchmark: ENGLAND_CODE,
    totals: 'Indices do not add up: there are no totals, shares or location quotients.',
    source:
      'Office for National Statistics, Subregional productivity: labour productivity indices by local authority district',
    sourceUrl:
      'https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/labourproductivity/datasets/subregionalproductivitylabourproductivityindicesbylocalauthoritydistrict',
    release: 'June 2024 release (2002–2022), via the economic-analytics/edd repository',
    licence: LICENCE,
    attribution: ATTRIBUTION,
    hasCi: false,
    geography: 'lad23',
    group: 'Output (GVA) by industry',
    flagWords: {
      missing: { short: 'not published (starts 2004)', long: 'not published: ONS starts GVA per hour worked in 2004' },
    },
    noLepReason:
      "No LEP figures: a LEP's productivity is its total GVA divided by its total hours worked (or jobs), not an " +
      "average of its districts' indices, and these files carry no hours or jobs. Districts are shown instead.",
    caveats: [
      "Each figure is a district's GVA per hour worked (or per job filled) as an index: the UK less extra-regio = 100, " +
        'so 120 means 20% more output per hour than the UK. Colours diverge from 100.',
      "Districts only. A LEP's productivity cannot be made by averaging its districts' indices: an index is a ratio, and " +
        "a LEP's is its total GVA divided by its total hours (or jobs), which weights each district by its hours. These " +
        'files carry no hours or jobs, so the atlas shows districts and no LEP figure rather than a wrong one.',
      `GVA per hour worked starts in 2004; earlier years are empty, never zero (${notPublished} cells).`,
      'Productivity is measured where people work. Districts with many commuters in or out, or a large share of ' +
        "owner-occupiers' imputed rent, can look high or low for reasons other than the firms located there.",
    ],
  };
}
