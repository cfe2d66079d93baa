// Benchmark of the cube and the metrics that read it cell by cell (issue 16: every read goes through
// the cube's accessors, which must not slow these loops). In Node, no browser; medians of several
// runs. Run alone with `npx tsx --expose-gc bench/cube.ts` (or `node --expose-gc --import tsx bench/cube.ts`).
// The baseline for each figure is the same loop reading the typed array directly, in the same run.
import { parseAuditCsv } from '../src/lib/data/parse';
import { buildCube, buildCubeFromTable } from '../src/lib/data/cube';
import {
  allLocationQuotients,
  benchmarkIndex,
  growth,
  herfindahlIndex,
  krugmanIndex,
  shiftShare,
} from '../src/lib/metrics';
import { areaTableRows } from '../src/lib/views/area-table';
import { profileBars } from '../src/lib/profile/lq-bars';
import { peerAreas } from '../src/lib/profile/peers';
import { generateCanonicalCsv } from './generate';
import { time } from './next';

function timed(label: string, runs: number, f: () => unknown): number {
  f();
  const m = time(f, runs);
  console.log(`${label.padEnd(60)} ${m.toFixed(2)} ms`);
  return m;
}

// 1. Building the cube from 1,000,000 parsed rows: from the parser's table, and from row objects.
{
  const parsed = parseAuditCsv(generateCanonicalCsv(400, 50, 50));
  console.log('\n1,000,000 rows, median of 7');
  timed('cube from the parser table (buildCubeFromTable)', 7, () => buildCubeFromTable(parsed.table!));
  timed('cube from row objects (buildCube)', 7, () => buildCube(parsed.rows));
}

// 2. Metrics that read the cube cell by cell, on the synthetic cube (400 areas × 50 sectors × 50
// years = 1,000,000 cells: the real ones take well under a millisecond).
{
  const cube = buildCubeFromTable(parseAuditCsv(generateCanonicalCsv(400, 50, 50)).table!);
  const b = benchmarkIndex(cube, cube.areas[0].code);
  const A = cube.areas.length;
  const S = cube.sectors.length;
  const Y = cube.years.length;
  const y = Y - 1;
  console.log(`\nSynthetic cube: ${A} areas × ${S} sectors × ${Y} years, median of 15`);
  // Baseline: every cell summed straight from the typed array.
  timed('baseline: sum every cell from the array', 15, () => {
    let t = 0;
    for (let yy = 0; yy < Y; yy++)
      for (let s = 0; s < S; s++) for (let a = 0; a < A; a++) t += cube.values[(yy * S + s) * A + a] || 0;
    return t;
  });
  timed('LQ for every cell (allLocationQuotients)', 15, () => allLocationQuotients(cube, b));
  timed('growth of every area × sector, first to last year', 15, () => {
    let t = 0;
    for (let s = 0; s < S; s++) for (let a = 0; a < A; a++) t += growth(cube, a, s, 0, y).pct || 0;
    return t;
  });
  timed('table rows of every sector, one year', 15, () => {
    for (let s = 0; s < S; s++)
      areaTableRows(cube, { level: cube.areas[1].level, sector: s, year: y, from: 0, benchmark: b });
  });
  timed('profile bars of every area', 15, () => {
    for (let a = 0; a < A; a++) profileBars(cube, a, y, b);
  });
  timed('Krugman and Herfindahl of every area', 15, () => {
    for (let a = 0; a < A; a++) {
      krugmanIndex(cube, a, y, b);
      herfindahlIndex(cube, a, y);
    }
  });
  timed('shift-share of every area', 15, () => {
    for (let a = 0; a < A; a++) shiftShare(cube, a, 0, y, b);
  });
  timed('peers of 20 areas (each against every other)', 9, () => {
    for (let a = 0; a < 20; a++) peerAreas(cube, a, y);
  });
}
