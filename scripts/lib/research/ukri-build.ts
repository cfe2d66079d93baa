// UKRI awards → the canonical "£ thousands awarded by council × financial year" dataset, and
// applications and awards by council (all years) for award rates in the profile.

import type { AuditRow, DatasetMeta } from '../../../src/lib/data/types.ts';
import { ENGLAND_CODE } from '../geo.ts';
import { AreaSums } from './area-sums.ts';
import type { Placement } from './places.ts';
import { UKRI_ATTRIBUTION, ukriCaveats, type ResearchFacts } from './research-meta.ts';
import { normaliseInstitutionName, type UkriRecord } from './ukri.ts';

type Place = Placement | string;

export interface UkriInput {
  records: UkriRecord[];
  file: string;
  /** REF submissions (2021 and 2014): an organisation of the same name is placed as that institution. */
  refNames: { ukprn: string; institution: string }[];
  placeInstitution: (ukprn: string, name: string) => Place;
  placeOwnPoint: (name: string, lon: number, lat: number) => Placement;
  areaCodes: string[];
  nameOf: (code: string) => string;
  facts: ResearchFacts;
  log: (line: string) => void;
}

export function buildUkri(inp: UkriInput): {
  dataset: { meta: DatasetMeta; rows: AuditRow[] };
  extras: { councils: { code: string; name: string }[]; years: string[]; applications: number[][]; awards: number[][] };
} {
  const { records, areaCodes, nameOf } = inp;
  const refByName = new Map<string, string>();
  for (const s of inp.refNames) refByName.set(normaliseInstitutionName(s.institution), s.ukprn);
  // Councils alphabetically, the cross-council funds last.
  const councils = [...new Map(records.map((r) => [r.council, r.councilName])).entries()].sort((a, b) =>
    a[0] === 'Cross-Council Funds' ? 1 : b[0] === 'Cross-Council Funds' ? -1 : a[0].localeCompare(b[0]),
  );
  const years = [...new Set(records.map((r) => r.year))].sort();
  const councilIndex = new Map(councils.map(([c], i) => [c, i]));
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const awarded = new AreaSums(councils.length * years.length);
  const applications = new AreaSums(councils.length);
  const awards = new AreaSums(councils.length);
  const orgPlace = new Map<string, Place>();
  let viaRef = 0;
  let total = 0;
  let england = 0;
  for (const r of records) {
    let p = orgPlace.get(r.organisation);
    if (p === undefined) {
      // The REF institution of the same name is placed at its register point, as on the REF views.
      const ukprn = refByName.get(normaliseInstitutionName(r.organisation));
      if (ukprn) {
        p = inp.placeInstitution(ukprn, r.organisation);
        viaRef++;
      } else {
        const own = inp.placeOwnPoint(r.organisation, r.lon, r.lat);
        p = own.english ? own : `in ${own.district}`;
      }
      orgPlace.set(r.organisation, p);
    }
    total += r.awarded;
    if (typeof p === 'string') continue;
    england += r.awarded;
    const ci = councilIndex.get(r.council)!;
    awarded.add(p, ci * years.length + yearIndex.get(r.year)!, r.awarded);
    applications.add(p, ci, r.applications);
    awards.add(p, ci, r.awards);
  }
  const orgsEngland = [...orgPlace.values()].filter((p) => typeof p !== 'string').length;
  inp.log(
    `UKRI: ${records.length} rows, ${orgPlace.size} organisations (${viaRef} placed at their REF institution's register point), ` +
      `${orgsEngland} in England; £${england}k of £${total}k awarded (${((100 * england) / total).toFixed(1)}%) to English organisations`,
  );
  const rows: AuditRow[] = [];
  for (const code of areaCodes)
    councils.forEach(([c, cname], ci) =>
      years.forEach((y, yi) =>
        rows.push({
          areaCode: code,
          areaName: nameOf(code),
          sectorCode: c,
          sectorName: cname === c ? c : `${cname} (${c})`,
          year: y,
          value: awarded.get(code, ci * years.length + yi),
          flag: null,
          ci95: null,
          row: 0,
        }),
      ),
    );
  const meta: DatasetMeta = {
    id: 'ukri-awarded',
    title: 'Research council awards by council (UKRI, £ thousands)',
    measure: 'Research council funding awarded (£ thousands, nominal)',
    unit: '£ thousands',
    file: 'ukri-awarded.csv',
    years,
    levels: ['country', 'lep', 'lad'],
    sectorCount: councils.length,
    benchmark: ENGLAND_CODE,
    totals: `Area totals are the sum of the ${councils.length} councils and funds; England is the sum of the ${orgsEngland} English organisations.`,
    source: 'UK Research and Innovation, competitive funding decisions statistics',
    sourceUrl: 'https://www.ukri.org/what-we-do/what-we-have-funded/competitive-funding-decisions/',
    release: `Financial years ${years[0]} to ${years[years.length - 1]}.`,
    licence: 'Open Government Licence v3.0',
    attribution: UKRI_ATTRIBUTION,
    caveats: ukriCaveats(inp.facts, rows, { orgs: orgPlace.size, orgsEngland, share: england / total }),
    hasCi: false,
    group: 'Research (UKRI)',
  };
  return {
    dataset: { meta, rows },
    extras: {
      councils: councils.map(([code, name]) => ({ code, name })),
      years,
      applications: areaCodes.map((c) => councils.map((_, i) => applications.get(c, i))),
      awards: areaCodes.map((c) => councils.map((_, i) => awards.get(c, i))),
    },
  };
}
