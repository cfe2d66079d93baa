// What the CSV export tests share: a view's header, rows that test quoting and numbers, their
// columns, and an audit row to vary.
import type { CsvHeaderInfo } from '../../src/lib/export/csv-download';
import type { AuditRow } from '../../src/lib/data/types';

export const header: CsvHeaderInfo = {
  title: 'Location quotient of manufacturing enterprises, LEPs, 2022',
  measure: 'Enterprises',
  unit: 'enterprises',
  filters: [
    ['Sector', 'C: Manufacturing'],
    ['Year', '2022'],
    ['Areas', 'LEPs'],
  ],
  benchmark: 'England',
  source: 'ONS, UK Business Counts',
  release: '2023-09-27',
  licence: 'Open Government Licence v3.0',
  attribution: [
    'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
    'Contains OS data © Crown copyright',
  ],
  downloaded: '2024-05-01',
  notes: ['Counts are rounded to the nearest 5.'],
};

export interface Row {
  code: string;
  name: string;
  value: number | null;
  flag: string | null;
  lq: number;
  growth: number;
}

export const rows: Row[] = [
  { code: 'E37000001', name: 'Plain Area', value: 1234567, flag: null, lq: 1.2345678901234, growth: -12.5 },
  { code: 'E37000002', name: 'Comma, Quote "Q" and\nNewline', value: 0, flag: null, lq: 0.1 + 0.2, growth: -0 },
  { code: 'E37000003', name: '=SUM(A1)', value: null, flag: 'suppressed', lq: NaN, growth: NaN },
  { code: '+1', name: '-x', value: 12.5, flag: 'rounded', lq: 0.0000001234, growth: 1e21 },
  { code: '@cmd', name: '\tTabbed', value: -3, flag: null, lq: Infinity, growth: -0.5 },
  { code: '\rCR', name: ' -1 spaced ', value: 5, flag: null, lq: 2, growth: 100 },
];

export const columns = [
  { header: 'area_code', value: (r: Row) => r.code, about: 'Code.' },
  { header: 'area_name', value: (r: Row) => r.name },
  { header: 'enterprises_count', value: (r: Row) => r.value },
  { header: 'flag', value: (r: Row) => r.flag, optional: true },
  { header: 'location_quotient', value: (r: Row) => r.lq },
  { header: 'change_pct', value: (r: Row) => r.growth },
];

export const audit = (over: Partial<AuditRow>): AuditRow => ({
  areaCode: 'E06000001',
  areaName: 'Hartlepool',
  sectorCode: 'C',
  sectorName: 'Manufacturing',
  year: '2022',
  value: 1,
  flag: null,
  ci95: null,
  row: 2,
  ...over,
});
