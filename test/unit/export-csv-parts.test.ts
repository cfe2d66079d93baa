// The parts of every CSV export: cells (neutralised text, plain numbers), the area table's columns,
// and the file names.
import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, csvText, plainDecimal } from '../../src/lib/export/csv-cell';
import { csvFileName, tableCsv, viewCsv } from '../../src/lib/export/csv-download';
import { areaCsvColumns } from '../../src/lib/export/area-csv-columns';
import { exportFileName, isoDate } from '../../src/lib/export/file-name';
import type { AreaTableRow } from '../../src/lib/views/area-table';
import { header } from './export-csv-fixtures';

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
      englandShare: 0.0125,
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
