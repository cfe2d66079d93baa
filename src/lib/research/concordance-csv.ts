// The concordance of REF units of assessment to industry groups as a download, beside the "where
// research and business strengths meet" chart's own CSV: every link with its SIC divisions and reason,
// and where the concordance comes from in its notes.
import { viewCsv, type CsvHeaderInfo, type DataTable } from '../export/csv-download';
import { CONCORDANCE, CONCORDANCE_SOURCE, INDUSTRY_GROUPS, type ConcordanceLink } from './concordance';

/** Every link, in the concordance's order; a subject that serves no one industry has empty industry cells. */
export function concordanceTable(header: CsvHeaderInfo, uoaNames: ReadonlyMap<number, string>): DataTable {
  return viewCsv<ConcordanceLink>({
    header: {
      ...header,
      title: 'Concordance of REF 2021 units of assessment to UK Business Counts industry groups',
      measure: 'Links between research subjects and industry groups',
      unit: 'links',
      notes: [CONCORDANCE_SOURCE],
    },
    columns: [
      { header: 'uoa', value: (l) => l.uoa, about: 'REF 2021 unit of assessment number, 1 to 34' },
      { header: 'uoa_name', value: (l) => uoaNames.get(l.uoa) ?? '', about: 'Unit of assessment name' },
      {
        header: 'industry_code',
        value: (l) => l.industry,
        about: 'UK Business Counts broad industry group code; empty where the subject serves no one industry',
      },
      {
        header: 'industry_name',
        value: (l) => (l.industry ? INDUSTRY_GROUPS[l.industry] : null),
        about: 'Industry group name',
      },
      { header: 'sic_2007', value: (l) => l.sic || null, about: 'The SIC 2007 divisions the link rests on' },
      { header: 'reason', value: (l) => l.reason, about: 'Why the subject is linked to the industry' },
    ],
    rows: CONCORDANCE,
  });
}
