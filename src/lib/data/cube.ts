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
import type { Area, AuditRow, Cube, ParsedTable, Sector } from './types';
import { FLAG_CODE, FLAG_FROM_CODE } from './types';

/** Index of cell (area a, sector s, year y) in values, flags and ci95. */
export function cellIndex(cube: Cube, a: number, s: number, y: number): number {
  return (y * cube.sectors.length + s) * cube.areas.length + a;
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
 *
 * Two passes: the first assigns indices with Map lookups (one per code per row), the second fills
 * the typed arrays, so the cost is linear in rows plus cells.
 */
export function buildCube(rows: readonly AuditRow[]): Cube {
  const n = rows.length;
  const areas: Area[] = [];
  const sectors: Sector[] = [];
  const areaIndex = new Map<string, number>();
  const sectorIndex = new Map<string, number>();
  const rawYearIndex = new Map<string, number>();
  const rawYears: string[] = [];
  const rowArea = new Int32Array(n);
  const rowSector = new Int32Array(n);
  const rowYear = new Int32Array(n);

  // Files list their rows in a regular order (e.g. year → area → sector), so each code is most often
  // the previous row's or the one first seen after it. Checking those two by string comparison
  // before the Map saves hashing a fresh string per code per row: about half the cost of a build.
  let a = 0;
  let s = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const ac = r.areaCode;
    if (a >= areas.length || areas[a].code !== ac) {
      if (a + 1 < areas.length && areas[a + 1].code === ac) a++;
      else {
        const found = areaIndex.get(ac);
        if (found === undefined) {
          a = areas.length;
          areaIndex.set(ac, a);
          areas.push({ code: ac, name: r.areaName, level: areaLevel(ac) });
        } else a = found;
      }
    }
    const sc = r.sectorCode;
    if (s >= sectors.length || sectors[s].code !== sc) {
      if (s + 1 < sectors.length && sectors[s + 1].code === sc) s++;
      else {
        const found = sectorIndex.get(sc);
        if (found === undefined) {
          s = sectors.length;
          sectorIndex.set(sc, s);
          sectors.push({ code: sc, name: r.sectorName });
        } else s = found;
      }
    }
    const yc = r.year;
    if (y >= rawYears.length || rawYears[y] !== yc) {
      const found = rawYearIndex.get(yc);
      if (found === undefined) {
        y = rawYears.length;
        rawYearIndex.set(yc, y);
        rawYears.push(yc);
      } else y = found;
    }
    // Names come from the first row that gives one (an empty first name does not win).
    if (areas[a].name === '' && r.areaName !== '') areas[a].name = r.areaName;
    if (sectors[s].name === '' && r.sectorName !== '') sectors[s].name = r.sectorName;
    rowArea[i] = a;
    rowSector[i] = s;
    rowYear[i] = y;
  }
  for (const area of areas) if (area.name === '') area.name = area.code;
  for (const sector of sectors) if (sector.name === '') sector.name = sector.code;

  const years = sortPeriods(rawYears);
  const yearIndex = new Map<string, number>();
  years.forEach((label, y) => yearIndex.set(label, y));
  const sortedYear = Int32Array.from(rawYears, (label) => yearIndex.get(label)!);

  const A = areas.length;
  const S = sectors.length;
  const Y = years.length;
  const N = A * S * Y;
  const values = new Float64Array(N).fill(NaN);
  const flags = new Uint8Array(N);
  const ci95 = new Float64Array(N).fill(NaN);
  const filled = new Uint8Array(N);
  const missingCode = FLAG_CODE.missing;

  for (let i = 0; i < n; i++) {
    const idx = (sortedYear[rowYear[i]] * S + rowSector[i]) * A + rowArea[i];
    if (filled[idx] === 1) throw duplicateError(rows, i);
    filled[idx] = 1;
    const r = rows[i];
    const v = r.value;
    if (v !== null) values[idx] = v;
    flags[idx] = r.flag !== null ? FLAG_CODE[r.flag] : v === null ? missingCode : 0;
    if (r.ci95 !== null) ci95[idx] = r.ci95;
  }

  const { totals, missingInTotal } = areaTotals(values, A, S, Y);
  return { areas, sectors, years, areaIndex, sectorIndex, yearIndex, values, flags, ci95, totals, missingInTotal };
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
 * The same cube as buildCube(rows), straight from the parser's table: no row objects, no string
 * lookups (the parser has already given every code an index). Throws on a repeated cell likewise.
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
  const { keys } = t;
  for (let i = 0; i < t.count; i++) {
    const idx = (sortedYear[keys[3 * i + 2]] * S + keys[3 * i + 1]) * A + keys[3 * i];
    if (filled[idx] === 1) {
      throw new Error(
        `Duplicate cell: area "${t.areaCodes[keys[3 * i]]}", sector "${t.sectorCodes[keys[3 * i + 1]]}", ` +
          `year "${t.years[keys[3 * i + 2]]}" appears twice (row ${t.rows[i]}).`,
      );
    }
    filled[idx] = 1;
    const v = t.values[i];
    values[idx] = v;
    const f = t.flags[i];
    flags[idx] = f !== 0 ? f : v !== v ? missingCode : 0;
    ci95[idx] = t.ci95[i];
  }
  const { totals, missingInTotal } = areaTotals(values, A, S, Y);
  return {
    areas,
    sectors,
    years,
    areaIndex: new Map(areas.map((a, i) => [a.code, i])),
    sectorIndex: new Map(sectors.map((s, i) => [s.code, i])),
    yearIndex,
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

function duplicateError(rows: readonly AuditRow[], i: number): Error {
  const r = rows[i];
  let first = -1;
  for (let j = 0; j < i && first < 0; j++) {
    const q = rows[j];
    if (q.areaCode === r.areaCode && q.sectorCode === r.sectorCode && q.year === r.year) first = j;
  }
  const where = first >= 0 ? ` (rows ${rows[first].row} and ${r.row})` : ` (row ${r.row})`;
  return new Error(
    `Duplicate cell: area "${r.areaCode}", sector "${r.sectorCode}", year "${r.year}" appears twice${where}.`,
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
