// The reader sizes its columns from the first chunk's rows per character (parse.ts, RowReader.reserve).
// A guess too small or too large must not change what is read: every table column exactly as long as
// the rows accepted, the values in file order. Values worked by hand from the lines below.
import { describe, expect, it } from 'vitest';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { csv, expectStats } from './parse-helpers';

const line = (code: string, name: string, year: number, value: string) =>
  `${code},${name},C,Manufacturing,${year},${value},,`;

function expectColumns(r: ReturnType<typeof parseAuditCsv>, n: number) {
  const t = r.table!;
  expect(t.count).toBe(n);
  expect(t.keys.length).toBe(3 * n);
  expect(t.values.length).toBe(n);
  expect(t.flags.length).toBe(n);
  expect(t.ci95.length).toBe(n);
  expect(t.rows.length).toBe(n);
}

describe('column sizes guessed from the first chunk', () => {
  // The columns start with room for 4,096 rows, so these files are longer than that.
  it('long rows first, then many short ones (a guess too small: the columns grow)', () => {
    const long = 'A'.repeat(2000);
    const lines = [line('E06000001', long, 2020, '5'), line('E06000001', long, 2021, '6')];
    // 9,000 short rows: areas X0 … X8999, value = 10 + i.
    for (let i = 0; i < 9000; i++) lines.push(line(`X${i}`, 'B', 2020, String(10 + i)));
    const r = parseAuditCsv(csv(...lines), { chunkSize: 4096 });
    expectStats(r, 9002, 9002, 0);
    expectColumns(r, 9002);
    expect(Array.from(r.table!.values.slice(0, 3))).toEqual([5, 6, 10]);
    expect(r.table!.values[9001]).toBe(9009);
    // Row numbers: the header is row 1, so the last of 9,002 data rows is row 9,003.
    expect(r.table!.rows[9001]).toBe(9003);
    expect(r.rows[9001].areaCode).toBe('X8999');
  });

  it('short rows first, then long ones (a guess too large: the columns are cut to length)', () => {
    const lines: string[] = [];
    for (let i = 0; i < 200; i++) lines.push(line(`X${i}`, 'B', 2020, String(i)));
    // 5,000 rows with long names: ~1.5 MB, which the first chunk's short rows take for ~50,000 rows.
    for (let i = 0; i < 5000; i++) lines.push(line(`Y${i}`, 'C'.repeat(300), 2020, String(1000 + i)));
    const r = parseAuditCsv(csv(...lines), { chunkSize: 4096 });
    expectStats(r, 5200, 5200, 0);
    expectColumns(r, 5200);
    expect(r.table!.values[199]).toBe(199);
    expect(r.table!.values[5199]).toBe(5999);
    expect(r.rows[5199].areaCode).toBe('Y4999');
    expect(r.rows[5199].areaName).toBe('C'.repeat(300));
  });

  it('a name given differently later is still kept for its own row when nothing repeats', () => {
    const lines = [line('E06000001', 'Hartlepool', 2020, '1'), line('E06000001', 'Hartlepool UA', 2021, '2')];
    const r = parseAuditCsv(csv(...lines), { chunkSize: 64 });
    expectColumns(r, 2);
    expect(r.rows.map((x) => x.areaName)).toEqual(['Hartlepool', 'Hartlepool UA']);
  });

  it('an area code in lower case is still read in capitals, and one in capitals is left alone', () => {
    const r = parseAuditCsv(
      csv(line('e06000001', 'Hartlepool', 2020, '1'), line('E06000002', 'Middlesbrough', 2020, '2')),
    );
    expect(r.rows.map((x) => x.areaCode)).toEqual(['E06000001', 'E06000002']);
    expect(r.problems.filter((p) => p.code === 'codes-normalised')).toHaveLength(1);
  });
});
