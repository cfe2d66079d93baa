// The benchmark E that location quotients, shift-share and Krugman compare an area with.
// Either one area of the cube (England by default) or a synthetic "sum of areas".
import type { Cube } from '../data/types';
import { areaTotal, cellCi95, cellValue, rowStart } from '../data/cube';

export const ENGLAND = 'E92000001';

/** What a metric needs from a benchmark: E[s] and E[·] for one year (NaN when missing). */
export interface Benchmark {
  /** Display name, e.g. "England" or "Sum of 38 areas". */
  label: string;
  /** Area index when the benchmark is one area of the cube; -1 for a synthetic or absent benchmark. */
  index: number;
  /** E[s] in year y (indices into cube.sectors and cube.years). */
  sector(s: number, y: number): number;
  /** E[·] in year y. */
  total(y: number): number;
  /** ± half-width of the 95% CI of E[s]; NaN when not published. */
  ci95(s: number, y: number): number;
  /** How many values E[s] lacks (a member area without a value there); 0 for an area benchmark. */
  incomplete(s: number, y: number): number;
}

/** Ways to name a benchmark: an area index, an area code, or a Benchmark object. */
export type BenchmarkRef = number | string | Benchmark;

/**
 * Index of the benchmark area: `code` when given (−1 if the cube lacks it); otherwise England
 * (E92000001), else the first country-level area (UK, GB, E&W), else −1.
 */
export function benchmarkIndex(cube: Cube, code?: string): number {
  if (code !== undefined) return cube.areaIndex.get(code) ?? -1;
  const england = cube.areaIndex.get(ENGLAND);
  if (england !== undefined) return england;
  return cube.areas.findIndex((area) => area.level === 'country');
}

// Benchmarks are cached per cube (a cube is never changed after buildCube), so scalar metrics
// called once per cell do not rebuild one each time.
const byArea = new WeakMap<Cube, Map<number, Benchmark>>();

/** One area of the cube as the benchmark. An index outside the cube gives a benchmark that is NaN everywhere. */
export function areaBenchmark(cube: Cube, index: number): Benchmark {
  let cache = byArea.get(cube);
  if (!cache) byArea.set(cube, (cache = new Map()));
  let b = cache.get(index);
  if (!b) cache.set(index, (b = makeAreaBenchmark(cube, index)));
  return b;
}

function makeAreaBenchmark(cube: Cube, index: number): Benchmark {
  if (!(index >= 0 && index < cube.areas.length && Number.isInteger(index))) return noBenchmark();
  return {
    label: cube.areas[index].name,
    index,
    sector: (s, y) => cellValue(cube, index, s, y),
    total: (y) => areaTotal(cube, index, y),
    ci95: (s, y) => cellCi95(cube, index, s, y),
    incomplete: () => 0,
  };
}

function noBenchmark(): Benchmark {
  return {
    label: 'No benchmark',
    index: -1,
    sector: () => NaN,
    total: () => NaN,
    ci95: () => NaN,
    incomplete: () => 0,
  };
}

/**
 * A benchmark that adds up several areas, for data with no country row (e.g. all districts of a
 * user's file). Same rule as the cube's area totals: E[s] sums the member areas that have a value
 * (NaN when none has) and `incomplete` counts the members left out, so a view can say so.
 * E[·] is the sum of the E[s]. The CI of E[s] adds member CIs in quadrature (independent samples)
 * and is NaN unless every member has a value and a CI. Areas that overlap (LEPs sharing districts)
 * are counted once per membership, as ONS does for LEP totals.
 */
export function sumBenchmark(cube: Cube, areaIndices: readonly number[], label?: string): Benchmark {
  return benchmarkFromSums(cube, benchmarkSums(cube, areaIndices), label);
}

/**
 * The figures behind a sum-of-areas benchmark, as plain typed arrays (indexed y × sectors + s), so
 * the import worker can add them up beside the cube and pass them over with it.
 */
export interface BenchmarkSums {
  /** How many member areas were added up. */
  members: number;
  sums: Float64Array;
  ciSq: Float64Array;
  gaps: Uint32Array;
  totals: Float64Array;
}

/** Adds up the member areas, by the rules of sumBenchmark. */
export function benchmarkSums(cube: Cube, areaIndices: readonly number[]): BenchmarkSums {
  const A = cube.areas.length;
  const S = cube.sectors.length;
  const Y = cube.years.length;
  const members = areaIndices.filter((a) => a >= 0 && a < A);
  const sums = new Float64Array(S * Y).fill(NaN);
  const ciSq = new Float64Array(S * Y).fill(NaN);
  const gaps = new Uint32Array(S * Y);
  const totals = new Float64Array(Y).fill(NaN);
  const { values, ci95 } = cube;
  for (let y = 0; y < Y; y++) {
    for (let s = 0; s < S; s++) {
      const base = rowStart(cube, s, y);
      const k = y * S + s;
      let sum = 0;
      let sq = 0;
      let present = 0;
      let ciOk = members.length > 0;
      for (const a of members) {
        const v = values[base + a];
        if (v === v) {
          sum += v;
          present++;
        } else ciOk = false;
        const c = ci95[base + a];
        if (c === c) sq += c * c;
        else ciOk = false;
      }
      gaps[k] = members.length - present;
      if (present > 0) {
        sums[k] = sum;
        totals[y] = totals[y] === totals[y] ? totals[y] + sum : sum;
      }
      if (ciOk) ciSq[k] = sq;
    }
  }
  return { members: members.length, sums, ciSq, gaps, totals };
}

function benchmarkFromSums(cube: Cube, b: BenchmarkSums, label?: string): Benchmark {
  const S = cube.sectors.length;
  const { sums, ciSq, gaps, totals } = b;
  return {
    label: label ?? `Sum of ${b.members} areas`,
    index: -1,
    sector: (s, y) => sums[y * S + s] ?? NaN,
    total: (y) => totals[y] ?? NaN,
    ci95: (s, y) => Math.sqrt(ciSq[y * S + s] ?? NaN),
    incomplete: (s, y) => gaps[y * S + s] ?? 0,
  };
}

const defaults = new WeakMap<Cube, Benchmark>();

/**
 * The benchmark used when none is named: England (or another country-level area) when the cube has
 * one; otherwise the sum of every area at the most numerous level (districts, LEPs or a user's own
 * codes), so areas of different levels are never added together.
 */
export function defaultBenchmark(cube: Cube): Benchmark {
  let b = defaults.get(cube);
  if (b) return b;
  const i = benchmarkIndex(cube);
  b = i >= 0 ? areaBenchmark(cube, i) : benchmarkFromSums(cube, benchmarkSums(cube, defaultMembers(cube)));
  defaults.set(cube, b);
  return b;
}

/** The areas the default benchmark adds up when the cube has no country area: those of its most numerous level. */
function defaultMembers(cube: Cube): number[] {
  const byLevel = new Map<string, number[]>();
  cube.areas.forEach((area, a) => {
    const list = byLevel.get(area.level) ?? [];
    list.push(a);
    byLevel.set(area.level, list);
  });
  let members: number[] = [];
  for (const list of byLevel.values()) if (list.length > members.length) members = list;
  return members;
}

/** The default benchmark's sums, made where the cube is built (the import worker); null when it is a country area. */
export function defaultBenchmarkSums(cube: Cube): BenchmarkSums | null {
  return benchmarkIndex(cube) >= 0 ? null : benchmarkSums(cube, defaultMembers(cube));
}

/** Uses sums made by defaultBenchmarkSums for this cube's default benchmark, so the page need not add them up again. */
export function seedDefaultBenchmark(cube: Cube, sums: BenchmarkSums | null): void {
  if (sums && !defaults.has(cube) && benchmarkIndex(cube) < 0) defaults.set(cube, benchmarkFromSums(cube, sums));
}

/** Turn a BenchmarkRef into a Benchmark: undefined → defaultBenchmark; a code not in the cube → NaN everywhere. */
export function resolveBenchmark(cube: Cube, ref?: BenchmarkRef): Benchmark {
  if (ref === undefined) return defaultBenchmark(cube);
  if (typeof ref === 'number') return areaBenchmark(cube, ref);
  if (typeof ref === 'string') return areaBenchmark(cube, benchmarkIndex(cube, ref));
  return ref;
}
