// Browser benchmark for the GVA map's time control (issue 11): the repaint after a year step on the
// 296 districts of April 2023 (?dataset=gva-current&geo=lad, Next year then Previous year, 2020 ⇄
// 2021) until map, legend, ranking and, a frame later, title and announcement are updated, beside a bare
// recolour of the same 296 paths in the same page (each path's fill set from the fills the atlas drew),
// as bench/district.ts measures a sector change. 20 interleaved pairs, median of the per-pair ratios;
// then when the off-screen table and area names caught up in idle time and their work, and the same with the page
// scrolled to the table (reportRepaints).
// BENCH_ONLY=gva-year npm run bench, or npx tsx bench/gva-year.ts (SKIP_BUILD=1 to reuse dist/).
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { repaintPairs, reportRepaints } from './district';
import { serveAndLaunch } from './serve';

export async function gvaYearBench(report: (label: string, value: string) => void, skipBuild = false) {
  if (!skipBuild) await build({ logLevel: 'warn' });
  const session = await serveAndLaunch();
  try {
    const { base, browser } = session;
    const url = `${base}?dataset=gva-current&geo=lad&year=2020`;
    const r = reportRepaints(
      report,
      296,
      'year step',
      await repaintPairs(browser, url, 296, 20, 'year'),
      await repaintPairs(browser, url, 296, 20, 'year', true),
    );
    const out = {
      gvaYearRepaintMs: r.repaintMedianMs,
      gvaYearBareMs: r.repaintBareMs,
      gvaYearRepaintRatio: r.repaintRatio,
    };
    return out;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('\nGVA year step on 296 districts in headless Chromium, production build');
  await gvaYearBench((label, value) => console.log(`${label.padEnd(58)} ${value}`), process.env.SKIP_BUILD === '1');
}
