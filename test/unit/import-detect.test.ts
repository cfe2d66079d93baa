import { describe, expect, it } from 'vitest';
import { detectImport, planFromDetectionFields } from './import-helpers';

const NOMIS_HEADER =
  'DATE,DATE_NAME,DATE_CODE,DATE_TYPE,GEOGRAPHY,GEOGRAPHY_NAME,GEOGRAPHY_CODE,GEOGRAPHY_TYPE,INDUSTRY,INDUSTRY_NAME,INDUSTRY_CODE,MEASURES,MEASURES_NAME,OBS_VALUE,OBS_STATUS,OBS_STATUS_NAME';

describe('detectImport', () => {
  it('recognises the canonical form and maps every column', () => {
    const d = detectImport('area_code,area_name,sector_code,sector_name,year,value,flag,ci95\nE1,A,C,Manuf,2022,1,,\n');
    expect(d.format).toBe('canonical');
    expect(d.mapping).toEqual({
      areaCode: 0,
      areaName: 1,
      sectorCode: 2,
      sectorName: 3,
      year: 4,
      value: 5,
      flag: 6,
      ci95: 7,
    });
    expect(d.unmapped).toEqual([]);
    expect(d.problems).toEqual([]);
    expect(d.preview).toEqual([['E1', 'A', 'C', 'Manuf', '2022', '1', '', '']]);
  });

  it('recognises a Nomis bulk file with extra columns and lists its two measures', () => {
    const text = [
      NOMIS_HEADER,
      '2022,2022,2022,date,1,Alpha,E06000001,la,1,A : Agri,A,20100,Value,"1,230",A,Normal Value',
      '2022,2022,2022,date,1,Alpha,E06000001,la,1,A : Agri,A,20301,Percent,12.5,A,Normal Value',
    ].join('\r\n');
    const d = detectImport(text);
    expect(d.format).toBe('nomis');
    expect(d.mapping).toMatchObject({
      areaCode: 6,
      areaName: 5,
      sectorCode: 10,
      sectorName: 9,
      year: 0,
      value: 13,
      flag: 14,
    });
    expect(d.measures).toEqual(['Value', 'Percent']);
    expect(d.choices).toEqual([{ column: 12, name: 'MEASURES_NAME', values: ['Value', 'Percent'], isMeasure: true }]);
    // Other Nomis dimensions with several values are choices too; fixed ones (OBS_STATUS_NAME) are not.
    const bres = detectImport(
      'DATE,GEOGRAPHY_CODE,GEOGRAPHY_NAME,INDUSTRY_CODE,INDUSTRY_NAME,EMPLOYMENT_STATUS_NAME,OBS_VALUE,OBS_STATUS_NAME\n' +
        '2022,E1,A,C,M,Employees,1,Normal\n2022,E1,A,C,M,Employment,2,Estimated\n',
    );
    expect(bres.choices.map((c) => [c.name, c.values, c.isMeasure])).toEqual([
      ['EMPLOYMENT_STATUS_NAME', ['Employees', 'Employment'], false],
    ]);
  });

  it('recognises a wide table with year columns and guesses the id columns', () => {
    const d = detectImport(
      'area_code,area_name,sector,2018,2019,2020\nE06000001,Hartlepool,Manufacturing,"1,200","1,300",1 400\n',
    );
    expect(d.format).toBe('wide');
    expect(d.wide).toEqual({ yearColumns: [3, 4, 5], labels: ['2018', '2019', '2020'], idColumns: [0, 1, 2] });
    expect(d.mapping).toMatchObject({ areaCode: 0, areaName: 1, sectorName: 2, year: null, value: null });
    expect(d.unmapped).toEqual([]);
    const fy = detectImport('Area,Industry,2019/20,2020/21\nHartlepool,Retail,5,6\n');
    expect(fy.format).toBe('wide');
    expect(fy.wide?.labels).toEqual(['2019/20', '2020/21']);
    expect(fy.mapping).toMatchObject({ areaName: 0, sectorName: 1 });
  });

  it('guesses a long table mapping from header names and content', () => {
    const d = detectImport(
      'LAD21CD;LAD21NM;SIC;Industry;Period;Jobs;Note\nE06000001;Hartlepool;C;Manufacturing;2021;1 200;\nE06000002;Middlesbrough;C;Manufacturing;2021;c;suppressed\n',
    );
    expect(d.format).toBe('unknown');
    expect(d.delimiter).toBe(';');
    expect(d.mapping).toEqual({
      areaCode: 0,
      areaName: 1,
      sectorCode: 2,
      sectorName: 3,
      year: 4,
      value: 5,
      flag: 6,
      ci95: null,
    });
    expect(d.unmapped).toEqual([]);
  });

  it('finds GSS codes and years by content when the names say nothing', () => {
    const d = detectImport('a\tb\tc\td\nE06000001\tHartlepool\t2021\t12\nE06000002\tMiddlesbrough\t2021\t13\n');
    expect(d.delimiter).toBe('\t');
    expect(d.mapping).toMatchObject({ areaCode: 0, year: 2, value: 3 });
    expect(d.unmapped).toEqual(['sectorCode']);
  });

  it('notes a BOM and reads the header after it', () => {
    const d = detectImport('\uFEFFarea_code,area_name,sector_code,sector_name,year,value\r\nE1,A,C,M,2022,1\r\n');
    expect(d.hasBom).toBe(true);
    expect(d.format).toBe('canonical');
    expect(d.header[0]).toBe('area_code');
  });

  it('keeps a quoted field with a line break as one preview record', () => {
    const d = detectImport(
      'area_code,area_name,sector_code,sector_name,year,value\nE1,"Alpha\nNorth",C,M,2022,1\nE2,B,C,M,2022,2\n',
    );
    expect(d.preview.map((r) => r[1])).toEqual(['Alpha\nNorth', 'B']);
  });

  it.each([
    ['an empty file', '', 'empty-file'],
    ['only spaces and blank lines', '  \n\n \r\n', 'empty-file'],
    ['only commas', ',,,\n,,,\n', 'empty-file'],
    ['a single column', 'hello\nworld\n', 'single-column'],
  ])('says why it cannot read %s', (_what, text, code) => {
    const d = detectImport(text);
    expect(d.format).toBe('unknown');
    expect(d.problems.map((p) => p.code)).toEqual([code]);
  });

  it('reports a header-only file as having no data rows', () => {
    const d = detectImport('area_code,area_name,sector_code,sector_name,year,value\n');
    expect(d.format).toBe('canonical');
    expect(d.problems.map((p) => p.code)).toEqual(['no-data-rows']);
  });

  it('rejects binary files renamed .csv (PNG and zip bytes decoded as text)', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6,
      0, 0, 0,
    ]);
    const zip = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0x9c, 0xff, 0xfe, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85,
    ]);
    for (const bytes of [png, zip]) {
      const d = detectImport(new TextDecoder().decode(bytes));
      expect(d.problems.map((p) => p.code)).toEqual(['not-text']);
    }
  });

  it('gives a plan with the first measure chosen by default, or the one asked for', () => {
    const text = [
      NOMIS_HEADER,
      '2022,2022,2022,date,1,Alpha,E06000001,la,1,A : Agri,A,20100,Value,1,A,N',
      '2022,2022,2022,date,1,Alpha,E06000001,la,1,A : Agri,A,20301,Percent,2,A,N',
    ].join('\n');
    expect(planFromDetectionFields(text).filters).toEqual([{ column: 12, value: 'Value' }]);
    expect(planFromDetectionFields(text, { 12: 'Percent' }).filters).toEqual([{ column: 12, value: 'Percent' }]);
  });
});
