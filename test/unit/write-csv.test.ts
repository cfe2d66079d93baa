import { describe, expect, it } from 'vitest';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { writeCanonicalCsv } from '../../src/lib/data/write-csv';
import type { AuditRow } from '../../src/lib/data/types';

const row = (over: Partial<AuditRow>): AuditRow => ({
  areaCode: 'E06000001',
  areaName: 'Hartlepool',
  sectorCode: 'C',
  sectorName: 'Manufacturing',
  year: '2022',
  value: 1,
  flag: null,
  ci95: null,
  row: 0,
  ...over,
});

describe('writeCanonicalCsv', () => {
  it('writes the canonical header and plain cells, with \\n line ends', () => {
    const text = writeCanonicalCsv([
      row({ value: 1234567.5, ci95: 12.25 }),
      row({ areaCode: 'E06000002', value: null, flag: 'suppressed' }),
    ]);
    expect(text).toBe(
      'area_code,area_name,sector_code,sector_name,year,value,flag,ci95\n' +
        'E06000001,Hartlepool,C,Manufacturing,2022,1234567.5,,12.25\n' +
        'E06000002,Hartlepool,C,Manufacturing,2022,,suppressed,\n',
    );
  });

  it('quotes cells with commas, quotes, line breaks or surrounding spaces, and only those', () => {
    const text = writeCanonicalCsv([
      row({ areaName: 'Bath, NE Somerset', sectorName: 'The "other" sector', year: '2021/22' }),
      row({ areaName: 'Two\nlines', sectorName: ' padded ', sectorCode: 'Q\r' }),
    ]);
    expect(text).toBe(
      'area_code,area_name,sector_code,sector_name,year,value,flag,ci95\n' +
        'E06000001,"Bath, NE Somerset",C,"The ""other"" sector",2021/22,1,,\n' +
        'E06000001,"Two\nlines","Q\r"," padded ",2022,1,,\n',
    );
  });

  it('writes an empty file as the header alone', () => {
    expect(writeCanonicalCsv([])).toBe('area_code,area_name,sector_code,sector_name,year,value,flag,ci95\n');
  });

  it('refuses NaN or infinite numbers rather than writing them as missing', () => {
    expect(() => writeCanonicalCsv([row({ value: Number.NaN, row: 7 })])).toThrow('Row 7: value is NaN');
    expect(() => writeCanonicalCsv([row({ ci95: Infinity })])).toThrow(RangeError);
  });

  it('round-trips through parseAuditCsv, names with commas, quotes and line breaks included', () => {
    const rows: AuditRow[] = [
      row({
        areaName: 'Bath, NE Somerset',
        sectorCode: 'A',
        sectorName: 'Agriculture, forestry and fishing',
        value: 1234567.5,
        ci95: 0.5,
      }),
      row({ areaCode: 'E06000002', areaName: 'The "Quoted" Place', sectorCode: 'C', value: null, flag: 'suppressed' }),
      row({ areaCode: 'E06000003', areaName: 'Line\nbreak', sectorCode: 'C', value: 0, flag: 'rounded', ci95: 0 }),
      row({ areaCode: 'E06000004', areaName: 'Carriage\r\nreturn', value: null, flag: 'missing' }),
      row({
        areaCode: 'E06000005',
        areaName: 'Ωmega – “curly”',
        year: '2021/22',
        value: 0.125,
        flag: 'unreliable',
        ci95: 3,
      }),
      row({ areaCode: 'E06000006', areaName: 'Semi; colon | pipe\ttab', year: 'Jan 2018-Dec 2018', value: 1e-7 }),
      row({ areaCode: 'E06000007', areaName: 'Big', value: 123456789012345 }),
    ];
    const back = parseAuditCsv(writeCanonicalCsv(rows));
    expect(back.problems).toEqual([]);
    expect(back.stats).toEqual({ read: rows.length, accepted: rows.length, rejected: 0 });
    expect(back.rows.map(({ row: _row, ...rest }) => rest)).toEqual(rows.map(({ row: _row, ...rest }) => rest));
  });
});
