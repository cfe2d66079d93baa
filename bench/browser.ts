// Browser benchmarks on a production build served locally, in headless Debian Chromium.
import { build } from 'vite';
import { serveAndLaunch } from './serve';
import type { Browser } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Loads a page in a fresh context (a cold cache, like a first visit) and returns its performance
 * marks. It does not poll the page while it loads: Playwright's waitForFunction injects and runs
 * its own script in the page, which would land in the middle of a multi-task start-up and bill it.
 */
async function loadMarks(browser: Browser, url: string, mark: string): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForTimeout(500);
  for (let i = 0; i < 300 && !(await page.evaluate((m) => performance.getEntriesByName(m).length > 0, mark)); i++) {
    await page.waitForTimeout(100);
  }
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name.replace(/^\w+:/, ''), e.startTime])),
  );
  await context.close();
  if (!(mark.replace(/^\w+:/, '') in marks)) throw new Error(`${url} never reached ${mark}`);
  return marks as Record<string, number>;
}

export interface BrowserFigures {
  firstMapMs: number;
  baselineMapMs: number;
  firstMapRatio: number;
  repaintMedianMs: number;
  bundleGzipKb: number;
  defaultDataKb: number;
  defaultDataGzipKb: number;
}

export async function browserBench(
  report: (label: string, value: string) => void,
  only?: 'repaint',
): Promise<BrowserFigures> {
  await build({ logLevel: 'warn' });
  await build({
    root: 'bench/baseline',
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: '../../dist/bench-baseline', emptyOutDir: true },
  });
  const session = await serveAndLaunch();
  const { base, browser } = session;
  try {
    // 1. Navigation → first painted map, interleaved with the bare d3-geo baseline, 15 pairs.
    const ours: Record<string, number>[] = [];
    const baseline: number[] = [];
    if (only !== 'repaint') {
      await loadMarks(browser, base, 'atlas:map-painted'); // warm the server and disk cache
      await loadMarks(browser, `${base}bench-baseline/`, 'baseline:map-painted');
      for (let i = 0; i < 15; i++) {
        baseline.push((await loadMarks(browser, `${base}bench-baseline/`, 'baseline:map-painted'))['map-painted']);
        ours.push(await loadMarks(browser, base, 'atlas:map-painted'));
      }
    }
    const painted = ours.map((o) => o['map-painted']);
    const firstMapMs = median(painted);
    const baselineMapMs = median(baseline);
    const firstMapRatio = median(painted.map((o, i) => o / baseline[i]));
    if (only !== 'repaint') {
      report('baseline: fetch TopoJSON + bare d3-geo draw', `${baselineMapMs.toFixed(0)} ms`);
      report('atlas: navigation → first painted map (LEPs)', `${firstMapMs.toFixed(0)} ms`);
      report('ratio (goal ≤ 1.5×), median of 15 interleaved pairs', `${firstMapRatio.toFixed(2)}×`);
      // Where the atlas's time goes (medians): its script arriving and compiling, then one task.
      const stage = (f: (o: Record<string, number>) => number) => `${median(ours.map(f)).toFixed(0)} ms`;
      const dataReady = (o: Record<string, number>) => Math.max(o['cube-built'], o['boundaries-ready']);
      report('  script starts', stage((o) => o['script-start']));
      report('  mounted → data decoded', stage((o) => dataReady(o) - o.mounted));
      report('  data → map rendered', stage((o) => o['map-rendered'] - dataReady(o)));
      report('  map rendered → painted frame', stage((o) => o['map-painted'] - o['map-rendered']));
    }

    // 2. Repaint after a sector change on the district layer: script, style and layout until the
    //    new fills are in the DOM and laid out (forced synchronously), median of 20 changes.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}?geo=lad`);
    await page.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
    const times = await page.evaluate(async () => {
      const select = document.querySelector<HTMLSelectElement>('#ctl-sector')!;
      const options = [...select.options].map((o) => o.value);
      const out: number[] = [];
      for (let i = 0; i < 21; i++) {
        const before = document.querySelector('path.area')!.getAttribute('fill');
        const t0 = performance.now();
        select.value = options[(i + 1) % options.length];
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // Svelte flushes in a microtask; then force style and layout so they are counted.
        await Promise.resolve();
        await new Promise((r) => queueMicrotask(() => r(null)));
        void document.body.getBoundingClientRect().height;
        const t1 = performance.now();
        if (i > 0) out.push(t1 - t0);
        void before;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      }
      return out;
    });
    await context.close();
    const repaintMedianMs = median(times);
    report('repaint after a sector change, 309 districts (goal ≤ 16 ms)', `${repaintMedianMs.toFixed(1)} ms median`);

    // 3. Sizes: the JavaScript bundle and the data the default view downloads, raw and gzipped.
    const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
    const gz = (f: string) => gzipSync(readFileSync(join('dist/assets', f))).length / 1024;
    // The first view's JavaScript: the entry script and the chunks index.html preloads for it.
    const html = readFileSync('dist/index.html', 'utf8');
    const first = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
    if (!first.some((f) => f.startsWith('index-'))) throw new Error('dist/index.html names no entry script');
    const bundleGzipKb = first.reduce((n, f) => n + gz(f), 0);
    const allGzipKb = assets.reduce((n, f) => n + gz(f), 0);
    report(
      'JavaScript the first view loads, gzipped (goal ≤ 100 KB)',
      `${bundleGzipKb.toFixed(1)} KB in ${first.length} files (${allGzipKb.toFixed(1)} KB with what loads on demand: the profile charts, the importer and the CSV parser)`,
    );
    const manifest = JSON.parse(readFileSync('public/data/datasets.json', 'utf8'));
    const def = manifest.datasets.find((d: { id: string }) => d.id === manifest.default);
    const files = ['datasets.json', def.cube ?? def.file, manifest.topology.file, manifest.lookup.file].map((f) => join('public/data', f));
    const defaultDataKb = files.reduce((n, f) => n + statSync(f).size, 0) / 1024;
    const defaultDataGzipKb = files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0) / 1024;
    report('data the default view downloads', `${defaultDataKb.toFixed(0)} KB raw, ${defaultDataGzipKb.toFixed(0)} KB gzipped`);
    return { firstMapMs, baselineMapMs, firstMapRatio, repaintMedianMs, bundleGzipKb, defaultDataKb, defaultDataGzipKb };
  } finally {
    await session.close();
  }
}
