// npm run validate: how well would relatedness have pointed to the specialisations districts gained?
// The backtest of issue 12 on the real data, and the external check of complexity against
// productivity. Prints a report and writes bench/results/validate.json. Read it as evidence about
// associations in the past, not as a forecast.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleRankCorrelation } from 'simple-statistics';
import { cubeFromJson } from '../src/lib/data/cube-json';
import type { Cube } from '../src/lib/data/types';
import { resolveBenchmark, type Benchmark } from '../src/lib/metrics/benchmark';
import { backtest, backtestCases, combinedAuc, fitCombined, type BacktestCases } from '../src/lib/metrics/backtest';
import {
  lqMatrix,
  whatNext,
  districtIndices,
  type RelatednessMeasure,
  type WhatNext,
} from '../src/lib/metrics/what-next';
import { loadGvaLeaves, readGvaPerJob } from './lib/gva-leaves';
import { outDir, readSource, REPO_ROOT, sourceDir } from './lib/sources';

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
const out: Record<string, unknown> = {};
const say = (s = '') => console.log(s);

interface Window {
  label: string;
  cases: BacktestCases;
  start: WhatNext;
}

function window(
  cube: Cube,
  areas: number[],
  b: Benchmark,
  y0: string,
  y1: string,
  measure: RelatednessMeasure,
): Window {
  const i0 = cube.yearIndex.get(y0)!;
  const i1 = cube.yearIndex.get(y1)!;
  const start = whatNext(cube, i0, { areas, benchmark: b, measure });
  const cases = backtestCases(start.lq, start.density, lqMatrix(cube, areas, i1, b));
  return { label: `${y0}→${y1}`, cases, start };
}

function reportWindow(w: Window, measure: RelatednessMeasure) {
  const r = backtest(w.cases);
  say(
    `  ${w.label}  ${measure.padEnd(10)} pairs ${String(r.pairs).padStart(5)}, gained ${String(r.gained).padStart(4)}` +
      ` (${((100 * r.gained) / r.pairs).toFixed(1)}%)   AUC density ${f3(r.density.auc)}   LQ alone ${f3(r.lq.auc)}`,
  );
  return r;
}

/** Spearman ρ across areas between ECI and GVA per job, matched by code. */
function eciVsProductivity(cube: Cube, wn: WhatNext, perJob: Map<string, number>) {
  const eci: number[] = [];
  const prod: number[] = [];
  wn.areas.forEach((a, i) => {
    const p = perJob.get(cube.areas[a].code);
    const e = wn.complexity.eci[i];
    if (p !== undefined && Number.isFinite(e)) {
      eci.push(e);
      prod.push(p);
    }
  });
  // Diversity (how many sectors an area specialises in) against the same, to read ECI's sign by.
  const div: number[] = [];
  const prodAll: number[] = [];
  wn.areas.forEach((a, i) => {
    const p = perJob.get(cube.areas[a].code);
    let k = 0;
    for (let s = 0; s < wn.rca.sectors; s++) k += wn.rca.has[s * wn.areas.length + i];
    if (p !== undefined && Number.isFinite(wn.complexity.eci[i])) {
      div.push(k);
      prodAll.push(p);
    }
  });
  return { rho: sampleRankCorrelation(eci, prod), n: eci.length, rhoDiversity: sampleRankCorrelation(div, prodAll) };
}

function extremes(cube: Cube, wn: WhatNext) {
  const ranked = wn.areas
    .map((a, i) => ({ name: cube.areas[a].name, eci: wn.complexity.eci[i] }))
    .filter((x) => Number.isFinite(x.eci))
    .sort((x, y) => y.eci - x.eci);
  const sectors = cube.sectors
    .map((s, i) => ({ name: s.name, pci: wn.complexity.pci[i] }))
    .filter((x) => Number.isFinite(x.pci))
    .sort((x, y) => y.pci - x.pci);
  const list = (xs: { name: string }[], key: 'eci' | 'pci') =>
    xs.map((x) => `${x.name} ${f3((x as unknown as Record<string, number>)[key])}`).join('; ');
  say(`  highest ECI: ${list(ranked.slice(0, 5), 'eci')}`);
  say(`  lowest ECI:  ${list(ranked.slice(-5), 'eci')}`);
  say(`  most complex sectors:  ${list(sectors.slice(0, 5), 'pci')}`);
  say(`  least complex sectors: ${list(sectors.slice(-5), 'pci')}`);
}

const src = sourceDir();
const perJob2022 = readGvaPerJob(readSource(src, 'gva/productivity-lad23-2002-2022.csv'), '2022');

// 1. GVA industry leaves (36: the ONS tree's leaves without imputed rent), 296 districts (April 2023).
{
  const { cube, excluded } = loadGvaLeaves();
  const areas = districtIndices(cube);
  // England as the GVA dataset gives it: the sum of its districts (the source has no England row).
  const england = resolveBenchmark(cube, 'E92000001');
  say(
    `GVA at current prices, ${cube.sectors.length} industry leaves (${excluded.join(', ')} left out), ${areas.length} districts`,
  );
  say('Backtest: pairs without RCA at the start; AUC of ranking those with RCA at the end');
  const windows = ['2008:2018', '2013:2023'].map((w) => w.split(':'));
  const gva: Record<string, unknown> = {};
  for (const measure of ['proximity', 'colocation'] as const) {
    const ws = windows.map(([a, b]) => window(cube, areas, england, a, b, measure));
    const rs = ws.map((w) => reportWindow(w, measure));
    // Both together: a logistic regression on density and start LQ, fitted on one window, scored on the other.
    const m0 = fitCombined(ws[0].cases);
    const m1 = fitCombined(ws[1].cases);
    const c1 = combinedAuc(m0, ws[1].cases).auc;
    const c0 = combinedAuc(m1, ws[0].cases).auc;
    say(
      `    both together (logistic on density + LQ): fitted ${ws[0].label}, tested ${ws[1].label}: ${f3(c1)};` +
        ` fitted ${ws[1].label}, tested ${ws[0].label}: ${f3(c0)}`,
    );
    say(
      `    coefficients (fitted ${ws[0].label}): intercept ${f3(m0.coefficients[0])}, density ${f3(m0.coefficients[1])}, LQ ${f3(m0.coefficients[2])}`,
    );
    gva[measure] = ws.map((w, k) => ({
      window: w.label,
      pairs: rs[k].pairs,
      gained: rs[k].gained,
      aucDensity: rs[k].density.auc,
      aucLq: rs[k].lq.auc,
      aucCombinedOutOfSample: k === 0 ? c0 : c1,
    }));
  }
  const wn22 = whatNext(cube, cube.yearIndex.get('2022')!, { areas, benchmark: england });
  const { rho, n, rhoDiversity } = eciVsProductivity(cube, wn22, perJob2022);
  const noEci = areas.length - [...wn22.complexity.eci].filter(Number.isFinite).length;
  say(
    `ECI (GVA leaves, 2022) against GVA per job (2022): Spearman ρ = ${f3(rho)} over ${n} districts (${noEci} without an ECI)`,
  );
  say(`  (diversity, the number of leaves a district specialises in, against GVA per job: ρ = ${f3(rhoDiversity)})`);
  extremes(cube, wn22);
  out.gva = {
    sectors: cube.sectors.length,
    districts: areas.length,
    backtest: gva,
    eciProductivity: { year: 2022, rho, n, rhoDiversity },
  };
}

// 2. UK Business Counts, 18 industry groups, 309 districts (2021), 2018→2022: a four-year window.
{
  const file = path.join(outDir(), 'ubc-enterprises.cube.json');
  const cube = cubeFromJson(JSON.parse(readFileSync(file, 'utf8')));
  const areas = districtIndices(cube);
  const england = resolveBenchmark(cube, 'E92000001');
  say();
  say(
    `UK Business Counts (enterprises), ${cube.sectors.length} industry groups, ${areas.length} districts; England as published`,
  );
  say('Backtest over 2018→2022 only: four years, not ten (the file has five years)');
  const ubc: Record<string, unknown> = {};
  for (const measure of ['proximity', 'colocation'] as const) {
    const w = window(cube, areas, england, '2018', '2022', measure);
    const r = reportWindow(w, measure);
    // One window only: fit the combination on half the districts and test on the other half, both ways.
    const n = areas.length;
    const half = (odd: number): BacktestCases => {
      const keep = w.cases.cell.map((c, k) => ((c % n) % 2 === odd ? k : -1)).filter((k) => k >= 0);
      return {
        density: keep.map((k) => w.cases.density[k]),
        lq: keep.map((k) => w.cases.lq[k]),
        gained: keep.map((k) => w.cases.gained[k]),
        cell: keep.map((k) => w.cases.cell[k]),
      };
    };
    const [even, odd] = [half(0), half(1)];
    const cEven = combinedAuc(fitCombined(odd), even).auc;
    const cOdd = combinedAuc(fitCombined(even), odd).auc;
    // LQ alone on the same halves, so the comparison is like for like.
    const lEven = backtest(even).lq.auc;
    const lOdd = backtest(odd).lq.auc;
    say(
      `    both together (fitted on alternate districts, tested on the others): ${f3(cEven)} and ${f3(cOdd)}` +
        ` (LQ alone on the same halves: ${f3(lEven)} and ${f3(lOdd)})`,
    );
    ubc[measure] = {
      window: w.label,
      pairs: r.pairs,
      gained: r.gained,
      aucDensity: r.density.auc,
      aucLq: r.lq.auc,
      aucCombinedHeldOut: [cEven, cOdd],
      aucLqSameHalves: [lEven, lOdd],
    };
  }
  const wn22 = whatNext(cube, cube.yearIndex.get('2022')!, { areas, benchmark: england });
  const { rho, n, rhoDiversity } = eciVsProductivity(cube, wn22, perJob2022);
  say(
    `ECI (business counts, 2022) against GVA per job (2022): Spearman ρ = ${f3(rho)} over ${n} districts whose code did not change in 2023`,
  );
  say(`  (diversity against GVA per job: ρ = ${f3(rhoDiversity)})`);
  extremes(cube, wn22);
  out.ubc = {
    sectors: cube.sectors.length,
    districts: areas.length,
    backtest: ubc,
    eciProductivity: { year: 2022, rho, n, rhoDiversity },
  };
}

mkdirSync(path.join(REPO_ROOT, 'bench/results'), { recursive: true });
writeFileSync(path.join(REPO_ROOT, 'bench/results/validate.json'), JSON.stringify(out, null, 2) + '\n');
say('\nSaved to bench/results/validate.json');
