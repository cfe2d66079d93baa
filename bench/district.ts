// Browser benchmarks for issue 15 on the district layer (309 districts), production build, headless
// Chromium. Each figure beside a baseline measured in the same run:
// - repaint after a sector change (map, legend and ranking at once; title and announcement a frame later,
//   timed as their own task and added) vs a bare recolour of the same 309 map
//   paths in the same page: each path's fill set from a precomputed array (the fills the atlas drew),
//   then style and layout forced the same way. Interleaved pairs, median of the per-pair ratios.
//   The table under the map is off screen at 1280 × 800: it catches up in idle time (lib/state/catch-up),
//   and so do the areas' accessible names, reported on their own line (when, and the work of every idle
//   callback until then, each with its style and layout), then all the work together;
//   then the same with the page scrolled to the table: its rows in view update a frame later, the rows
//   off screen in idle time (lib/state/lazy-rows), reported the same way.
// - DOM elements on the district view, beside the 1,500 budget.
// - total blocking time (TBT) while the district view and a district profile load. Lighthouse is not
//   available offline, so TBT is computed as Lighthouse defines it, from the page's own 'longtask'
//   entries (PerformanceObserver, registered before any script): the sum of each task's time past
//   50 ms, from first contentful paint until the page has been quiet. The bare d3-geo page's TBT in the
//   same run is the baseline; the goal is ≤ 200 ms.
// Run alone with `npx tsx bench/district.ts` (builds first; SKIP_BUILD=1 to reuse dist/, only after this
// script's own build; DISTRICT_ONLY=repaint for the repaint rows alone, DISTRICT_ONLY=tbt for the TBT rows).
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { buildBaseline, serveAndLaunch, SLOWDOWN } from './serve';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface DistrictFigures {
  repaintMedianMs: number;
  repaintBareMs: number;
  repaintRatio: number;
  districtDomElements: number;
  tbtDistrictsMs: number;
  tbtProfileMs: number;
  tbtBaselineMs: number;
  /** The same three loads with the CPU slowed SLOWDOWN× (Chromium's CPU throttling). */
  tbtSlowDistrictsMs: number;
  tbtSlowProfileMs: number;
  tbtSlowBaselineMs: number;
}

/** Per change (ms): the change's frame and the one after (app) beside the bare recolour; their parts. */
export interface Repaints {
  app: number[];
  bare: number[];
  /** The change until map, legend and ranking are drawn and laid out. */
  sync: number[];
  /** What follows a frame later (title, announcement; the table too when it is near the screen), with its layout. */
  table: number[];
  tableLayout: number[];
  /** When the off-screen table and the map's names had caught up in idle time, from the change (0: a frame later). */
  catchUp: number[];
  /** The work of that idle catch-up: its script, style and layout. */
  catchWork: number[];
}

/**
 * Repaints on the map at `url` (`paths` areas drawn), each beside a bare recolour of the same paths
 * in the same page, interleaved. The change is a sector change (the sector select, cycling) or a year
 * step (Next year, then Previous year, so it stays in range). Exported for the GVA year step (gva-year.ts).
 */
export async function repaintPairs(
  browser: Browser,
  url: string,
  paths: number,
  runs: number,
  change: 'sector' | 'year',
  tableOnScreen = false,
): Promise<Repaints> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((n) => document.querySelectorAll('path.area').length === n, paths);
  await page.locator('.table-section tbody tr').first().waitFor();
  if (tableOnScreen) await page.locator('.table-section').scrollIntoViewIfNeeded();
  if (change === 'year') {
    // A split cube fetches its other years on the first step: fetched here, so no step waits on the network.
    await page.getByRole('button', { name: 'Next year' }).click();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Previous year' }).click();
    await page.waitForLoadState('networkidle');
  }
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const out = await page.evaluate(
    async ([n, mode]) => {
      const select = document.querySelector<HTMLSelectElement>('#ctl-sector')!;
      const options = [...select.options].map((o) => o.value);
      const stepNext = document.querySelector<HTMLButtonElement>('button[aria-label="Next year"]');
      const stepPrev = document.querySelector<HTMLButtonElement>('button[aria-label="Previous year"]');
      const paths = [...document.querySelectorAll<SVGPathElement>('path.area')];
      const app: number[] = [];
      const bare: number[] = [];
      const sync: number[] = [];
      const table: number[] = [];
      const tableLayout: number[] = [];
      const catchUp: number[] = [];
      const catchWork: number[] = [];
      // The table off screen and the map's accessible names catch up in idle time (lib/state/catch-up):
      // each idle callback while something is behind is timed with the style and layout it set off
      // (forced at its end), and their work added up; the change has caught up after the last of them.
      const behind = '.table-section[data-behind], .table-section [data-behind], .map-frame [data-behind]';
      let caught: { start: number; end: number } | null;
      let idleWork = 0;
      const idle = window.requestIdleCallback.bind(window);
      window.requestIdleCallback = (f, o) =>
        idle((d) => {
          const was = document.querySelector(behind) !== null;
          const start = performance.now();
          f(d);
          // After the update Svelte queued as a microtask, in the same task.
          queueMicrotask(() => {
            if (!was) return;
            void document.body.getBoundingClientRect().height;
            const end = performance.now();
            idleWork += end - start;
            if (!document.querySelector(behind)) caught = { start, end };
          });
        }, o);
      let prev = paths.map((p) => p.getAttribute('fill') ?? '');
      for (let i = 0; i <= n; i++) {
        // The atlas: a sector change until its fills are in the DOM and laid out, plus the table's
        // catch-up a frame later (lib/state/deferred), timed from a timer queued just before it.
        let ta = 0;
        caught = null;
        idleWork = 0;
        requestAnimationFrame(() => setTimeout(() => (ta = performance.now())));
        const t0 = performance.now();
        if (mode === 'year') (i % 2 === 0 ? stepNext : stepPrev)!.click();
        else {
          select.value = options[(i + 1) % options.length];
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        // Svelte flushes in a microtask; then force style and layout so they are counted.
        await Promise.resolve();
        await new Promise((r) => queueMicrotask(() => r(null)));
        void document.body.getBoundingClientRect().height;
        const t1 = performance.now();
        let tl = 0;
        const tb = await new Promise<number>((r) =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              tl = performance.now();
              void document.body.getBoundingClientRect().height;
              r(performance.now());
            }),
          ),
        );
        tableLayout.push(tb - tl);
        sync.push(t1 - t0);
        table.push(tb - ta);
        // Until the table has caught up (at once when it is on screen: it did a frame later).
        while (document.querySelector(behind)) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const c = caught as { start: number; end: number } | null;
        catchUp.push(c ? c.end - t0 : 0);
        catchWork.push(c ? idleWork : 0);
        const next = paths.map((p) => p.getAttribute('fill') ?? '');
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
        // The baseline: put the previous fills back (untimed), then set the new ones from the array.
        for (let k = 0; k < paths.length; k++) paths[k].setAttribute('fill', prev[k]);
        void document.body.getBoundingClientRect().height;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
        const t2 = performance.now();
        for (let k = 0; k < paths.length; k++) paths[k].setAttribute('fill', next[k]);
        void document.body.getBoundingClientRect().height;
        const t3 = performance.now();
        prev = next;
        // The first pair warms up the JIT.
        if (i > 0) {
          app.push(t1 - t0 + (tb - ta));
          bare.push(t3 - t2);
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      }
      return {
        app,
        bare,
        sync: sync.slice(1),
        table: table.slice(1),
        tableLayout: tableLayout.slice(1),
        catchUp: catchUp.slice(1),
        catchWork: catchWork.slice(1),
      };
    },
    [runs, change] as const,
  );
  await context.close();
  return out;
}

/**
 * Reports a run of repaints with the table off screen (as the page opens at 1280 × 800) and one with the
 * page scrolled to the table: the change's frame and the one after it beside the bare recolour (the
 * ratio with the goal), then when the off-screen table caught up in idle time and its work, and all the
 * work together.
 */
export function reportRepaints(
  report: (label: string, value: string) => void,
  n: number,
  what: string,
  r: Repaints,
  onScreen: Repaints,
): { repaintMedianMs: number; repaintBareMs: number; repaintRatio: number } {
  const ratio = (xs: number[], bare = r.bare) => median(xs.map((a, i) => a / Math.max(0.1, bare[i])));
  const all = r.app.map((a, i) => a + r.catchWork[i]);
  report(`bare recolour of the same ${n} paths, same page (baseline)`, `${median(r.bare).toFixed(1)} ms median`);
  report(
    `${what} until map, legend and ranking are drawn`,
    `${median(r.sync).toFixed(1)} ms median, ${ratio(r.sync).toFixed(2)}× the baseline`,
  );
  report(
    '  then a frame later: title, announcement (not the table)',
    `${median(r.table).toFixed(1)} ms (style and layout ${median(r.tableLayout).toFixed(1)} ms)`,
  );
  report(`${what}, its frame and the next, ${n} districts`, `${median(r.app).toFixed(1)} ms median`);
  report('ratio (goal ≤ 2×), median of 20 interleaved pairs', `${ratio(r.app).toFixed(2)}×`);
  report(
    '  the off-screen table and area names caught up in idle time',
    `${median(r.catchUp).toFixed(1)} ms after the change; their work ${median(r.catchWork).toFixed(1)} ms`,
  );
  report('  all the work, that catch-up included', `${median(all).toFixed(1)} ms, ${ratio(all).toFixed(2)}×`);
  const onAll = onScreen.app.map((a, i) => a + onScreen.catchWork[i]);
  report(
    '  page scrolled to the table: its frame and the next',
    `${median(onScreen.app).toFixed(1)} ms, ${ratio(onScreen.app, onScreen.bare).toFixed(2)}× (its rows in view a frame later: ${median(onScreen.table).toFixed(1)} ms)`,
  );
  report(
    '    its rows off screen and area names caught up in idle',
    `${median(onScreen.catchUp).toFixed(1)} ms after the change; their work ${median(onScreen.catchWork).toFixed(1)} ms; all the work ${median(onAll).toFixed(1)} ms, ${ratio(onAll, onScreen.bare).toFixed(2)}×`,
  );
  return { repaintMedianMs: median(r.app), repaintBareMs: median(r.bare), repaintRatio: ratio(r.app) };
}

// Registered before any of the page's scripts: every long task, and first contentful paint.
const OBSERVE = `
  window.__long = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
`;

/** Waits until no request is in flight, then 30 more frames, so late work is counted. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(`new Promise((resolve) => {
    let frames = 0;
    const tick = () => (++frames >= 30 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  })`);
}

/** Lighthouse's TBT from the page's long tasks: time past 50 ms of each task after first contentful paint. */
async function tbt(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<unknown>,
  slowdown = 1,
): Promise<{ tbt: number; dom: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  if (slowdown > 1) {
    // DevTools' CPU throttling: the renderer runs `slowdown` times slower, from before navigation.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  await page.goto(url);
  await ready(page);
  await settle(page);
  const r = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const long = (window as unknown as { __long: { start: number; duration: number }[] }).__long;
    let blocking = 0;
    for (const t of long) {
      // A task that straddles FCP counts only its part after FCP, as Lighthouse does.
      const start = Math.max(t.start, fcp);
      const end = t.start + t.duration;
      if (end - start > 50) blocking += end - start - 50;
    }
    return { tbt: blocking, dom: document.getElementsByTagName('*').length };
  });
  await context.close();
  return r;
}

export async function districtBench(
  report: (label: string, value: string) => void,
  skipBuild = false,
): Promise<DistrictFigures> {
  if (!skipBuild) {
    await build({ logLevel: 'warn' });
    await buildBaseline();
  }
  const session = await serveAndLaunch();
  const { base, browser } = session;
  try {
    // DISTRICT_ONLY=tbt: the TBT rows alone (no repaint pairs).
    const tbtOnly = process.env.DISTRICT_ONLY === 'tbt';
    const { repaintMedianMs, repaintBareMs, repaintRatio } = tbtOnly
      ? { repaintMedianMs: NaN, repaintBareMs: NaN, repaintRatio: NaN }
      : reportRepaints(
          report,
          309,
          'repaint',
          await repaintPairs(browser, `${base}?geo=lad`, 309, 20, 'sector'),
          await repaintPairs(browser, `${base}?geo=lad`, 309, 20, 'sector', true),
        );
    if (process.env.DISTRICT_ONLY === 'repaint') {
      return {
        repaintMedianMs,
        repaintBareMs,
        repaintRatio,
        districtDomElements: NaN,
        tbtDistrictsMs: NaN,
        tbtProfileMs: NaN,
        tbtBaselineMs: NaN,
        tbtSlowDistrictsMs: NaN,
        tbtSlowProfileMs: NaN,
        tbtSlowBaselineMs: NaN,
      };
    }

    // Five loads of each, interleaved; medians. Then the same three pages with the CPU slowed
    // SLOWDOWN× (DevTools' CPU throttling), a slower office laptop, as their own rows.
    const mapReady = (page: Page) => page.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
    const loads = async (slowdown: number) => {
      const baseline = await tbt(
        browser,
        `${base}bench-baseline/`,
        (p) => p.locator('#map path').first().waitFor(),
        slowdown,
      );
      const districts = await tbt(
        browser,
        `${base}?geo=lad`,
        async (p) => {
          await mapReady(p);
          await p.locator('.table-section tbody tr').first().waitFor();
        },
        slowdown,
      );
      const profile = await tbt(
        browser,
        `${base}?view=profile&geo=lad&area=E08000003`,
        (p) => p.locator('.bar-row').first().waitFor(),
        slowdown,
      );
      return { baseline: baseline.tbt, districts: districts.tbt, dom: districts.dom, profile: profile.tbt };
    };
    const fast: Awaited<ReturnType<typeof loads>>[] = [];
    const slow: Awaited<ReturnType<typeof loads>>[] = [];
    for (let i = 0; i < 5; i++) {
      fast.push(await loads(1));
      slow.push(await loads(SLOWDOWN));
    }
    const med = (rows: typeof fast, key: 'baseline' | 'districts' | 'dom' | 'profile') =>
      median(rows.map((r) => r[key]));
    const tbtBaselineMs = med(fast, 'baseline');
    const tbtDistrictsMs = med(fast, 'districts');
    const tbtProfileMs = med(fast, 'profile');
    const districtDomElements = med(fast, 'dom');
    const tbtSlowBaselineMs = med(slow, 'baseline');
    const tbtSlowDistrictsMs = med(slow, 'districts');
    const tbtSlowProfileMs = med(slow, 'profile');
    report('TBT, bare d3-geo page (baseline; long tasks after FCP)', `${tbtBaselineMs.toFixed(0)} ms`);
    report(
      'TBT, district map view (goal ≤ 200 ms)',
      `${tbtDistrictsMs.toFixed(0)} ms (${(tbtDistrictsMs / 200).toFixed(2)}× the goal)`,
    );
    report(
      'TBT, district profile (goal ≤ 200 ms)',
      `${tbtProfileMs.toFixed(0)} ms (${(tbtProfileMs / 200).toFixed(2)}× the goal)`,
    );
    report(`TBT, bare d3-geo page, CPU slowed ${SLOWDOWN}× (a slower laptop)`, `${tbtSlowBaselineMs.toFixed(0)} ms`);
    report(
      `TBT, district map view, CPU slowed ${SLOWDOWN}× (goal ≤ 200 ms)`,
      `${tbtSlowDistrictsMs.toFixed(0)} ms (${(tbtSlowDistrictsMs / 200).toFixed(2)}× the goal)`,
    );
    report(
      `TBT, district profile, CPU slowed ${SLOWDOWN}× (goal ≤ 200 ms)`,
      `${tbtSlowProfileMs.toFixed(0)} ms (${(tbtSlowProfileMs / 200).toFixed(2)}× the goal)`,
    );
    report(
      'DOM elements on the district view (goal ≤ 1,500)',
      `${districtDomElements} (${(districtDomElements / 1500).toFixed(2)}× the goal; the map alone has 309 paths)`,
    );
    return {
      repaintMedianMs,
      repaintBareMs,
      repaintRatio,
      districtDomElements,
      tbtDistrictsMs,
      tbtProfileMs,
      tbtBaselineMs,
      tbtSlowDistrictsMs,
      tbtSlowProfileMs,
      tbtSlowBaselineMs,
    };
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('\nDistrict layer in headless Chromium, production build served on localhost');
  await districtBench((label, value) => console.log(`${label.padEnd(58)} ${value}`), process.env.SKIP_BUILD === '1');
}
