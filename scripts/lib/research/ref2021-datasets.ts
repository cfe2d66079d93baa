// The four REF 2021 datasets from the summed submissions: 4* FTE, FTE, research power and GPA by
// subject, as canonical rows with their metadata and caveats.
import type { AuditRow, DatasetMeta } from '../../../src/lib/data/types.ts';
import { uoaPanelParents } from '../../../src/lib/research/uoa.ts';
import { ENGLAND_CODE } from '../geo.ts';
import { AreaSums, round } from './area-sums.ts';
import { REF_ATTRIBUTION, refCaveats, refRatioCaveats } from './research-meta.ts';
import type { Ref2021Sums } from './ref2021-sums.ts';

export type Dataset = { meta: DatasetMeta; rows: AuditRow[] };

export function ref2021Datasets(ref: Ref2021Sums, areaCodes: string[], nameOf: (code: string) => string): Dataset[] {
  const { uoas, uoaNames, sums, facts } = ref;
  const refRows = (s: AreaSums, digits: number): AuditRow[] => {
    const rows: AuditRow[] = [];
    for (const code of areaCodes)
      for (const u of uoas)
        rows.push({
          areaCode: code,
          areaName: nameOf(code),
          sectorCode: String(u),
          sectorName: uoaNames.get(u)!,
          year: '2021',
          value: round(s.get(code, u), digits),
          flag: null,
          ci95: null,
          row: 0,
        });
    return rows;
  };
  const refDataset = (
    id: string,
    title: string,
    measure: string,
    unit: string,
    rows: AuditRow[],
    what: string[],
    extra: Partial<DatasetMeta> = {},
  ): Dataset => ({
    meta: {
      id,
      title,
      measure,
      unit,
      file: `${id}.csv`,
      years: ['2021'],
      levels: ['country', 'lep', 'lad'],
      sectorCount: uoas.length,
      benchmark: ENGLAND_CODE,
      totals: `Area totals are the sum of the ${uoas.length} units of assessment; England is the sum of the ${facts.institutions} English institutions.`,
      source: 'REF 2021, UK higher education funding bodies: results export (Overall quality profiles)',
      sourceUrl: 'https://results2021.ref.ac.uk/',
      release: 'Published 12 May 2022 (export dated 6 May 2022); census date 31 July 2020.',
      licence: 'REF results are published public sector information; boundaries: Open Government Licence v3.0',
      attribution: REF_ATTRIBUTION,
      caveats: [...what, ...(extra.measureKind === 'indicator' ? refRatioCaveats(facts) : refCaveats(facts, rows))],
      hasCi: false,
      group: 'Research (REF 2021)',
      sectorParent: uoaPanelParents(uoas),
      ...extra,
    },
    rows,
  });

  // GPA is a ratio (power / FTE), so it is an indicator: it does not add up across subjects, and an
  // area with no staff in a subject has no GPA there (an empty cell meaning "none", not missing).
  const gpaRows: AuditRow[] = refRows(sums.power, 4).map((r) => {
    const fte = sums.fte.get(r.areaCode, Number(r.sectorCode));
    return { ...r, value: fte > 0 ? round(sums.power.get(r.areaCode, Number(r.sectorCode)) / fte, 3) : null };
  });
  return [
    refDataset(
      'ref2021-4star-fte',
      'World-leading (4*) research by subject (REF 2021)',
      'World-leading research volume (4* FTE)',
      '4* FTE',
      refRows(sums.four, 4),
      [
        '4* FTE = FTE of staff submitted × % of the submission rated 4* (world-leading) ÷ 100: the volume of world-leading research, ' +
          "the basis of research funding. Its location quotient is the research LQ: the area's share of England's 4* FTE in the " +
          "subject over its share of England's 4* FTE in all subjects.",
      ],
    ),
    refDataset(
      'ref2021-fte',
      'Research staff submitted by subject (REF 2021)',
      'Staff submitted (FTE)',
      'FTE',
      refRows(sums.fte, 2),
      [
        'FTE of staff submitted: full-time equivalent research staff with significant responsibility for research, as returned to REF 2021.',
      ],
    ),
    refDataset(
      'ref2021-research-power',
      'Research power by subject (REF 2021)',
      'Research power (GPA × FTE)',
      'GPA × FTE',
      refRows(sums.power, 4),
      [
        'Research power = grade point average × FTE, where GPA = (4 × %4* + 3 × %3* + 2 × %2* + 1 × %1*) ÷ 100 (0 to 4). ' +
          "An area's GPA in a subject is its research power divided by its FTE.",
      ],
    ),
    refDataset(
      'ref2021-gpa',
      'Research quality: grade point average by subject (REF 2021)',
      'Grade point average (GPA, 0 to 4)',
      'GPA',
      gpaRows,
      [
        'Grade point average = (4 × %4* + 3 × %3* + 2 × %2* + 1 × %1*) ÷ 100, from 0 (all unclassified) to 4 (all world-leading): ' +
          "the quality of an area's research in a subject, whatever its size. An area's GPA is the FTE-weighted mean of its " +
          'submissions (research power ÷ FTE). Compare it with England, shown as the benchmark.',
        'An area with no staff submitted in a subject has no GPA there: it is shown as "None in this subject" (or "No research ' +
          'submitted" where the area has none at all), never as 0. A small submission can have a high or low GPA: read it beside the FTE.',
      ],
      {
        measureKind: 'indicator',
        emptyMeans: 'none',
        totals: `A GPA is an average, so it has no area total; England is the ${facts.institutions} English institutions together.`,
      },
    ),
  ];
}
