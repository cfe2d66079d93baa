// Browser benchmark for the GVA map's time control (issue 11): the repaint after a year step on the
// 296 districts of April 2023 (?dataset=gva-current&geo=lad, Next year then Previous year, 2020 ⇄
// 2021) until map, legend, ranking and, a frame later, the table are updated, beside a bare recolour
// of the same 296 paths in the same page (each path's fill set from the fills the atlas drew), as
// bench/district.ts measures a sector change. 20 interleaved pairs, median of the per-pair ratios.
// BENCH_ONLY=gva-year npm run bench, or npx tsx bench/gva-year.ts (SKIP_BUILD=1 to reuse dist/).
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { repaintPairs } from './district';
import { serveAndLaunch } from './serve';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function gvaYearBench(report: (label: string, value: string) => void, skipBuild = false) {
  if (!skipBuild) await build({ logLevel: 'warn' });
  const session = await serveAndLaunch();
  try {
    const { base, browser } = session;
    const r = await repaintPairs(browser, `${base}?dataset=gva-current&geo=lad&year=2020`, 296, 20, 'year');
    const out = {
      gvaYearRepaintMs: median(r.app),
      gvaYearBareMs: median(r.bare),
      gvaYearRepaintRatio: median(r.app.map((a, i) => a / Math.max(0.1, r.bare[i]))),
    };
    const mapRatio = median(r.sync.map((a, i) => a / Math.max(0.1, r.bare[i])));
    report('bare recolour of the same 296 paths, same page (baseline)', `${out.gvaYearBareMs.toFixed(1)} ms median`);
    report(
      'year step until map, legend and ranking are drawn',
      `${median(r.sync).toFixed(1)} ms median, ${mapRatio.toFixed(2)}× the baseline`,
    );
    report(
      '  then the table, a frame later',
      `${median(r.table).toFixed(1)} ms (style and layout ${median(r.tableLayout).toFixed(1)} ms)`,
    );
    report('repaint after a year step, 296 districts (GVA)', `${out.gvaYearRepaintMs.toFixed(1)} ms median`);
    report('ratio (goal ≤ 2×), median of 20 interleaved pairs', `${out.gvaYearRepaintRatio.toFixed(2)}×`);
    return out;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('\nGVA year step on 296 districts in headless Chromium, production build');
  await gvaYearBench((label, value) => console.log(`${label.padEnd(58)} ${value}`), process.env.SKIP_BUILD === '1');
}
