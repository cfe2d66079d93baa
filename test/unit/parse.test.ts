// parseAuditCsv on well-formed files of every kind it reads (canonical, Nomis, delimiters, quoting,
// chunking), and parseNumberCell. Malformed input: parse-malformed-*.test.ts; random input: parse-random.test.ts.
import { describe, expect, it } from 'vitest';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { parseNumberCell } from '../../src/lib/data/parse-numbers';
import { HEADER, csv, errors, expectOne, expectStats } from './parse-helpers';

describe('parseAuditCsv: happy paths', () => {
  it('reads the canonical form into rows with spreadsheet row numbers', () => {
    const r = parseAuditCsv(
      csv('E37000001,Alpha LEP,C,Manufacturing,2022,120,,4.5', 'E37000002,Beta LEP,C,Manufacturing,2022,,suppressed,'),
    );
    expect(r.format).toBe('canonical');
    expect(r.problems).toEqual([]);
    expectStats(r, 2, 2, 0);
    expect(r.rows).toEqual([
      {
        areaCode: 'E37000001',
        areaName: 'Alpha LEP',
        sectorCode: 'C',
        sectorName: 'Manufacturing',
        year: '2022',
        value: 120,
        flag: null,
        ci95: 4.5,
        row: 2,
      },
      {
        areaCode: 'E37000002',
        areaName: 'Beta LEP',
        sectorCode: 'C',
        sectorName: 'Manufacturing',
        year: '2022',
        value: null,
        flag: 'suppressed',
        ci95: null,
        row: 3,
      },
    ]);
  });

  it('matches header names case-insensitively and trimmed, in any order, without optional columns', () => {
    const r = parseAuditCsv(' Year ,VALUE,Area_Code,area_name, SECTOR_CODE,sector_name\n2021/22, 7 ,E1,Alpha,A,Agri\n');
    expect(r.format).toBe('canonical');
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({ areaCode: 'E1', year: '2021/22', value: 7, flag: null, ci95: null, row: 2 });
  });

  it('trims spaces around cells', () => {
    const r = parseAuditCsv(csv('  E1 , Alpha ,A,  Agri,2022 , 12 , rounded , 1.5 '));
    expect(r.rows[0]).toMatchObject({
      areaCode: 'E1',
      areaName: 'Alpha',
      sectorName: 'Agri',
      year: '2022',
      value: 12,
      flag: 'rounded',
      ci95: 1.5,
    });
  });

  it('lists unknown extra columns in one info problem and ignores them', () => {
    const r = parseAuditCsv(
      'area_code,area_name,notes,sector_code,sector_name,year,value,source,\nE1,Alpha,hi,A,Agri,2022,5,ONS,\n',
    );
    expectOne(
      r,
      'ignored-columns',
      { severity: 'info', row: null, column: null },
      'These columns are not used and were ignored: "notes", "source"; 1 column with no name.',
    );
    expect(r.rows[0]).toMatchObject({ areaCode: 'E1', value: 5 });
    expectStats(r, 1, 1, 0);
  });

  it('reads a Nomis bulk CSV with extra columns and OBS_STATUS', () => {
    const text = [
      'DATE,DATE_NAME,DATE_CODE,DATE_TYPE,GEOGRAPHY,GEOGRAPHY_NAME,GEOGRAPHY_CODE,GEOGRAPHY_TYPE,INDUSTRY,INDUSTRY_NAME,INDUSTRY_CODE,MEASURES,MEASURES_NAME,OBS_VALUE,OBS_STATUS,OBS_STATUS_NAME',
      '2022,2022,2022,date,1,Alpha,E06000001,local authorities,1,"A : Agriculture, forestry and fishing",A,20100,Value,"1,230",A,Normal Value',
      '2022,2022,2022,date,1,Alpha,E06000001,local authorities,2,B : Mining and quarrying,B,20100,Value,,Q,Suppressed',
      // Nomis's ~ (APS: estimate under 500) comes without a value: withheld, as the data build reads it.
      '2022,2022,2022,date,1,Alpha,E06000001,local authorities,3,C : Manufacturing,C,20100,Value,,~,Estimate is less than 500',
      '2022,2022,2022,date,1,Alpha,E06000001,local authorities,4,D : Electricity,D,20100,Value,!,!,Not available',
    ].join('\r\n');
    const r = parseAuditCsv(text);
    expect(r.format).toBe('nomis');
    expectStats(r, 4, 4, 0);
    expect(
      r.rows.map((x) => [x.areaCode, x.areaName, x.sectorCode, x.sectorName, x.year, x.value, x.flag, x.ci95, x.row]),
    ).toEqual([
      ['E06000001', 'Alpha', 'A', 'A : Agriculture, forestry and fishing', '2022', 1230, null, null, 2],
      ['E06000001', 'Alpha', 'B', 'B : Mining and quarrying', '2022', null, 'suppressed', null, 3],
      ['E06000001', 'Alpha', 'C', 'C : Manufacturing', '2022', null, 'suppressed', null, 4],
      ['E06000001', 'Alpha', 'D', 'D : Electricity', '2022', null, 'suppressed', null, 5],
    ]);
    const info = expectOne(r, 'ignored-columns', { severity: 'info', row: null, column: null });
    expect(info.message).toContain('"MEASURES_NAME"');
    expect(info.message).toContain('"DATE_NAME"');
    expect(r.problems).toHaveLength(1);
  });

  it('takes the Nomis year from DATE_NAME when there is no DATE column', () => {
    const r = parseAuditCsv(
      'DATE_NAME,GEOGRAPHY_CODE,GEOGRAPHY_NAME,INDUSTRY_CODE,INDUSTRY_NAME,OBS_VALUE\nJan 2018-Dec 2018,E1,Alpha,A,Agri,3\n',
    );
    expect(r.format).toBe('nomis');
    expect(r.rows[0]).toMatchObject({ year: 'Jan 2018-Dec 2018', value: 3, row: 2 });
  });

  it('reports an unknown Nomis status once as a warning and keeps its rows without a flag', () => {
    const r = parseAuditCsv(
      'DATE,GEOGRAPHY_CODE,GEOGRAPHY_NAME,INDUSTRY_CODE,INDUSTRY_NAME,OBS_VALUE,OBS_STATUS\n' +
        '2022,E1,Alpha,A,Agri,3,P\n2022,E1,Alpha,B,Mining,4,P\n2022,E1,Alpha,C,Manuf,5,M\n',
    );
    expectOne(
      r,
      'unknown-flag',
      { severity: 'warning', row: 2, column: 'OBS_STATUS' },
      'Row 2, column "OBS_STATUS": status "P" is not one we recognise; rows with it are kept without a flag (this is said once, at its first row).',
    );
    expectStats(r, 3, 3, 0);
    expect(r.rows.map((x) => x.flag)).toEqual([null, null, 'missing']);
    // M with a number: the status says missing but there is a value.
    expectOne(r, 'flag-conflict', { severity: 'warning', row: 4, column: 'OBS_STATUS' });
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
    ['pipes', '|'],
  ])('reads a file delimited by %s', (_name, d) => {
    const text = [
      HEADER.split(',').join(d),
      ['E1', 'Alpha, North', 'A', 'Agri', '2022', '1,234.5', '', ''].join(d),
      '',
    ].join('\n');
    const r = parseAuditCsv(text);
    expect(r.problems).toEqual([]);
    expectStats(r, 1, 1, 0);
    expect(r.rows[0]).toMatchObject({ areaName: 'Alpha, North', value: 1234.5, row: 2 });
  });

  it('reads a short semicolon file whose delimiter papaparse alone would miss', () => {
    const r = parseAuditCsv('area_code;area_name;sector_code;sector_name;year;value\nE1;A;S;Sec;2022;1\n\n');
    expectStats(r, 1, 1, 0);
  });

  it('removes a UTF-8 byte order mark and says so', () => {
    const r = parseAuditCsv('\uFEFF' + csv('E1,Alpha,A,Agri,2022,1,,'));
    expectOne(r, 'bom-removed', { severity: 'info', row: null, column: null });
    expect(r.format).toBe('canonical');
    expect(r.rows[0].areaCode).toBe('E1');
    expectStats(r, 1, 1, 0);
  });

  it('reads CRLF line endings without leaving \\r in the last cell', () => {
    const r = parseAuditCsv(HEADER + '\r\nE1,Alpha,A,Agri,2022,1,,2\r\nE2,Beta,A,Agri,2022,3,,\r\n');
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.ci95, x.row])).toEqual([
      [2, 2],
      [null, 3],
    ]);
  });

  it('reads quoted cells with line breaks, commas and quotes, and counts rows as records after them', () => {
    const text = csv(
      'E1,"Alpha\nNorth",A,"Agri, ""farms""",2022,1,,',
      'E2,"Beta\r\nSouth\nEast",A,"Agri, ""farms""",2022,2,,',
      'E3,Gamma,A,"Agri, ""farms""",2022,abc,,',
    );
    const r = parseAuditCsv(text);
    expect(r.rows.map((x) => [x.areaName, x.sectorName, x.row])).toEqual([
      ['Alpha\nNorth', 'Agri, "farms"', 2],
      ['Beta\r\nSouth\nEast', 'Agri, "farms"', 3],
    ]);
    expectOne(
      r,
      'non-numeric-value',
      { severity: 'error', row: 4, column: 'value' },
      'Row 4, column "value": "abc" is not a number.',
    );
    expectStats(r, 3, 2, 1);
  });

  it('skips blank lines and lines of empty cells silently, but counts them as rows like a spreadsheet', () => {
    const r = parseAuditCsv(csv('', 'E1,Alpha,A,Agri,2022,1,,', '   ', ',,,,,,,', 'E2,Beta,A,Agri,2022,x,,', ''));
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.row)).toEqual([3, 6]);
    expect(r.rows[1]).toMatchObject({ value: null, flag: 'suppressed' });
    expectStats(r, 2, 2, 0);
  });

  it.each([
    ['1,234', 1234],
    ['1,234,567.5', 1234567.5],
    ['-1,234', -1234],
    ['12', 12],
    ['0.25', 0.25],
    ['.5', 0.5],
    ['1e3', 1000],
    ['0', 0],
  ])('reads the value %j as %d', (text, want) => {
    const r = parseAuditCsv(csv(`E1,Alpha,A,Agri,2022,"${text}",,`));
    expect(r.rows[0].value).toBe(want);
    expect(errors(r)).toEqual([]);
  });

  it.each([
    ['!', 'suppressed'],
    ['~', 'suppressed'],
    ['-', 'missing'],
    ['*', 'suppressed'],
    ['..', 'suppressed'],
    [':', 'suppressed'],
    ['x', 'suppressed'],
    ['c', 'suppressed'],
  ])('reads the marker %j in a value cell as null, flagged %s, with no problem', (marker, flag) => {
    const r = parseAuditCsv(csv(`E1,Alpha,A,Agri,2022,${marker},,`));
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({ value: null, flag });
  });

  it('keeps an explicit flag over a value marker', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,..,unreliable,'));
    expect(r.rows[0]).toMatchObject({ value: null, flag: 'unreliable' });
  });

  it('accepts flags in any case', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,,Suppressed,', 'E2,Beta,A,Agri,2022,5,ROUNDED,'));
    expect(r.rows.map((x) => x.flag)).toEqual(['suppressed', 'rounded']);
    expect(r.problems).toEqual([]);
  });

  it('names the file in file-level messages', () => {
    const r = parseAuditCsv('', { fileName: 'mine.csv' });
    expect(r.problems[0].message).toBe('The file "mine.csv" is empty: there is nothing to read.');
  });

  it('gives the same result whatever chunk size papaparse reads with', () => {
    const text = csv(
      'E1,"Alpha\nNorth",A,"Agri, ""farms""",2022,1,,',
      'E2,Beta,A,Agri,2022,abc,,',
      'E2,Beta,A,Agri,2022,3,,',
      'E2,Beta,A,Agri,2022,4,,',
      'E3,Gamma,A,Agri,20x2,4,,',
      'E4,"Delta ""D""",A,Agri,2022,4,,1',
    );
    const whole = parseAuditCsv(text);
    for (const chunkSize of [1, 7, 16, 33, 64]) expect(parseAuditCsv(text, { chunkSize })).toEqual(whole);
  });
});

describe('parseNumberCell', () => {
  it('reads plain numbers and thousands separators, and nothing else', () => {
    expect([' 5', '1,000', '1,000,000.25', '+3', '-0.5', '2.', '1E2'].map(parseNumberCell)).toEqual([
      5, 1000, 1000000.25, 3, -0.5, 2, 100,
    ]);
    for (const bad of ['', '1,0000', ',100', '1,,000', '0b11', '0o7', 'Infinity', '1e999', '--1', '1.2.3']) {
      expect(parseNumberCell(bad), bad).toBeNaN();
    }
  });
});

/** Seeded generator (mulberry32) so a failure can be replayed. */
