// The whole-dataset CSV: its columns, what it takes from the dataset entry, and read back as a user's
// own file.
import { describe, expect, it } from 'vitest';
import {
  csvHeaderFromDataset,
  datasetCsv,
  datasetTitle,
  tableCsv,
  valueColumnName,
} from '../../src/lib/export/csv-download';
import { buildCube } from '../../src/lib/data/cube';
import { detectImport } from '../../src/lib/import/detect';
import type { DatasetMeta } from '../../src/lib/data/types';
import { header, audit } from './export-csv-fixtures';

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
