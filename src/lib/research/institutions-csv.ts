// The institutions behind a research view as a download: one row per institution with its figures in
// the chosen subject, placed at its head office (district and LEP). Offered beside the view's own CSV
// in "Share & download" on the map and in an area's profile.
import type { DatasetMeta } from '../data/types';
import { viewCsv, type CsvColumn, type CsvHeaderInfo, type DataTable } from '../export/csv-download';
import type { ShareSpec } from '../export/share-spec';
import type { InstitutionFigures } from './institution-symbols';
import { HEAD_OFFICE_NOTE, REF_SNAPSHOT_NOTE } from './notes';

/** The columns: who, where the head office is, and the figures in the subject. */
export function institutionCsvColumns(
  subject: string,
  names: { district: (code: string) => string; lep: (code: string) => string },
): CsvColumn<InstitutionFigures>[] {
  return [
    { header: 'ukprn', value: (f) => f.ukprn, about: 'UK Provider Reference Number of the institution' },
    { header: 'institution', value: (f) => f.name, about: 'Institution name, as in REF 2021' },
    {
      header: 'district_code',
      value: (f) => f.district,
      about: 'Local authority district holding the head office (ONS code)',
    },
    { header: 'district_name', value: (f) => names.district(f.district), about: 'Name of that district' },
    {
      header: 'lep_names',
      value: (f) => f.leps.map(names.lep).join('; '),
      about: 'LEP(s) holding the head office; two where the district is shared, none outside every LEP',
    },
    { header: 'subject', value: () => subject, about: 'The unit(s) of assessment the figures cover' },
    { header: 'fte', value: (f) => f.fte, about: 'Staff submitted in the subject (FTE)' },
    {
      header: 'four_star_fte',
      value: (f) => f.fourStarFte,
      about: 'World-leading research volume: FTE × % rated 4* ÷ 100 (4* FTE)',
    },
    { header: 'percent_4star', value: (f) => f.pct4, about: '% of the submission rated 4* (world-leading), 0 to 100' },
    {
      header: 'gpa',
      value: (f) => f.gpa,
      about: 'Grade point average, 0 to 4: (4·%4* + 3·%3* + 2·%2* + 1·%1*) ÷ 100, FTE-weighted over submissions',
    },
  ];
}

/** The institutions' table, largest FTE first, with the head-office caveat and the REF snapshot in its notes. */
export function institutionsTable(
  header: CsvHeaderInfo,
  figures: readonly InstitutionFigures[],
  subject: string,
  names: { district: (code: string) => string; lep: (code: string) => string },
): DataTable {
  const rows = [...figures].sort((x, y) => y.fte - x.fte || x.name.localeCompare(y.name));
  return viewCsv({
    header: {
      ...header,
      title: `Institutions behind the figures: ${header.title}`,
      measure: 'Staff submitted (FTE), world-leading research (4* FTE), % 4* and GPA of each institution',
      unit: 'FTE',
      notes: [...new Set([...(header.notes ?? []), HEAD_OFFICE_NOTE, REF_SNAPSHOT_NOTE])],
    },
    columns: institutionCsvColumns(subject, names),
    rows,
  });
}

/**
 * "Share & download" for the institutions table in an area's profile: the table is the download (no
 * image), named by the area and subject, with the REF dataset's notes and the head-office caveat.
 */
export function areaInstitutionsShare(
  meta: DatasetMeta,
  area: { name: string; code: string },
  subject: string,
  figures: readonly InstitutionFigures[],
  names: { district: (code: string) => string; lep: (code: string) => string },
): ShareSpec {
  return {
    title: `Institutions with their head office in ${area.name}: REF 2021, ${subject}`,
    subtitle: 'Staff submitted (FTE), % rated 4*, world-leading research (4* FTE) and GPA, largest first',
    fileParts: ['REF 2021 institutions', area.name, subject],
    chart: () => null,
    image: false,
    legend: null,
    filters: [
      ['Area', `${area.name} (${area.code})`],
      ['Subject', subject],
      ['Year', '2021'],
    ],
    benchmark: 'England',
    viewCsv: (header) => institutionsTable(header, figures, subject, names),
    meta,
  };
}
