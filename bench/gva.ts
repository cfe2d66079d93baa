// Browser benchmark for the GVA datasets' first open (issue 15): navigation to the GVA map (26 years
// of 49 nested industries) until the map is painted, beside the default dataset's map (UK Business
// Counts, one 200 KB cube file) in the same run, fresh context each load, 9 interleaved pairs. A
// split cube (src/lib/data/cube-years.ts) lets the first GVA map read only the two years it shows.
// Production build, served gzipped on localhost. BENCH_ONLY=gva npm run bench, or npx tsx bench/gva.ts.
import { pathToFileURL } from 'node:url';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { loadMarks } from './browser';
import { serveAndLaunch } from './serve';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function gvaBench(report: (label: string, value: string) => void, skipBuild = false) {
  if (!skipBuild) await build({ logLevel: 'warn' });
  const session = await serveAndLaunch();
  try {
    const { base, browser } = session;
    const gvaUrl = `${base}?dataset=gva-current`;
    await loadMarks(browser, base, 'atlas:map-painted'); // warm the server and disk cache
    await loadMarks(browser, gvaUrl, 'atlas:map-painted');
    const ubc: number[] = [];
    const gva: number[] = [];
    for (let i = 0; i < 9; i++) {
      ubc.push((await loadMarks(browser, base, 'atlas:map-painted'))['map-painted']);
      gva.push((await loadMarks(browser, gvaUrl, 'atlas:map-painted'))['map-painted']);
    }
    const r = {
      gvaBaselineMapMs: median(ubc),
      gvaFirstMapMs: median(gva),
      gvaFirstMapRatio: median(gva.map((g, i) => g / ubc[i])),
    };
    // What the first GVA map downloads of the cube: its first part when the data build split it.
    const manifest = JSON.parse(readFileSync('public/data/datasets.json', 'utf8'));
    const meta = manifest.datasets.find((d: { id: string }) => d.id === 'gva-current');
    const file = `public/data/${meta.cubeSplit?.head ?? meta.cube}`;
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    report('default map (UBC) from navigation (baseline)', `${r.gvaBaselineMapMs.toFixed(0)} ms median`);
    report('GVA map from navigation (?dataset=gva-current)', `${r.gvaFirstMapMs.toFixed(0)} ms median`);
    report('ratio GVA / default, median of 9 interleaved pairs', `${r.gvaFirstMapRatio.toFixed(2)}×`);
    report(
      '  GVA cube the first map reads (raw, gzipped)',
      `${kb(statSync(file).size)}, ${kb(gzipSync(readFileSync(file)).length)} (${file.split('/').pop()})`,
    );
    return r;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
  console.log('\nFirst GVA map in headless Chromium, production build, fresh context each load');
  await gvaBench(report);
}
