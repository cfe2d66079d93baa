// The cube: accepted audit rows as a dense areas × sectors × years structure on typed arrays.
// See the Cube interface in ./types.ts for the layout. Metrics (../metrics) are pure functions of it.
//
// Missing is never zero: a cell is NaN when its row says value is empty, and when there is no row.
// The two are told apart by the flag. A row with an empty value always carries a flag in the cube:
// its own, or 'missing' when the row gave none (an empty value with no reason *is* missing). So a
// cell that is NaN with flag 0 had no row at all, and cubeToRows leaves it out. Every row therefore
// round-trips through buildCube → cubeToRows, except that an empty value without a flag comes back
// flagged 'missing' (and `row` becomes 0, as the cube does not keep file positions).
import { areaLevel } from './areas';
import { sortPeriods } from './period';
import type { Area, AuditRow, Cube, Flag, ParsedTable, Sector } from './types';
import { FLAG_CODE, FLAG_FROM_CODE } from './types';

// The cube's accessors: every read of a cell or an area total goes through these, so the layout
// is written in one place. They are small enough for the JIT to inline in the metrics' loops
// (bench/cube.ts times those loops).

/** Where cell (a, s, y) sits in the arrays of a cube of A areas and S sectors (for code building one). */
export function cellOffset(A: number, S: number, a: number, s: number, y: number): number {
  return (y * S + s) * A + a;
}

/** Index of cell (area a, sector s, year y) in values, flags and ci95. */
export function cellIndex(cube: Cube, a: number, s: number, y: number): number {
  return cellOffset(cube.areas.length, cube.sectors.length, a, s, y);
}

/**
 * Where sector s in year y starts: its cells for areas 0, 1, … A−1 follow one another, so the
 * cell of area a is at rowStart + a (for loops over every area of one sector).
 */
export function rowStart(cube: Cube, s: number, y: number): number {
  return cellOffset(cube.areas.length, cube.sectors.length, 0, s, y);
}

/** Value of cell (a, s, y); NaN when missing, and when an index is out of range. */
export function cellValue(cube: Cube, a: number, s: number, y: number): number {
  return cube.values[cellIndex(cube, a, s, y)] ?? NaN;
}

/** The 95% confidence interval (half-width) of cell (a, s, y); NaN when the source gives none. */
export function cellCi95(cube: Cube, a: number, s: number, y: number): number {
  return cube.ci95[cellIndex(cube, a, s, y)] ?? NaN;
}

/** The flag code of cell (a, s, y) (FLAG_CODE); 0 when it has none. */
export function cellFlagCode(cube: Cube, a: number, s: number, y: number): number {
  return cube.flags[cellIndex(cube, a, s, y)] ?? 0;
}

/** The flag of cell (a, s, y), or null when it has none (or had no row at all). */
export function cellFlag(cube: Cube, a: number, s: number, y: number): Flag | null {
  return FLAG_FROM_CODE[cellFlagCode(cube, a, s, y)] ?? null;
}

/** Index of area a's total in year y, in totals and missingInTotal. */
export function totalIndex(cube: Cube, a: number, y: number): number {
  return y * cube.areas.length + a;
}

/** Area a's total in year y (the sum of the sectors with a value); NaN when none has one. */
export function areaTotal(cube: Cube, a: number, y: number): number {
  return cube.totals[totalIndex(cube, a, y)] ?? NaN;
}

/** How many sectors area a's total in year y leaves out (missing, suppressed or no row). */
export function sectorsMissingFromTotal(cube: Cube, a: number, y: number): number {
  return cube.missingInTotal[totalIndex(cube, a, y)] ?? 0;
}

/** Value of one cell by area code, sector code and period label; NaN when missing or when any code is unknown. */
export function valueAt(cube: Cube, areaCode: string, sectorCode: string, year: string): number {
  const a = cube.areaIndex.get(areaCode);
  const s = cube.sectorIndex.get(sectorCode);
  const y = cube.yearIndex.get(year);
  if (a === undefined || s === undefined || y === undefined) return NaN;
  return cube.values[cellIndex(cube, a, s, y)];
}

/**
 * Build the cube from accepted rows. Areas and sectors keep first-seen order and the first name
 * given; years are in time order (sortPeriods). Throws if two rows name the same cell: the parser
 * rejects duplicates, so one reaching here is a bug and must not silently overwrite a number.
 * The rows are turned into the parser's table (codes to indices) and built by buildCubeFromTable,
 * the one cube builder.
 */
export function buildCube(rows: readonly AuditRow[]): Cube {
  return buildCubeFromTable(tableOfRows(rows));
}

/**
 * The parser's table of some rows: each code given an index (first-seen order, the first non-empty
 * name), each row's value, flag and CI in typed arrays. An empty value without a flag stays flag 0
 * here; the cube flags it 'missing'.
 *
 * Files list their rows in a regular order (e.g. year → area → sector), so each code is most often
 * the previous row's or the one first seen after it. Checking those two by string comparison
 * before the Map saves hashing a fresh string per code per row: about half the cost of a build.
 */
export function tableOfRows(rows: readonly AuditRow[]): ParsedTable {
  const n = rows.length;
  const areaCodes: string[] = [];
  const areaNames: string[] = [];
  const sectorCodes: string[] = [];
  const sectorNames: string[] = [];
  const years: string[] = [];
  const areaIndex = new Map<string, number>();
  const sectorIndex = new Map<string, number>();
  const yearIndex = new Map<string, number>();
  const keys = new Int32Array(3 * n);
  const values = new Float64Array(n);
  const flags = new Uint8Array(n);
  const ci95 = new Float64Array(n);
  const rowNumbers = new Int32Array(n);
  let a = 0;
  let s = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    a = indexOf(r.areaCode, a, areaCodes, areaIndex, areaNames);
    s = indexOf(r.sectorCode, s, sectorCodes, sectorIndex, sectorNames);
    y = indexOf(r.year, y, years, yearIndex, null);
    // Names come from the first row that gives one (an empty first name does not win).
    if (areaNames[a] === '' && r.areaName !== '') areaNames[a] = r.areaName;
    if (sectorNames[s] === '' && r.sectorName !== '') sectorNames[s] = r.sectorName;
    keys[3 * i] = a;
    keys[3 * i + 1] = s;
    keys[3 * i + 2] = y;
    values[i] = r.value ?? NaN;
    flags[i] = r.flag !== null ? FLAG_CODE[r.flag] : 0;
    ci95[i] = r.ci95 ?? NaN;
    rowNumbers[i] = r.row;
  }
  return {
    count: n,
    areaCodes,
    areaNames,
    sectorCodes,
    sectorNames,
    years,
    keys,
    values,
    flags,
    ci95,
    rows: rowNumbers,
    names: new Map(),
  };
}

/** The index of `code`: the last one's, the next one's, or from the map (a new code is added, with an empty name). */
function indexOf(
  code: string,
  last: number,
  codes: string[],
  index: Map<string, number>,
  names: string[] | null,
): number {
  if (last < codes.length && codes[last] === code) return last;
  if (last + 1 < codes.length && codes[last + 1] === code) return last + 1;
  const found = index.get(code);
  if (found !== undefined) return found;
  index.set(code, codes.length);
  codes.push(code);
  names?.push('');
  return codes.length - 1;
}

/** Area totals: the sum of the sectors that have a value (NaN when none has), and how many do not. */
export function areaTotals(values: Float64Array, A: number, S: number, Y: number) {
  const totals = new Float64Array(Y * A);
  const missingInTotal = new Uint16Array(Y * A);
  for (let y = 0; y < Y; y++) {
    const t = y * A;
    for (let s = 0; s < S; s++) {
      const base = (y * S + s) * A;
      for (let a = 0; a < A; a++) {
        const v = values[base + a];
        if (v === v) totals[t + a] += v;
        else missingInTotal[t + a]++;
      }
    }
    for (let a = 0; a < A; a++) if (missingInTotal[t + a] === S) totals[t + a] = NaN;
  }
  return { totals, missingInTotal };
}

/**
 * The cube from the parser's table: no row objects, no string lookups (every code already has an
 * index). Throws on a repeated cell, naming it and both rows.
 */
export function buildCubeFromTable(t: ParsedTable): Cube {
  const areas: Area[] = t.areaCodes.map((code, i) => ({ code, name: t.areaNames[i] || code, level: areaLevel(code) }));
  const sectors: Sector[] = t.sectorCodes.map((code, i) => ({ code, name: t.sectorNames[i] || code }));
  const years = sortPeriods(t.years);
  const yearIndex = new Map<string, number>();
  years.forEach((label, y) => yearIndex.set(label, y));
  const sortedYear = Int32Array.from(t.years, (label) => yearIndex.get(label)!);
  const A = areas.length;
  const S = sectors.length;
  const Y = years.length;
  const N = A * S * Y;
  const values = new Float64Array(N).fill(NaN);
  const flags = new Uint8Array(N);
  const ci95 = new Float64Array(N).fill(NaN);
  const filled = new Uint8Array(N);
  const missingCode = FLAG_CODE.missing;
  const { keys, count, values: tValues, flags: tFlags, ci95: tCi95 } = t;
  for (let i = 0; i < count; i++) {
    // cellIndex's layout, from the row's indices (its year re-indexed into time order).
    const idx = (sortedYear[keys[3 * i + 2]] * S + keys[3 * i + 1]) * A + keys[3 * i];
    if (filled[idx] === 1) throw duplicateError(t, i);
    filled[idx] = 1;
    const v = tValues[i];
    values[idx] = v;
    const f = tFlags[i];
    flags[idx] = f !== 0 ? f : v !== v ? missingCode : 0;
    ci95[idx] = tCi95[i];
  }
  return cubeOfCells(areas, sectors, years, values, flags, ci95);
}

/**
 * A cube from its cells, laid out as cellIndex says: its lookups by code and label, and the area
 * totals (the sum of the sectors that have a value). Every cube is made here, from rows, from the
 * parser's table or from a cube file.
 */
export function cubeOfCells(
  areas: Area[],
  sectors: Sector[],
  years: string[],
  values: Float64Array,
  flags: Uint8Array,
  ci95: Float64Array,
  /** areaTotals(values, …), when the caller has worked them out on its way through the values. */
  summed?: { totals: Float64Array; missingInTotal: Uint16Array },
): Cube {
  const { totals, missingInTotal } = summed ?? areaTotals(values, areas.length, sectors.length, years.length);
  return {
    areas,
    sectors,
    years,
    areaIndex: new Map(areas.map((a, i) => [a.code, i])),
    sectorIndex: new Map(sectors.map((s, i) => [s.code, i])),
    yearIndex: new Map(years.map((y, i) => [y, i])),
    values,
    flags,
    ci95,
    totals,
    missingInTotal,
  };
}

/** The cube for a parse: from its table when it has one (fast), else from its rows. */
export function cubeOfParse(result: { table?: ParsedTable; rows: readonly AuditRow[] }): Cube {
  return result.table ? buildCubeFromTable(result.table) : buildCube(result.rows);
}

function duplicateError(t: ParsedTable, i: number): Error {
  const { keys } = t;
  let first = -1;
  for (let j = 0; j < i && first < 0; j++) {
    if (keys[3 * j] === keys[3 * i] && keys[3 * j + 1] === keys[3 * i + 1] && keys[3 * j + 2] === keys[3 * i + 2])
      first = j;
  }
  const where = first >= 0 ? ` (rows ${t.rows[first]} and ${t.rows[i]})` : ` (row ${t.rows[i]})`;
  return new Error(
    `Duplicate cell: area "${t.areaCodes[keys[3 * i]]}", sector "${t.sectorCodes[keys[3 * i + 1]]}", ` +
      `year "${t.years[keys[3 * i + 2]]}" appears twice${where}.`,
  );
}

/**
 * The cube back as rows, ordered area → sector → year (cube order), with row = 0. Cells that had
 * no row (NaN with flag 0) are skipped; a missing value with a flag is kept, value null.
 */
export function cubeToRows(cube: Cube): AuditRow[] {
  const { areas, sectors, years, values, flags, ci95 } = cube;
  const A = areas.length;
  const S = sectors.length;
  const out: AuditRow[] = [];
  for (let a = 0; a < A; a++) {
    for (let s = 0; s < S; s++) {
      for (let y = 0; y < years.length; y++) {
        const i = (y * S + s) * A + a;
        const v = values[i];
        const f = flags[i];
        if (v !== v && f === 0) continue;
        const ci = ci95[i];
        out.push({
          areaCode: areas[a].code,
          areaName: areas[a].name,
          sectorCode: sectors[s].code,
          sectorName: sectors[s].name,
          year: years[y],
          value: v === v ? v : null,
          flag: FLAG_FROM_CODE[f] ?? null,
          ci95: ci === ci ? ci : null,
          row: 0,
        });
      }
    }
  }
  return out;
}
