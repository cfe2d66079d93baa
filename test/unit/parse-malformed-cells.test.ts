// parseAuditCsv on malformed cells and rows, 16–33: empty required cells, numbers, flags, CIs, years,
// repeated keys, names that change, and the words of the messages.
import { describe, expect, it } from 'vitest';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { csv, expectOne, expectStats, withCode } from './parse-helpers';

describe('parseAuditCsv: malformed input (cells and rows)', () => {
  it.each([
    ['area_code', ',Alpha,A,Agri,2022,1,,'],
    ['area_name', 'E1, ,A,Agri,2022,1,,'],
    ['sector_code', 'E1,Alpha,,Agri,2022,1,,'],
    ['sector_name', 'E1,Alpha,A,,2022,1,,'],
    ['year', 'E1,Alpha,A,Agri,,1,,'],
  ])('16. an empty required cell in %s', (column, line) => {
    const r = parseAuditCsv(csv('E0,Zero,A,Agri,2022,1,,', line));
    expectOne(
      r,
      'empty-required',
      { severity: 'error', row: 3, column },
      `Row 3, column "${column}": this cell is empty but must be filled in.`,
    );
    expectStats(r, 2, 1, 1);
  });

  it('17. several empty required cells are each reported, and the row is rejected once', () => {
    const r = parseAuditCsv(csv(',,A,Agri,2022,1,,'));
    expect(withCode(r, 'empty-required').map((p) => p.column)).toEqual(['area_code', 'area_name']);
    expectStats(r, 1, 0, 1);
  });

  it.each(['abc', '1,23', '12,3456', 'NaN', 'Infinity', '-Infinity', '1e400', '0x10', '1 234', '12abc', '£5'])(
    '18. the value %j is not a number',
    (value) => {
      const r = parseAuditCsv(csv(`E1,Alpha,A,Agri,2022,"${value}",,`));
      expectOne(
        r,
        'non-numeric-value',
        { severity: 'error', row: 2, column: 'value' },
        `Row 2, column "value": "${value}" is not a number.`,
      );
      expectStats(r, 1, 0, 1);
    },
  );

  it('19. a negative value is kept with a warning', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,-5,,'));
    expectOne(
      r,
      'negative-value',
      { severity: 'warning', row: 2, column: 'value' },
      'Row 2, column "value": the value -5 is negative; counts are normally zero or more.',
    );
    expect(r.rows[0].value).toBe(-5);
    expectStats(r, 1, 1, 0);
  });

  it('20. an unknown flag', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,,hidden,', 'E2,Beta,A,Agri,2022,3,,'));
    expectOne(
      r,
      'unknown-flag',
      { severity: 'error', row: 2, column: 'flag' },
      'Row 2, column "flag": "hidden" is not a flag we recognise; use suppressed, unreliable, missing or rounded, or leave it empty.',
    );
    expect(withCode(r, 'empty-value-no-flag')).toEqual([]);
    expectStats(r, 2, 1, 1);
  });

  it.each(['suppressed', 'missing'])('21. a value with the flag %s is kept with a flag-conflict warning', (flag) => {
    const r = parseAuditCsv(csv(`E1,Alpha,A,Agri,2022,42,${flag},`));
    expectOne(
      r,
      'flag-conflict',
      { severity: 'warning', row: 2, column: 'flag' },
      `Row 2, column "flag": the flag "${flag}" says the value is ${flag}, but the value is 42; the value was kept.`,
    );
    expect(r.rows[0]).toMatchObject({ value: 42, flag });
  });

  it('22. an empty value with no flag is kept as missing, never zero', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,,,'));
    expectOne(r, 'empty-value-no-flag', { severity: 'warning', row: 2, column: 'value' });
    expect(r.rows[0]).toMatchObject({ value: null, flag: 'missing' });
    expectStats(r, 1, 1, 0);
  });

  it.each(['wide', '*', '1,2'])('23. a non-numeric ci95 %j', (ci) => {
    const r = parseAuditCsv(csv(`E1,Alpha,A,Agri,2022,5,,"${ci}"`));
    expectOne(
      r,
      'non-numeric-ci',
      { severity: 'error', row: 2, column: 'ci95' },
      `Row 2, column "ci95": "${ci}" is not a number.`,
    );
    expectStats(r, 1, 0, 1);
  });

  it('24. a negative ci95', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,5,,-0.5'));
    expectOne(r, 'negative-ci', { severity: 'error', row: 2, column: 'ci95' });
    expectStats(r, 1, 0, 1);
  });

  it.each(['20x2', '22', '2021/25', 'FY2022', '2022.0'])('25. the year %j is not a period we recognise', (year) => {
    const r = parseAuditCsv(csv(`E1,Alpha,A,Agri,${year},5,,`, `E2,Beta,A,Agri,${year},6,,`));
    const found = withCode(r, 'unknown-year-format');
    expect(found.map((p) => [p.severity, p.row, p.column])).toEqual([
      ['error', 2, 'year'],
      ['error', 3, 'year'],
    ]);
    expect(found[0].message).toContain(`Row 2, column "year": "${year}" is not a year or period we recognise`);
    expectStats(r, 2, 0, 2);
  });

  it('26. a repeated area × sector × year is rejected, naming the first row', () => {
    const r = parseAuditCsv(
      csv(
        'E1,Alpha,A,Agri,2022,1,,',
        'E1,Alpha,B,Mining,2022,2,,',
        'E2,Beta,A,Agri,2022,3,,',
        'E1,Alpha,A,Agri,2022,9,,',
        'E1,Alpha,A,Agri,2022,10,,',
      ),
    );
    const found = withCode(r, 'duplicate-key');
    expect(found.map((p) => [p.severity, p.row, p.column])).toEqual([
      ['error', 5, null],
      ['error', 6, null],
    ]);
    expect(found[0].message).toBe(
      'Row 5 repeats area "E1", sector "A", year "2022", which row 2 already gives; only row 2 is kept.',
    );
    expect(r.rows.map((x) => x.value)).toEqual([1, 2, 3]);
    expectStats(r, 5, 3, 2);
  });

  it('27. a rejected first row does not make a later row a duplicate', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,abc,,', 'E1,Alpha,A,Agri,2022,5,,'));
    expect(withCode(r, 'duplicate-key')).toEqual([]);
    expect(r.rows.map((x) => x.row)).toEqual([3]);
  });

  it('28. problems stay in row order when duplicates are found at the end', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2022,1,,', 'E1,Alpha,A,Agri,2022,2,,', 'E2,Beta,A,Agri,2022,-1,,'));
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'duplicate-key'],
      [4, 'negative-value'],
    ]);
  });

  it('29. an area called two names warns once, at the first different row', () => {
    const r = parseAuditCsv(
      csv(
        'E1,Alpha,A,Agri,2022,1,,',
        'E1,Alpha,B,Mining,2022,1,,',
        'E1,ALPHA,C,Manuf,2022,1,,',
        'E1,Alfa,D,Energy,2022,1,,',
      ),
    );
    expectOne(
      r,
      'inconsistent-name',
      { severity: 'warning', row: 4, column: 'area_name' },
      'Row 4, column "area_name": area "E1" is called "ALPHA" here but "Alpha" in row 2 (this is said once per area).',
    );
    expectStats(r, 4, 4, 0);
    expect(r.rows[2].areaName).toBe('ALPHA');
  });

  it('30. a sector called two names warns once', () => {
    const r = parseAuditCsv(
      csv('E1,Alpha,A,Agri,2022,1,,', 'E2,Beta,A,Agriculture,2022,1,,', 'E3,Gamma,A,Farming,2022,1,,'),
    );
    expectOne(r, 'inconsistent-name', { severity: 'warning', row: 3, column: 'sector_name' });
  });

  it('31. every problem of a bad row is reported, and the row counts once', () => {
    const r = parseAuditCsv(csv('E1,Alpha,A,Agri,2099x,abc,odd,-1'));
    expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['unknown-year-format', 2, 'year'],
      ['unknown-flag', 2, 'flag'],
      ['non-numeric-value', 2, 'value'],
      ['negative-ci', 2, 'ci95'],
    ]);
    expectStats(r, 1, 0, 1);
  });

  it('32. long cell text is shortened in messages', () => {
    const long = 'y'.repeat(500);
    const r = parseAuditCsv(csv(`E1,Alpha,A,Agri,2022,${long},,`));
    const p = expectOne(r, 'non-numeric-value', { severity: 'error', row: 2, column: 'value' });
    expect(p.message).toBe(`Row 2, column "value": "${'y'.repeat(60)}…" is not a number.`);
  });

  it('33. column names in messages are as written in the header', () => {
    const r = parseAuditCsv('Area_Code,Area_Name,Sector_Code,Sector_Name,Year,Value\nE1,A,S,Sec,2022,oops\n');
    expectOne(
      r,
      'non-numeric-value',
      { severity: 'error', row: 2, column: 'Value' },
      'Row 2, column "Value": "oops" is not a number.',
    );
  });
});
