import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, csvText, plainDecimal } from '../../src/lib/export/csv-cell';
import { csvFileName, csvHeaderFromDataset, datasetCsv, viewCsv, type CsvHeaderInfo } from '../../src/lib/export/csv-download';
import { areaCsvColumns } from '../../src/lib/export/area-csv-columns';
import { exportFileName, isoDate } from '../../src/lib/export/file-name';
import type { AuditRow, DatasetMeta } from '../../src/lib/data/types';
import type { AreaTableRow } from '../../src/lib/views/area-table';

const header: CsvHeaderInfo = {
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
  attribution: ['Source: Office for National Statistics licensed under the Open Government Licence v.3.0', 'Contains OS data © Crown copyright'],
  downloaded: '2024-05-01',
  notes: ['Counts are rounded to the nearest 5.'],
};

const HEADER_BLOCK =
  '\uFEFF' +
  'Title,"Location quotient of manufacturing enterprises, LEPs, 2022"\r\n' +
  'Measure,Enterprises\r\n' +
  'Unit,enterprises\r\n' +
  'Filters,Sector: C: Manufacturing; Year: 2022; Areas: LEPs\r\n' +
  'Benchmark,England\r\n' +
  'Source,"ONS, UK Business Counts"\r\n' +
  'Release,2023-09-27\r\n' +
  'Licence,Open Government Licence v3.0\r\n' +
  'Attribution,Source: Office for National Statistics licensed under the Open Government Licence v.3.0\r\n' +
  'Attribution,Contains OS data © Crown copyright\r\n' +
  'Downloaded,2024-05-01\r\n' +
  'Note,Counts are rounded to the nearest 5.\r\n' +
  'Missing values,An empty cell is a value that is not available (the flag column says why); it is never zero.\r\n' +
  'Formulas,"Text cells that begin with =, +, -, @, tab or carriage return start with an apostrophe so spreadsheets never run them as formulas."\r\n';

interface Row {
  code: string;
  name: string;
  value: number | null;
  flag: string | null;
  lq: number;
  growth: number;
}

const rows: Row[] = [
  { code: 'E37000001', name: 'Plain Area', value: 1234567, flag: null, lq: 1.2345678901234, growth: -12.5 },
  { code: 'E37000002', name: 'Comma, Quote "Q" and\nNewline', value: 0, flag: null, lq: 0.1 + 0.2, growth: -0 },
  { code: 'E37000003', name: '=SUM(A1)', value: null, flag: 'suppressed', lq: NaN, growth: NaN },
  { code: '+1', name: '-x', value: 12.5, flag: 'rounded', lq: 0.0000001234, growth: 1e21 },
  { code: '@cmd', name: '\tTabbed', value: -3, flag: null, lq: Infinity, growth: -0.5 },
  { code: '\rCR', name: ' -1 spaced ', value: 5, flag: null, lq: 2, growth: 100 },
];

const columns = [
  { header: 'area_code', value: (r: Row) => r.code },
  { header: 'area_name', value: (r: Row) => r.name },
  { header: 'value', value: (r: Row) => r.value },
  { header: 'flag', value: (r: Row) => r.flag },
  { header: 'location_quotient', value: (r: Row) => r.lq },
  { header: 'growth_pct', value: (r: Row) => r.growth },
];

describe('viewCsv', () => {
  it('writes BOM, header block, blank line and the table byte for byte', () => {
    const text = viewCsv({ header, columns, rows });
    expect(text).toBe(
      HEADER_BLOCK +
        'Rows,6\r\n' +
        'Table header row,18\r\n' +
        '\r\n' +
        'area_code,area_name,value,flag,location_quotient,growth_pct\r\n' +
        'E37000001,Plain Area,1234567,,1.23456789,-12.5\r\n' +
        'E37000002,"Comma, Quote ""Q"" and\nNewline",0,,0.3,0\r\n' +
        "E37000003,'=SUM(A1),,suppressed,,\r\n" +
        "'+1,'-x,12.5,rounded,0.0000001234,1000000000000000000000\r\n" +
        "'@cmd,'\tTabbed,-3,,,-0.5\r\n" +
        `"'\rCR","' -1 spaced ",5,,2,100\r\n`,
    );
  });

  it('points "Table header row" at the row that holds the table header', () => {
    const text = viewCsv({ header, columns, rows: rows.slice(0, 1) });
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    const at = Number(lines.find((l) => l.startsWith('Table header row,'))!.split(',')[1]);
    expect(lines[at - 1]).toBe('area_code,area_name,value,flag,location_quotient,growth_pct');
    expect(lines[at - 2]).toBe('');
  });

  it('leaves optional header rows out and says when there are no filters', () => {
    const text = viewCsv({
      header: { ...header, filters: [], benchmark: null, notes: [], attribution: [], sourceUrl: 'https://www.nomisweb.co.uk/', link: 'https://x.test/?a=1,2' },
      columns: columns.slice(0, 1),
      rows: [],
    });
    expect(text).toContain('\r\nFilters,"None: every area, sector and year in the dataset"\r\n');
    expect(text).not.toContain('Benchmark');
    expect(text).not.toContain('Attribution');
    expect(text).not.toContain('\r\nNote,');
    expect(text).toContain('\r\nSource URL,https://www.nomisweb.co.uk/\r\nRelease,');
    expect(text).toContain('\r\nDownloaded,2024-05-01\r\nLink,"https://x.test/?a=1,2"\r\n');
    // 13 header rows, then this one (14), the blank line (15) and the table header (16).
    expect(text.slice(text.indexOf('\r\nRows,'))).toBe('\r\nRows,0\r\nTable header row,16\r\n\r\narea_code\r\n');
  });

  it('neutralises and flattens header-block values too', () => {
    const text = viewCsv({ header: { ...header, title: '=HYPERLINK("http://evil")', notes: ['line one\r\n  line two'] }, columns, rows: [] });
    expect(text).toContain('\uFEFFTitle,"\'=HYPERLINK(""http://evil"")"\r\n');
    expect(text).toContain('\r\nNote,line one line two\r\n');
  });
});

const audit = (over: Partial<AuditRow>): AuditRow => ({
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

describe('datasetCsv', () => {
  it('writes the canonical columns under the same header block', () => {
    const text = datasetCsv({
      header: { ...header, filters: [], benchmark: undefined },
      rows: [
        audit({ value: 1234567.123456789, ci95: 0.1 + 0.2 }),
        audit({ areaCode: 'E06000002', areaName: '-Middlesbrough, "Boro"', sectorCode: '=C', value: null, flag: 'suppressed', year: '2021/22' }),
      ],
    });
    expect(text).toBe(
      HEADER_BLOCK.replace('Filters,Sector: C: Manufacturing; Year: 2022; Areas: LEPs', 'Filters,"None: every area, sector and year in the dataset"').replace(
        'Benchmark,England\r\n',
        '',
      ) +
        'Rows,2\r\n' +
        'Table header row,17\r\n' +
        '\r\n' +
        'area_code,area_name,sector_code,sector_name,year,value,flag,ci95\r\n' +
        'E06000001,Hartlepool,C,Manufacturing,2022,1234567.123456789,,0.30000000000000004\r\n' +
        `E06000002,"'-Middlesbrough, ""Boro""",'=C,Manufacturing,2021/22,,suppressed,\r\n`,
    );
  });

  it('takes measure, unit, source, licence, attribution and caveats from the dataset entry', () => {
    const meta = {
      measure: 'Enterprises',
      unit: 'enterprises',
      source: 'ONS, UK Business Counts',
      sourceUrl: 'https://example.test/ubc',
      release: '2023-09-27',
      licence: 'OGL v3.0',
      attribution: ['A1'],
      caveats: ['C1', 'C2'],
      totals: 'Totals are sums of sectors.',
    } as DatasetMeta;
    const h = csvHeaderFromDataset(meta, { title: 'T', filters: [], benchmark: 'England', downloaded: '2024-01-02', link: null });
    expect(h).toEqual({
      title: 'T',
      filters: [],
      benchmark: 'England',
      downloaded: '2024-01-02',
      link: null,
      measure: 'Enterprises',
      unit: 'enterprises',
      source: 'ONS, UK Business Counts',
      sourceUrl: 'https://example.test/ubc',
      release: '2023-09-27',
      licence: 'OGL v3.0',
      attribution: ['A1'],
      notes: ['Totals are sums of sectors.', 'C1', 'C2'],
    });
  });
});

describe('CSV cells', () => {
  it('neutralises text by type, never numbers', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(1)', '\t=1', '\r=1', '  =1']) expect(csvText(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-12.5')).toBe("'-12.5");
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvText('a=b')).toBe('a=b');
    expect(csvText('')).toBe('');
  });

  it('writes numbers plain: no exponent, no separators, missing empty', () => {
    expect(csvNumber(NaN)).toBe('');
    expect(csvNumber(-Infinity)).toBe('');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(1e-7)).toBe('0.0000001');
    expect(csvNumber(-1.5e-10)).toBe('-0.00000000015');
    expect(csvNumber(2.5e22)).toBe('25000000000000000000000');
    expect(csvNumber(123456789012345)).toBe('123456789012345');
    expect(csvNumber(2 / 3, 10)).toBe('0.6666666667');
    expect(csvNumber(2 / 3)).toBe('0.6666666666666666');
    expect(csvNumber(1e-12, 3)).toBe('0.000000000001');
    expect(plainDecimal('1.25e+3')).toBe('1250');
    expect(plainDecimal('12.5')).toBe('12.5');
  });
});

describe('area table columns', () => {
  it('picks columns in the order asked, raw numbers and flags kept', () => {
    const row: AreaTableRow = {
      code: 'E37000025',
      name: 'Leeds City Region',
      index: 3,
      value: 1520,
      flag: 'rounded',
      share: 0.0812,
      lq: 1.31,
      growth: -4.2,
      lqChange: NaN,
      fromFlag: 'suppressed',
      partialTotal: true,
    };
    const cols = areaCsvColumns(['area_name', 'area_code', 'value', 'flag', 'share', 'location_quotient', 'growth_pct', 'lq_change', 'start_year_flag', 'partial_total']);
    const text = viewCsv({ header, columns: cols, rows: [row] });
    expect(text.endsWith(
      'area_name,area_code,value,flag,share,location_quotient,growth_pct,lq_change,start_year_flag,partial_total\r\n' +
        'Leeds City Region,E37000025,1520,rounded,0.0812,1.31,-4.2,,suppressed,true\r\n',
    )).toBe(true);
  });
});

describe('file names', () => {
  it('says what is in the file in lowercase ASCII', () => {
    expect(csvFileName(['Enterprises', 'Manufacturing', 2022, 'LEPs'])).toBe('specialisation-atlas_enterprises_manufacturing_2022_leps.csv');
    expect(csvFileName(['People in employment', 'Arts, entertainment & recreation', '2021/22', null, '', 'Ynys Môn'])).toBe(
      'specialisation-atlas_people-in-employment_arts-entertainment-and-recreation_2021-22_ynys-mon.csv',
    );
    expect(exportFileName(['<script>', '../../etc'], 'png')).toBe('specialisation-atlas_script_etc.png');
    const long = exportFileName(Array.from({ length: 30 }, () => 'manufacturing'), 'csv');
    expect(long.length).toBeLessThanOrEqual(154);
    expect(long).toMatch(/^specialisation-atlas(_manufacturing)+\.csv$/);
  });

  it('dates the download in local time', () => {
    expect(isoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});
