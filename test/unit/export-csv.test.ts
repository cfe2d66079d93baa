// The view CSV (header, rows, optional columns), its notes and tidy numbers.
// The whole-dataset CSV: export-dataset-csv.test.ts; cells, area table columns and file names: export-csv-parts.test.ts.
import { describe, expect, it } from 'vitest';
import { notesPairs, notesText, tableCsv, viewCsv } from '../../src/lib/export/csv-download';
import { tidyNumber } from '../../src/lib/export/tidy-number';
import { header, rows, columns } from './export-csv-fixtures';

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
