// Browser benchmark for issue 13 (item 10): cumulative layout shift (CLS) while a view fills in, in a
// fresh context (a first visit), on the production build. Shifts come from the page's own
// PerformanceObserver('layout-shift'), buffered from the start; shifts within 500 ms of an input
// (hadRecentInput) are left out, as CLS does, since a person expects the page to change when they act.
// Each view is loaded until nothing is still arriving (the lazy sections too: the science base, 'What
// could come next'), then a few more frames, so late shifts are counted. Goal ≤ 0.02 each.
// Run alone with `npx tsx bench/layout-shift.ts` (after `npx vite build`).
import { build } from 'vite';
import { serveAndLaunch } from './serve';
import type { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';

export interface LayoutShiftFigures {
  clsDefaultView: number;
  clsDistrictLink: number;
  clsDistrictSwitch: number;
  clsProfile: number;
}

interface Shift {
  value: number;
  time: number;
  sources: string[];
}

// Registered before any of the page's scripts: every shift from navigation on, with what moved.
const OBSERVE = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const sources = (e.sources || []).map((s) => {
        const n = s.node;
        if (!n || !n.tagName) return '#text';
        const cls = typeof n.className === 'string' && n.className ? '.' + n.className.trim().split(/\\s+/).join('.') : '';
        return n.tagName.toLowerCase() + cls + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ' h' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height);
      });
      window.__shifts.push({ value: e.value, time: e.startTime, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** Waits until the page has been quiet (no request in flight, no new shift) for a few frames. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // A string, not a function: tsx would wrap a named arrow in a helper the page does not have.
  await page.evaluate(`new Promise((resolve) => {
    let frames = 0;
    const tick = () => (++frames >= 30 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  })`);
}

const shiftsOf = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
const sum = (shifts: Shift[]) => shifts.reduce((n, s) => n + s.value, 0);

async function measure(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<unknown>,
  act?: (page: Page) => Promise<unknown>,
): Promise<Shift[]> {
  // CLS_VIEWPORT=1280x5000 puts the whole page in view, to see every shift (CLS counts only what is in sight).
  const [width, height] = (process.env.CLS_VIEWPORT ?? '1280x800').split('x').map(Number);
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  await settle(page);
  let from = 0;
  if (act) {
    from = (await shiftsOf(page)).length;
    await act(page);
    await settle(page);
  }
  const shifts = (await shiftsOf(page)).slice(from);
  await context.close();
  return shifts;
}

const worst = (shifts: Shift[]) =>
  [...shifts]
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((s) => `${s.value.toFixed(3)} at ${s.time.toFixed(0)} ms: ${s.sources.join(', ')}`);

export async function layoutShiftBench(
  report: (label: string, value: string) => void,
  skipBuild = false,
  runs = 3,
): Promise<LayoutShiftFigures> {
  if (!skipBuild) await build({ logLevel: 'warn' });
  const session = await serveAndLaunch();
  const { base, browser } = session;
  const verbose = !!process.env.CLS_VERBOSE;
  try {
    const views: [keyof LayoutShiftFigures, string, () => Promise<Shift[]>][] = [
      [
        'clsDefaultView',
        'default view (map of LEPs, controls, ranking, table)',
        () => measure(browser, base, (p) => p.locator('.ranking svg').waitFor()),
      ],
      [
        'clsDistrictLink',
        'district map opened from a link (309 districts)',
        () => measure(browser, `${base}?geo=lad`, (p) => p.locator('.ranking svg').waitFor()),
      ],
      [
        'clsDistrictSwitch',
        'district layer, switched to from the default view',
        () =>
          measure(
            browser,
            base,
            (p) => p.locator('.ranking svg').waitFor(),
            async (p) => {
              // A real click (an input): the shift it causes at once is expected; what fills in later is not.
              await p.getByRole('radio', { name: /Districts/ }).check();
              await p.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
            },
          ),
      ],
      [
        'clsProfile',
        'area profile opened from a link (Black Country LEP), every section',
        () =>
          measure(browser, `${base}?view=profile&area=E37000001`, async (p) => {
            await p.locator('circle.bubble').first().waitFor();
          }),
      ],
    ];
    const out = {} as LayoutShiftFigures;
    for (const [key, label, run] of views) {
      // The largest of a few loads: a shift that happens only sometimes (a race) still counts.
      const all: number[] = [];
      for (let i = 0; i < runs; i++) {
        const shifts = await run();
        all.push(sum(shifts));
        if (verbose) for (const w of worst(shifts)) console.log(`    ${w}`);
      }
      out[key] = Math.max(...all);
      report(
        `layout shift, ${label} (goal ≤ 0.02)`,
        `${out[key].toFixed(3)} worst of ${runs} (${all.map((x) => x.toFixed(3)).join(', ')})`,
      );
    }
    return out;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('\nLayout shift in headless Chromium, production build served on localhost');
  await layoutShiftBench(
    (label, value) => console.log(`${label.padEnd(58)} ${value}`),
    process.argv.includes('--skip-build'),
  );
}
