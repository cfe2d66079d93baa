// Browser benchmarks on a production build served locally, in headless Debian Chromium.
import { build } from 'vite';
import { buildBaseline, serveAndLaunch } from './serve';
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
export async function loadMarks(browser: Browser, url: string, mark: string): Promise<Record<string, number>> {
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
  bundleGzipKb: number;
  defaultDataKb: number;
  defaultDataGzipKb: number;
}

export async function browserBench(report: (label: string, value: string) => void): Promise<BrowserFigures> {
  await build({ logLevel: 'warn' });
  await buildBaseline();
  const session = await serveAndLaunch();
  const { base, browser } = session;
  try {
    // 1. Navigation → first painted map, interleaved with the bare d3-geo baseline, 15 pairs.
    const ours: Record<string, number>[] = [];
    const baseline: number[] = [];
    {
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
    {
      report('baseline: fetch TopoJSON + bare d3-geo draw', `${baselineMapMs.toFixed(0)} ms`);
      report('atlas: navigation → first painted map (LEPs)', `${firstMapMs.toFixed(0)} ms`);
      report('ratio (goal ≤ 1.25×), median of 15 interleaved pairs', `${firstMapRatio.toFixed(2)}×`);
      // Where the atlas's time goes (medians): its script arriving and compiling, then one task.
      const stage = (f: (o: Record<string, number>) => number) => `${median(ours.map(f)).toFixed(0)} ms`;
      const dataReady = (o: Record<string, number>) => Math.max(o['cube-built'], o['boundaries-ready']);
      report(
        '  script starts',
        stage((o) => o['script-start']),
      );
      report(
        '  mounted → data decoded',
        stage((o) => dataReady(o) - o.mounted),
      );
      report(
        '  data → map rendered',
        stage((o) => o['map-rendered'] - dataReady(o)),
      );
      report(
        '  map rendered → painted frame',
        stage((o) => o['map-painted'] - o['map-rendered']),
      );
    }

    // The repaint after a sector change is in bench/district.ts, beside a bare recolour in the same page.

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
    const files = [
      'datasets.json',
      def.cube ?? def.file,
      manifest.topology.file,
      ...(manifest.topology.paths ? [manifest.topology.paths] : []),
      manifest.lookup.file,
    ].map((f) => join('public/data', f));
    const defaultDataKb = files.reduce((n, f) => n + statSync(f).size, 0) / 1024;
    const defaultDataGzipKb = files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0) / 1024;
    report(
      'data the default view downloads',
      `${defaultDataKb.toFixed(0)} KB raw, ${defaultDataGzipKb.toFixed(0)} KB gzipped`,
    );
    return { firstMapMs, baselineMapMs, firstMapRatio, bundleGzipKb, defaultDataKb, defaultDataGzipKb };
  } finally {
    await session.close();
  }
}
