import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, csvText, plainDecimal } from '../../src/lib/export/csv-cell';
import {
  csvFileName,
  csvHeaderFromDataset,
  datasetCsv,
  datasetTitle,
  notesPairs,
  notesText,
  tableCsv,
  valueColumnName,
  viewCsv,
  type CsvHeaderInfo,
} from '../../src/lib/export/csv-download';
import { tidyNumber } from '../../src/lib/export/tidy-number';
import { buildCube } from '../../src/lib/data/cube';
import { detectImport } from '../../src/lib/import/detect';
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
  attribution: [
    'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
    'Contains OS data © Crown copyright',
  ],
  downloaded: '2024-05-01',
  notes: ['Counts are rounded to the nearest 5.'],
};

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
  { header: 'area_code', value: (r: Row) => r.code, about: 'Code.' },
  { header: 'area_name', value: (r: Row) => r.name },
  { header: 'enterprises_count', value: (r: Row) => r.value },
  { header: 'flag', value: (r: Row) => r.flag, optional: true },
  { header: 'location_quotient', value: (r: Row) => r.lq },
  { header: 'change_pct', value: (r: Row) => r.growth },
];

describe('the view CSV', () => {
  it('starts with its header on row 1 after the BOM, then the rows, byte for byte', () => {
    const text = tableCsv(viewCsv({ header, columns, rows }));
    expect(text).toBe(
      '\uFEFF' +
        'area_code,area_name,enterprises_count,flag,location_quotient,change_pct\r\n' +
        // 1.2345678901234 to 10 significant figures is 1.23456789 (the 11th digit, 0, rounds down).
        'E37000001,Plain Area,1234567,,1.23456789,-12.5\r\n' +
        // 0.1 + 0.2 is 0.30000000000000004 in binary: 10 significant figures make it 0.3; -0 is 0.
        'E37000002,"Comma, Quote ""Q"" and\nNewline",0,,0.3,0\r\n' +
        "E37000003,'=SUM(A1),,suppressed,,\r\n" +
        "'+1,'-x,12.5,rounded,0.0000001234,1000000000000000000000\r\n" +
        "'@cmd,'\tTabbed,-3,,,-0.5\r\n" +
        `"'\rCR","' -1 spaced ",5,,2,100\r\n`,
    );
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'area_code,area_name,enterprises_count,flag,location_quotient,change_pct',
    );
  });

  it('leaves out an optional column that has no value in any row, never a column of "unknown"', () => {
    const t = viewCsv({ header, columns, rows: rows.filter((r) => r.flag === null) });
    expect(t.headers).toEqual(['area_code', 'area_name', 'enterprises_count', 'location_quotient', 'change_pct']);
    expect(t.rows[0]).toEqual(['E37000001', 'Plain Area', 1234567, 1.23456789, -12.5]);
    // A required column stays, empty, even when no row has a value.
    const none = viewCsv({ header, columns, rows: [{ ...rows[0], value: null }] });
    expect(none.headers).toContain('enterprises_count');
    expect(tableCsv(none)).toContain('\r\nE37000001,Plain Area,,1.23456789,-12.5\r\n');
  });

  it('writes an empty view as its header alone', () => {
    expect(tableCsv(viewCsv({ header, columns: columns.slice(0, 2), rows: [] }))).toBe('\uFEFFarea_code,area_name\r\n');
  });
});

describe('the notes', () => {
  it('hold title, filters, source, licence, each column and the caveats, one pair a line', () => {
    const t = viewCsv({
      header: { ...header, link: 'https://x.test/?a=1' },
      columns: columns.slice(0, 3),
      rows: rows.slice(0, 2),
    });
    const pairs = notesPairs(t);
    const keys = pairs.map(([k]) => k);
    expect(keys).toEqual([
      'Title',
      'Measure',
      'Unit',
      'Filters',
      'Benchmark',
      'Source',
      'Release',
      'Licence',
      'Attribution',
      'Attribution',
      'Downloaded',
      'Link',
      'Rows',
      'Column area_code',
      'Column area_name',
      'Column enterprises_count',
      'Note',
      'Missing values',
      'Precision',
      'Formulas',
    ]);
    const get = (k: string) => pairs.find(([key]) => key === k)![1];
    expect(get('Filters')).toBe('Sector: C: Manufacturing; Year: 2022; Areas: LEPs');
    expect(get('Rows')).toBe('2');
    expect(get('Column area_code')).toBe('Code.');
    // A column without words is named by its header.
    expect(get('Column area_name')).toBe('area_name');
  });

  it('say when there are no filters and flatten line breaks', () => {
    const t = viewCsv({
      header: { ...header, filters: [], benchmark: null, notes: ['line one\r\n  line two'] },
      columns: columns.slice(0, 1),
      rows: [],
    });
    const pairs = notesPairs(t);
    expect(pairs).toContainEqual(['Filters', 'None: every area, sector and year in the dataset']);
    expect(pairs).toContainEqual(['Note', 'line one line two']);
    expect(pairs.some(([k]) => k === 'Benchmark')).toBe(false);
  });

  it('as text, name each file and list its notes', () => {
    const t = viewCsv({ header, columns: columns.slice(0, 1), rows: [] });
    const text = notesText([{ fileName: 'a.csv', table: t }]);
    expect(
      text.startsWith(
        'a.csv\r\n=====\r\nTitle: Location quotient of manufacturing enterprises, LEPs, 2022\r\nMeasure: Enterprises\r\n',
      ),
    ).toBe(true);
    expect(text).toContain('\r\nColumn area_code: Code.\r\n');
  });
});

describe('tidy numbers', () => {
  it('round to 10 significant figures, integers exact, missing kept missing', () => {
    expect(tidyNumber(0.1 + 0.2)).toBe(0.3);
    expect(tidyNumber(2 / 3)).toBe(0.6666666667);
    expect(tidyNumber(1 / 3)).toBe(0.3333333333);
    // 0.0812 × 100 is 8.120000000000001 in binary; the table shows 8.12.
    expect(tidyNumber(0.0812 * 100)).toBe(8.12);
    // 1.23456789049 → 1.234567890 (11th digit 4 rounds down); 1.23456789051 → 1.234567891.
    expect(tidyNumber(1.23456789049)).toBe(1.23456789);
    expect(tidyNumber(1.23456789051)).toBe(1.234567891);
    expect(tidyNumber(123456789012345)).toBe(123456789012345);
    expect(tidyNumber(1234567.123456789)).toBe(1234567.123);
    expect(Object.is(tidyNumber(-0), 0)).toBe(true);
    expect(tidyNumber(NaN)).toBeNaN();
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

describe('the whole-dataset CSV', () => {
  const meta = { measure: 'People aged 16+ in employment', unit: 'people' };
  it('names its columns by what they hold, level and LEP beside each area, header on row 1', () => {
    const cube = buildCube([
      audit({ areaCode: 'E92000001', areaName: 'England', value: 1000, ci95: 12.5 }),
      audit({ value: 0.1 + 0.2, ci95: 3 }),
      audit({ areaCode: 'E06000002', areaName: '-Middlesbrough, "Boro"', value: null, flag: 'suppressed' }),
      audit({ areaCode: 'E37000062', areaName: 'Tees Valley', value: 40 }),
    ]);
    const t = datasetCsv({
      header: { ...header, filters: [] },
      cube,
      meta,
      lepsOf: (c) => (c === 'E06000001' ? 'Tees Valley' : ''),
    });
    const lines = tableCsv(t)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'area_code,area_name,area_level,lep_name,sector_code,sector_name,year,people_count,flag,people_count_ci95_plus_minus',
    );
    expect(lines.slice(1)).toEqual([
      'E92000001,England,country,,C,Manufacturing,2022,1000,,12.5',
      'E06000001,Hartlepool,district,Tees Valley,C,Manufacturing,2022,0.3,,3',
      `E06000002,"'-Middlesbrough, ""Boro""",district,,C,Manufacturing,2022,,suppressed,`,
      'E37000062,Tees Valley,LEP,,C,Manufacturing,2022,40,,',
      '',
    ]);
  });

  it('leaves out flag, interval and LEP columns when the dataset has none', () => {
    const cube = buildCube([audit({ areaCode: 'E37000062', areaName: 'Tees Valley', value: 40 })]);
    const t = datasetCsv({ header, cube, meta: { measure: 'Enterprises', unit: 'enterprises' }, lepsOf: () => 'x' });
    expect(t.headers).toEqual([
      'area_code',
      'area_name',
      'area_level',
      'sector_code',
      'sector_name',
      'year',
      'enterprises_count',
    ]);
  });

  it('names the figure column by its unit', () => {
    expect(valueColumnName({ unit: 'enterprises' })).toBe('enterprises_count');
    expect(valueColumnName({ unit: '£m' })).toBe('gbp_million');
    expect(valueColumnName({ unit: 'index (UK = 100)' })).toBe('index_uk_100');
    expect(valueColumnName({ unit: 'employees' })).toBe('employees');
    expect(valueColumnName({ unit: 'Jobs (thousands)' })).toBe('jobs_thousands');
    expect(valueColumnName({ unit: '%' })).toBe('pct');
    expect(valueColumnName({ unit: '2019 £' })).toBe('value_2019_gbp');
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
    const h = csvHeaderFromDataset(meta, {
      title: 'T',
      filters: [],
      benchmark: 'England',
      downloaded: '2024-01-02',
      link: null,
    });
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
    expect(datasetTitle({ title: 'UK Business Counts' })).toBe('UK Business Counts: every area, sector and year');
  });
});

describe('CSV cells', () => {
  it('neutralises text by type, never numbers', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(1)', '\t=1', '\r=1', '  =1'])
      expect(csvText(s).replace(/^"/, '')).toMatch(/^'/);
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
  it('picks columns in the order asked, named with units, share in per cent, approximate marked "yes"', () => {
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
      density: NaN,
      eci: NaN,
      fromFlag: 'suppressed',
      partialTotal: true,
    };
    const cols = areaCsvColumns(
      [
        'area_name',
        'area_code',
        'value',
        'flag',
        'share',
        'location_quotient',
        'growth_pct',
        'lq_change',
        'start_year_flag',
        'partial_total',
      ],
      { measure: 'Enterprises', unit: 'enterprises' },
    );
    const text = tableCsv(
      viewCsv({
        header,
        columns: cols,
        rows: [row, { ...row, flag: null, fromFlag: null, partialTotal: false, share: 0.5 }],
      }),
    );
    expect(text).toBe(
      '\uFEFF' +
        'area_name,area_code,enterprises_count,flag,share_of_area_total_pct,location_quotient,change_pct,lq_change,start_year_flag,share_and_lq_approximate\r\n' +
        // 0.0812 → 8.12 per cent; 0.5 → 50.
        'Leeds City Region,E37000025,1520,rounded,8.12,1.31,-4.2,,suppressed,yes\r\n' +
        'Leeds City Region,E37000025,1520,,50,1.31,-4.2,,,\r\n',
    );
    // With no flags and no partial totals, those columns are left out.
    const plain = viewCsv({
      header,
      columns: cols,
      rows: [{ ...row, flag: null, fromFlag: null, partialTotal: false }],
    });
    expect(plain.headers).toEqual([
      'area_name',
      'area_code',
      'enterprises_count',
      'share_of_area_total_pct',
      'location_quotient',
      'change_pct',
      'lq_change',
    ]);
  });
});

describe('file names', () => {
  it('says what is in the file in lowercase ASCII', () => {
    expect(csvFileName(['Enterprises', 'Manufacturing', 2022, 'LEPs'])).toBe(
      'specialisation-atlas_enterprises_manufacturing_2022_leps.csv',
    );
    expect(
      csvFileName(['People in employment', 'Arts, entertainment & recreation', '2021/22', null, '', 'Ynys Môn']),
    ).toBe('specialisation-atlas_people-in-employment_arts-entertainment-and-recreation_2021-22_ynys-mon.csv');
    expect(exportFileName(['<script>', '../../etc'], 'png')).toBe('specialisation-atlas_script_etc.png');
    const long = exportFileName(
      Array.from({ length: 30 }, () => 'manufacturing'),
      'csv',
    );
    expect(long.length).toBeLessThanOrEqual(154);
    expect(long).toMatch(/^specialisation-atlas(_manufacturing)+\.csv$/);
  });

  it('dates the download in local time', () => {
    expect(isoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});

describe('the whole-dataset CSV read back as your own file', () => {
  it('is recognised column by column, figures, flags and intervals included', () => {
    const cube = buildCube([
      audit({ areaCode: 'E92000001', areaName: 'England', value: 1000, ci95: 12.5 }),
      audit({ value: 20, ci95: 3, flag: 'unreliable' }),
      audit({ areaCode: 'E06000002', areaName: 'Middlesbrough', value: null, flag: 'suppressed' }),
    ]);
    const text = tableCsv(
      datasetCsv({
        header,
        cube,
        meta: { measure: 'People aged 16+ in employment', unit: 'people' },
        lepsOf: () => 'Tees Valley',
      }),
    );
    const d = detectImport(text);
    expect(d.unmapped).toEqual([]);
    // Columns: area_code 0, area_name 1, area_level 2, lep_name 3, sector_code 4, sector_name 5, year 6, people_count 7, flag 8, ci 9.
    expect(d.mapping).toEqual({
      areaCode: 0,
      areaName: 1,
      sectorCode: 4,
      sectorName: 5,
      year: 6,
      value: 7,
      flag: 8,
      ci95: 9,
    });
  });
});
