import { describe, expect, it } from 'vitest';
import { areaLevel } from '../../src/lib/data/areas';
import { buildCube, cellIndex, cubeToRows, valueAt } from '../../src/lib/data/cube';
import { FLAG_CODE, type AuditRow } from '../../src/lib/data/types';
import { ALPHA, BETA, ENG, auditRows, row } from './fixtures-audit';

describe('areaLevel', () => {
  it.each([
    ['E92000001', 'country'],
    ['K02000001', 'country'],
    ['K03000001', 'country'],
    ['K04000001', 'country'],
    ['E37000025', 'lep'],
    ['E06000001', 'lad'],
    ['E07000223', 'lad'],
    ['E08000035', 'lad'],
    ['E09000033', 'lad'],
    ['W06000015', 'lad'],
    ['S12000036', 'lad'],
    ['N09000003', 'lad'],
    ['E12000007', 'other'], // region
    ['E10000002', 'other'], // county
    ['E92', 'other'], // not a whole GSS code
    ['E9200000X', 'other'],
    ['my-area-1', 'other'],
    ['', 'other'],
  ])('%s is %s', (code, level) => {
    expect(areaLevel(code)).toBe(level);
  });
});

describe('buildCube', () => {
  const cube = buildCube(auditRows());

  it('keeps areas and sectors in first-seen order with their levels', () => {
    expect(cube.areas).toEqual([
      { code: ENG, name: 'England', level: 'country' },
      { code: ALPHA, name: 'Alpha LEP', level: 'lep' },
      { code: BETA, name: 'Beta LEP', level: 'lep' },
    ]);
    expect(cube.sectors.map((s) => s.code)).toEqual(['M', 'R', 'D']);
    expect(cube.sectors[0].name).toBe('Manufacturing');
    expect([...cube.areaIndex]).toEqual([
      [ENG, 0],
      [ALPHA, 1],
      [BETA, 2],
    ]);
    expect([...cube.sectorIndex]).toEqual([
      ['M', 0],
      ['R', 1],
      ['D', 2],
    ]);
  });

  it('sorts years in time order although 2020 rows come first', () => {
    expect(cube.years).toEqual(['2019', '2020']);
    expect(cube.yearIndex.get('2019')).toBe(0);
    expect(cube.yearIndex.get('2020')).toBe(1);
  });

  it('lays cells out as (y * S + s) * A + a', () => {
    // A = 3, S = 3: Beta (a = 2), Digital (s = 2), 2020 (y = 1) → (1·3 + 2)·3 + 2 = 17, the last cell.
    expect(cellIndex(cube, 2, 2, 1)).toBe(17);
    expect(cube.values[17]).toBe(48);
    // England (0), Manufacturing (0), 2019 (0) → 0; Alpha, Retail, 2019 → (0·3 + 1)·3 + 1 = 4.
    expect(cube.values[0]).toBe(200);
    expect(cube.values[4]).toBe(40);
    expect(cube.values.length).toBe(18);
    expect(Array.from(cube.values.subarray(0, 9))).toEqual([200, 60, 10, 500, 40, NaN, 300, 0, 40]);
  });

  it('keeps a missing value NaN and a zero 0, with flags and CIs', () => {
    expect(valueAt(cube, BETA, 'R', '2019')).toBeNaN();
    expect(cube.flags[cellIndex(cube, 2, 1, 0)]).toBe(FLAG_CODE.suppressed);
    expect(valueAt(cube, ALPHA, 'D', '2019')).toBe(0);
    expect(cube.flags[cellIndex(cube, 1, 2, 0)]).toBe(0);
    expect(cube.flags[cellIndex(cube, 2, 0, 1)]).toBe(FLAG_CODE.rounded);
    expect(cube.ci95[cellIndex(cube, 1, 0, 1)]).toBe(6.6);
    expect(cube.ci95[cellIndex(cube, 1, 0, 0)]).toBeNaN();
  });

  it('sums totals over the sectors that have a value and counts the missing ones', () => {
    // totals at y·A + a. 2019: England 200+500+300 = 1000; Alpha 60+40+0 = 100; Beta 10+40 = 50 (Retail suppressed).
    // 2020: England 180+520+400 = 1100; Alpha 66+44+10 = 120; Beta 12+30+48 = 90.
    expect(Array.from(cube.totals)).toEqual([1000, 100, 50, 1100, 120, 90]);
    expect(Array.from(cube.missingInTotal)).toEqual([0, 0, 1, 0, 0, 0]);
  });

  it('valueAt answers NaN for unknown codes', () => {
    expect(valueAt(cube, ALPHA, 'M', '2020')).toBe(66);
    expect(valueAt(cube, 'E37999999', 'M', '2020')).toBeNaN();
    expect(valueAt(cube, ALPHA, 'Z', '2020')).toBeNaN();
    expect(valueAt(cube, ALPHA, 'M', '1999')).toBeNaN();
  });

  it('fills cells with no row as NaN, flag 0, and a total of only-missing sectors is NaN', () => {
    const c = buildCube([row('X1', 'A', '2020', 5), row('X2', 'B', '2020', null, 'missing')]);
    // X1 has no row for B; X2 has none for A and a missing B: nothing to add up.
    expect(valueAt(c, 'X1', 'B', '2020')).toBeNaN();
    expect(c.flags[cellIndex(c, 0, 1, 0)]).toBe(0);
    expect(Array.from(c.totals)).toEqual([5, NaN]);
    expect(Array.from(c.missingInTotal)).toEqual([1, 2]);
    expect(c.areas[0].level).toBe('other');
  });

  it('takes names from the first row that names an area or sector', () => {
    const a = row('X1', 'A', '2019', 1);
    const b = { ...row('X1', 'A', '2020', 2), areaName: 'Renamed', sectorName: 'Renamed sector' };
    const c = buildCube([{ ...a, areaName: 'First', sectorName: 'First sector' }, b]);
    expect(c.areas[0].name).toBe('First');
    expect(c.sectors[0].name).toBe('First sector');
    const d = buildCube([
      { ...a, areaName: '' },
      { ...b, areaName: 'Named later' },
    ]);
    expect(d.areas[0].name).toBe('Named later');
  });

  it('throws on a duplicate cell, naming it and both rows', () => {
    const rows = auditRows();
    const dup: AuditRow = { ...rows[4], value: 45, row: 99 }; // Alpha, R, 2020 again (first at row 6)
    expect(() => buildCube([...rows, dup])).toThrow(/Duplicate cell.*E37000001.*"R".*"2020".*rows 6 and 99/);
  });

  it('puts every value in its cell whatever order the rows come in', () => {
    const rows = auditRows();
    // A fixed scramble: every 7th row, wrapping round (7 and 18 are coprime, so each row once).
    const scrambled = rows.map((_, i) => rows[(i * 7) % rows.length]);
    for (const order of [scrambled, [...rows].reverse()]) {
      const c = buildCube(order);
      for (const r of rows) {
        const v = valueAt(c, r.areaCode, r.sectorCode, r.year);
        if (r.value === null) expect(v).toBeNaN();
        else expect(v).toBe(r.value);
      }
      expect(c.years).toEqual(['2019', '2020']);
    }
  });

  it('builds an empty cube from no rows', () => {
    const c = buildCube([]);
    expect(c.areas).toEqual([]);
    expect(c.values.length).toBe(0);
    expect(c.totals.length).toBe(0);
  });
});

describe('cubeToRows', () => {
  const key = (r: AuditRow) => `${r.areaCode}|${r.sectorCode}|${r.year}`;
  const byKey = (rows: AuditRow[]) => [...rows].sort((x, y) => (key(x) < key(y) ? -1 : 1));

  it('round-trips every row (with row = 0), including the suppressed cell', () => {
    const rows = auditRows();
    const back = cubeToRows(buildCube(rows));
    expect(back.length).toBe(18);
    expect(byKey(back)).toEqual(byKey(rows.map((r) => ({ ...r, row: 0 }))));
    expect(back.find((r) => key(r) === `${BETA}|R|2019`)).toMatchObject({ value: null, flag: 'suppressed' });
  });

  it('skips cells that had no row, and flags an empty value that came without a reason as missing', () => {
    const rows = [
      row('X1', 'A', '2020', 5, null, 1.5),
      row('X2', 'B', '2020', null, 'unreliable'),
      row('X2', 'A', '2020', null),
    ];
    const back = cubeToRows(buildCube(rows));
    // Cells: X1/A, X1/B (no row), X2/A, X2/B → three rows back.
    expect(back.map(key)).toEqual(['X1|A|2020', 'X2|A|2020', 'X2|B|2020']);
    expect(back[0]).toMatchObject({ value: 5, flag: null, ci95: 1.5, row: 0 });
    expect(back[1]).toMatchObject({ value: null, flag: 'missing', ci95: null });
    expect(back[2]).toMatchObject({ value: null, flag: 'unreliable' });
    // A second trip changes nothing.
    expect(cubeToRows(buildCube(back))).toEqual(back);
  });
});

describe('buildCubeFromTable', () => {
  it('builds exactly the cube buildCube builds from the same parse', async () => {
    const { parseAuditCsv } = await import('../../src/lib/data/parse');
    const { buildCubeFromTable } = await import('../../src/lib/data/cube');
    const { writeCanonicalCsv } = await import('../../src/lib/data/write-csv');
    const { auditRows } = await import('./fixtures-audit');
    // Rows in an awkward order (2020 before 2019), a suppressed cell, a rounded one, CIs, and a
    // second name for one area (kept as the first, as buildCube does).
    const text = writeCanonicalCsv(auditRows()) + 'E37000001,Alpha renamed,X,Extra,2019,5,,\n';
    const parsed = parseAuditCsv(text);
    expect(parsed.table).toBeDefined();
    const fromTable = buildCubeFromTable(parsed.table!);
    expect(fromTable).toEqual(buildCube(parsed.rows));
    expect(fromTable.years).toEqual(['2019', '2020']);
    expect(fromTable.areas.find((a) => a.code === 'E37000001')!.name).toBe('Alpha LEP');
  });

  it('keeps each row its own name when it differs from the first (rows materialised on demand)', async () => {
    const { parseAuditCsv } = await import('../../src/lib/data/parse');
    const parsed = parseAuditCsv(
      'area_code,area_name,sector_code,sector_name,year,value\nE1,One,A,Farming,2020,1\nE1,Uno,B,Mining,2020,2\n',
    );
    expect(parsed.rows.map((r) => r.areaName)).toEqual(['One', 'Uno']);
    expect(parsed.rows[1]).toEqual({
      areaCode: 'E1',
      areaName: 'Uno',
      sectorCode: 'B',
      sectorName: 'Mining',
      year: '2020',
      value: 2,
      flag: null,
      ci95: null,
      row: 3,
    });
  });
});
