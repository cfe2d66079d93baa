// Turning a user's file into rows: convertImport on canonical, Nomis and wide files, with their
// problems. Rejected rows and the report: import-report.test.ts; properties: import-convert-property.test.ts.
import { describe, expect, it } from 'vitest';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { convertImport, rejectedRowNumbers, type ImportPlan } from '../../src/lib/import/convert';
import type { ParseResult } from '../../src/lib/data/types';
import { importText, planFromDetectionFields } from './import-helpers';

const NOMIS_HEADER =
  'DATE,DATE_NAME,DATE_CODE,DATE_TYPE,GEOGRAPHY,GEOGRAPHY_NAME,GEOGRAPHY_CODE,GEOGRAPHY_TYPE,INDUSTRY,INDUSTRY_NAME,INDUSTRY_CODE,MEASURES,MEASURES_NAME,OBS_VALUE,OBS_STATUS,OBS_STATUS_NAME';
const nomisLine = (area: string, sector: string, measure: string, value: string, status = 'A') =>
  `2022,2022,2022,date,1,Area ${area},${area},la,1,${sector} : Sector,${sector},2,${measure},${value},${status},x`;

const compact = (r: ParseResult) => r.rows.map((x) => [x.areaCode, x.sectorCode, x.year, x.value, x.flag, x.row]);
const errorRows = (r: ParseResult) => rejectedRowNumbers(r.problems);

describe('convertImport', () => {
  it('reads a canonical file exactly as parseAuditCsv does', () => {
    const text =
      'area_code,area_name,sector_code,sector_name,year,value,flag,ci95\nE1,A,C,M,2022,1,,\nE1,A,D,N,2022,,suppressed,\n';
    const r = importText(text);
    const p = parseAuditCsv(text);
    expect(r.rows).toEqual(p.rows);
    expect(r.problems).toEqual(p.problems);
    expect(r.layout).toBe('canonical');
  });

  it('reads one measure of a Nomis file with two, and accounts for the other in a set-aside problem', () => {
    const text = [
      NOMIS_HEADER,
      nomisLine('E06000001', 'A', 'Value', '"1,230"'),
      nomisLine('E06000001', 'A', 'Percent', '12.5'),
      nomisLine('E06000001', 'B', 'Value', '', 'Q'),
      nomisLine('E06000001', 'B', 'Percent', '', 'Q'),
    ].join('\r\n');
    const r = importText(text);
    expect(r.format).toBe('nomis');
    expect(compact(r)).toEqual([
      ['E06000001', 'A', '2022', 1230, null, 2],
      ['E06000001', 'B', '2022', null, 'suppressed', 4],
    ]);
    expect(r.stats).toEqual({ read: 2, accepted: 2, rejected: 0, setAside: 2 });
    const aside = r.problems.filter((p) => p.code === 'set-aside');
    expect(aside).toHaveLength(1);
    expect(aside[0].message).toBe(
      '2 rows (rows 3, 5) have "Percent" in column "MEASURES_NAME", not the chosen "Value", so they were set aside.',
    );
    // Choosing the other measure reads the other rows.
    const pct = importText(text, { 12: 'Percent' });
    expect(compact(pct).map((x) => x[3])).toEqual([12.5, null]);
    // Without a choice, the two measures would collide as duplicates.
    expect(parseAuditCsv(text).problems.filter((p) => p.code === 'duplicate-key')).toHaveLength(2);
  });

  it('takes each figure\'s 95% CI from a Nomis "Confidence" measure beside the chosen one', () => {
    const text = [
      NOMIS_HEADER,
      nomisLine('E06000001', 'A', 'Variable', '1200'),
      nomisLine('E06000001', 'B', 'Variable', '300'),
      nomisLine('E06000001', 'C', 'Variable', '', 'Q'), // suppressed: no figure, so no CI either
      nomisLine('E06000001', 'A', 'Confidence', '150'),
      nomisLine('E06000001', 'B', 'Confidence', ''), // no number
      nomisLine('E06000001', 'C', 'Confidence', '40'),
      nomisLine('E06000002', 'A', 'Confidence', '20'), // no figure to go with
      nomisLine('E06000001', 'A', 'Numerator', '999'),
    ].join('\n');
    const plan = planFromDetectionFields(text);
    expect(plan.filters).toEqual([{ column: 12, value: 'Variable' }]);
    expect(plan.ci).toEqual({ column: 12, value: 'Confidence' });
    const r = convertImport(text, plan);
    expect(r.rows.map((x) => [x.sectorCode, x.value, x.ci95])).toEqual([
      ['A', 1200, 150],
      ['B', 300, null],
      ['C', null, null],
    ]);
    // The Numerator row and the Confidence row with no figure are set aside; the others were used.
    expect(r.stats).toEqual({ read: 3, accepted: 3, rejected: 0, setAside: 2 });
    const info = r.problems.find((p) => p.code === 'ci-from-measure')!;
    expect(info.message).toBe(
      '1 figure took a 95% confidence interval from the 4 "Confidence" rows; 1 of them had no number; ' +
        '1 went with a figure that is suppressed or missing, so it was not used.',
    );
    const aside = r.problems.filter((p) => p.code === 'set-aside').map((p) => p.message);
    expect(aside).toContain(
      '1 row (row 8) has "Confidence" in column "MEASURES_NAME", not the chosen "Variable", so it was set aside.',
    );
    expect(aside).toContain(
      '1 row (row 9) has "Numerator" in column "MEASURES_NAME", not the chosen "Variable", so it was set aside.',
    );
    // Declined (or no Confidence measure): every Confidence row is set aside, and no figure has a CI.
    const without = convertImport(text, { ...plan, ci: null });
    expect(without.rows.every((x) => x.ci95 === null)).toBe(true);
    expect(without.stats.setAside).toBe(5);
  });

  it('does not offer a CI measure when the Confidence measure is the one shown, or there is none', async () => {
    const { confidenceMeasure } = await import('../../src/lib/import/convert');
    const c = { column: 3, values: ['Variable', 'Confidence', 'Numerator'], isMeasure: true };
    expect(confidenceMeasure(c, 'Variable')).toEqual({ column: 3, value: 'Confidence' });
    expect(confidenceMeasure(c, 'Confidence')).toBeNull();
    expect(confidenceMeasure({ ...c, values: ['Value', 'Percent'] }, 'Value')).toBeNull();
    expect(confidenceMeasure({ ...c, isMeasure: false }, 'Variable')).toBeNull();
  });

  it('turns a wide table with thousands separators long, one row per area × sector × year', () => {
    const text =
      'area_code,area_name,sector,2018,2019,2020\n' +
      'E06000001,Hartlepool,Manufacturing,"1,200","1,300",1 400\n' +
      'E06000002,Middlesbrough,Manufacturing,..,12%, 7 \n';
    const r = importText(text);
    expect(r.layout).toBe('wide');
    expect(r.valuesPerRecord).toBe(3);
    expect(r.stats).toEqual({ read: 6, accepted: 6, rejected: 0 });
    const rows = r.rows.map((x) => [
      x.areaCode,
      x.areaName,
      x.sectorCode,
      x.sectorName,
      x.year,
      x.value,
      x.flag,
      x.row,
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['E06000001', 'Hartlepool', 'Manufacturing', 'Manufacturing', '2018', 1200, null, 2],
        ['E06000001', 'Hartlepool', 'Manufacturing', 'Manufacturing', '2020', 1400, null, 2],
        ['E06000002', 'Middlesbrough', 'Manufacturing', 'Manufacturing', '2018', null, 'suppressed', 3],
        ['E06000002', 'Middlesbrough', 'Manufacturing', 'Manufacturing', '2019', 12, null, 3],
        ['E06000002', 'Middlesbrough', 'Manufacturing', 'Manufacturing', '2020', 7, null, 3],
      ]),
    );
    expect(r.rows).toHaveLength(6);
  });

  it('names the year column and row of a bad value in a wide table, and says a short record once', () => {
    const r = importText('Area,Industry,2019/20,2020/21\nHartlepool,Retail,5,abc\nShort,Retail\n');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.row, p.column])).toEqual([
      ['non-numeric-value', 2, '2020/21'],
      ['field-count', 3, null],
    ]);
    expect(r.stats).toEqual({ read: 4, accepted: 1, rejected: 3 });
  });

  it('refuses year columns whose heading is not a period', () => {
    const plan: ImportPlan = {
      ...planFromDetectionFields('Area,Industry,2019,Notes\nA,B,1,x\n'),
      wide: { yearColumns: [2, 3] },
    };
    const r = convertImport('Area,Industry,2019,Notes\nA,B,1,x\n', plan);
    expect(r.problems.map((p) => p.code)).toEqual(['not-a-period']);
    expect(r.rows).toEqual([]);
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
  ])('reads a hand-mapped file delimited by %s', (_n, d) => {
    const text =
      ['LAD21CD', 'LAD21NM', 'SIC', 'Industry', 'Year', 'Jobs'].join(d) +
      '\n' +
      ['E06000001', 'Hartlepool, town', 'C', 'Manuf', '2021', '1,234'].join(d) +
      '\n';
    const r = importText(text);
    expect(r.layout).toBe('unknown');
    expect(compact(r)).toEqual([['E06000001', 'C', '2021', 1234, null, 2]]);
    expect(r.rows[0].areaName).toBe('Hartlepool, town');
  });

  it('strips a BOM and reads CRLF line ends and quoted fields with line breaks, keeping row numbers', () => {
    const text =
      '\uFEFFLAD21CD,LAD21NM,SIC,Industry,Year,Jobs\r\nE06000001,"Hartle\r\npool",C,M,2021,5\r\nE06000002,Mid,C,M,2021,x\r\nE06000003,Red,C,M,2021,oops\r\n';
    const r = importText(text);
    expect(r.problems[0].code).toBe('bom-removed');
    expect(compact(r)).toEqual([
      ['E06000001', 'C', '2021', 5, null, 2],
      ['E06000002', 'C', '2021', null, 'suppressed', 3],
    ]);
    expect(r.rows[0].areaName).toBe('Hartle\r\npool');
    expect(errorRows(r)).toEqual([4]);
  });

  it.each([
    ['*', 'suppressed'],
    ['..', 'suppressed'],
    [':', 'suppressed'],
    ['x', 'suppressed'],
    ['c', 'suppressed'],
    ['!', 'suppressed'],
    ['~', 'suppressed'],
    ['-', 'missing'],
    ['', 'missing'],
    ['[c]', 'suppressed'],
  ])('reads the marker "%s" as a missing value flagged %s, never zero', (marker, flag) => {
    const r = importText(`Area code,Area name,SIC,Industry,Year,Value\nE06000001,H,C,M,2021,${marker}\n`);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].value).toBeNull();
    expect(r.rows[0].flag).toBe(flag);
    const cube = buildCube(r.rows);
    expect(cube.values[0]).toBeNaN();
  });

  it('rejects duplicates after the first and reports them', () => {
    const r = importText('Area code,Area name,SIC,Industry,Year,Value\nE1,A,C,M,2021,1\nE1,A,C,M,2021,2\n');
    expect(compact(r)).toEqual([['E1', 'C', '2021', 1, null, 2]]);
    expect(r.problems.map((p) => [p.code, p.row])).toEqual([['duplicate-key', 3]]);
  });

  it('reports an empty file, a header-only file and a binary file', () => {
    expect(importText('').problems.map((p) => p.code)).toEqual(['empty-file']);
    expect(importText('area_code,area_name,sector_code,sector_name,year,value\n').problems.map((p) => p.code)).toEqual([
      'no-data-rows',
    ]);
    const png = new TextDecoder().decode(
      new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 2, 3, 4, 5,
      ]),
    );
    expect(importText(png).problems.map((p) => p.code)).toEqual(['not-text']);
  });

  it('uses a name column as the code when the file has no code, and the reverse', () => {
    const r = importText('Area,Industry,Year,Jobs\nHartlepool,Retail,2021,5\n');
    expect(r.rows[0]).toMatchObject({
      areaCode: 'Hartlepool',
      areaName: 'Hartlepool',
      sectorCode: 'Retail',
      sectorName: 'Retail',
    });
  });
});
