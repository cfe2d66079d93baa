// A compact JSON form of the cube, which the data build writes beside each canonical CSV so the
// app's first view needs no CSV parsing: the build makes it from the CSV it has just re-read with
// the app's own parser, so both files always hold the same figures. The CSV stays the format for
// downloads and for people's own files.
import { areaLevel } from './areas';
import { cubeOfCells } from './cube';
import type { Cube } from './types';

export interface CubeJson {
  format: 'specialisation-atlas-cube';
  version: 1;
  areas: [code: string, name: string][];
  sectors: [code: string, name: string][];
  years: string[];
  /** Cell values in the cube's layout ((y · S + s) · A + a); null where missing. */
  values: (number | null)[];
  /** FLAG_CODE per cell; omitted when no cell has a flag. */
  flags?: number[];
  /** CI half-widths per cell, null where none; omitted when the dataset has none. */
  ci95?: (number | null)[];
}

export function cubeToJson(cube: Cube): CubeJson {
  const nullable = (a: Float64Array) => Array.from(a, (v) => (Number.isNaN(v) ? null : v));
  const json: CubeJson = {
    format: 'specialisation-atlas-cube',
    version: 1,
    areas: cube.areas.map((a) => [a.code, a.name]),
    sectors: cube.sectors.map((s) => [s.code, s.name]),
    years: [...cube.years],
    values: nullable(cube.values),
  };
  if (cube.flags.some((f) => f !== 0)) json.flags = Array.from(cube.flags);
  if (cube.ci95.some((v) => !Number.isNaN(v))) json.ci95 = nullable(cube.ci95);
  return json;
}

/** Rebuilds the cube, checking the shape so a damaged file is reported rather than half-read. */
export function cubeFromJson(json: unknown): Cube {
  const j = json as Partial<CubeJson> | null;
  if (!j || j.format !== 'specialisation-atlas-cube' || j.version !== 1) {
    throw new Error('it is not a Specialisation Atlas cube file (version 1)');
  }
  const pairs = (x: unknown, what: string) => {
    if (!Array.isArray(x) || x.some((p) => !Array.isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'string')) {
      throw new Error(`its ${what} list is damaged`);
    }
    return x as [string, string][];
  };
  const areas = pairs(j.areas, 'area').map(([code, name]) => ({ code, name, level: areaLevel(code) }));
  const sectors = pairs(j.sectors, 'sector').map(([code, name]) => ({ code, name }));
  if (!Array.isArray(j.years) || j.years.some((y) => typeof y !== 'string'))
    throw new Error('its year list is damaged');
  const years = j.years;
  const A = areas.length;
  const S = sectors.length;
  const Y = years.length;
  const n = A * S * Y;
  const cells = (x: unknown, what: string) => {
    if (!Array.isArray(x) || x.length !== n) {
      throw new Error(`its ${what} hold ${Array.isArray(x) ? x.length : 'no'} cells, not ${n}`);
    }
    return x as (number | null)[];
  };
  // This runs once, cold, before the first map, where V8 is still interpreting: a loop over the
  // 31,320 cells runs mostly interpreted (18 ms median, against 5 ms this way, in Chromium under a
  // load of 16 on 2 cores). So the conversions are the typed arrays' own constructors (null is 0 there,
  // made NaN again by indexOf, also built in), and the totals a small function called once a row,
  // which V8 compiles after a few calls instead of waiting to replace a running loop.
  const numbers = (x: (number | null)[]) => {
    const out = new Float64Array(x as ArrayLike<number>); // null is read as 0 here
    for (let i = x.indexOf(null); i !== -1; i = x.indexOf(null, i + 1)) out[i] = NaN;
    return out;
  };
  const values = numbers(cells(j.values, 'values'));
  // areaTotals's sums, in its order (so to the same bit), taken here rather than in a second pass.
  const totals = new Float64Array(Y * A);
  const missingInTotal = new Uint16Array(Y * A);
  const addRow = (from: number, t: number) => {
    for (let a = 0; a < A; a++) {
      const f = values[from + a];
      if (f === f) totals[t + a] += f;
      else missingInTotal[t + a]++;
    }
  };
  for (let y = 0; y < Y; y++) {
    const t = y * A;
    for (let s = 0; s < S; s++) addRow((y * S + s) * A, t);
    for (let a = 0; a < A; a++) if (missingInTotal[t + a] === S) totals[t + a] = NaN;
  }
  const flags = j.flags ? new Uint8Array(cells(j.flags, 'flags') as number[]) : new Uint8Array(n);
  const ci95 = j.ci95 ? numbers(cells(j.ci95, 'CIs')) : new Float64Array(n).fill(NaN);

  // Lookups and totals exactly as buildCube makes them.
  return cubeOfCells(areas, sectors, years, values, flags, ci95, { totals, missingInTotal });
}
