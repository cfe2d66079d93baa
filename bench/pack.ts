// Browser benchmark for issue 18: from a click on "Evidence pack for …" in the area profile to the
// pack on screen (every section built and drawn), first with the cube files still to fetch (cold)
// and then with them cached (warm, median of 5); and from a click on "Download as Word" to the
// .docx made (median of 3). Baseline in the same run: from a click on "Back to the area profile"
// to the profile's LQ bars. Production build, served gzipped on localhost.
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { serveAndLaunch } from './serve';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Clicks `click` in the page and polls until `ready` holds; the time in the page's own clock. */
async function timeClick(page: Page, click: string, ready: string): Promise<number> {
  return page.evaluate(
    async ({ click, ready }) => {
      performance.mark('bench:click');
      const t0 = performance.now();
      (document.querySelector(click) as HTMLElement).click();
      for (let k = 0; k < 200_000; k++) {
        if (new Function(`return ${ready}`)()) return performance.now() - t0;
        await new Promise((r) => setTimeout(r, 0));
      }
      throw new Error(`not ready: ${ready}`);
    },
    { click, ready },
  );
}

/** The latest of each mark, in ms after the first of them, e.g. "+412 +530". */
async function phases(page: Page, marks: string[]): Promise<string> {
  const at = await page.evaluate(
    (marks) => marks.map((m) => performance.getEntriesByName(m).at(-1)?.startTime ?? NaN),
    marks,
  );
  return at
    .slice(1)
    .map((t) => `+${(t - at[0]).toFixed(0)}`)
    .join(' | ');
}

const PACK_LINK = 'p.pack-link a';
const PACK_READY =
  "document.querySelector('section.pack[data-ready]') !== null && document.querySelectorAll('[data-pack-chart] .bar-row').length > 0";
const BACK = '.pack-tools button';
const PROFILE_READY =
  "document.querySelector('p.pack-link a') !== null && document.querySelectorAll('.bar-row').length > 0 && !document.querySelector('section.pack')";
const DOCX = '.pack-tools button:nth-of-type(3)';
const DOCX_READY = "performance.getEntriesByName('pack:docx-ready').length > window.__docxMarks";

export async function packBench(report: (label: string, value: string) => void, skipBuild = false) {
  if (!skipBuild) await build({ logLevel: 'warn' });
  const session = await serveAndLaunch();
  try {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${session.base}?view=profile&area=E37000001`);
    await page.locator(PACK_LINK).waitFor();
    await page.locator('.bar-row').first().waitFor();
    const packColdMs = await timeClick(page, PACK_LINK, PACK_READY);
    const coldPhases = await phases(page, ['bench:click', 'pack:start', 'pack:strands', 'pack:ready', 'pack:summary']);
    const packSummaryColdMs = await page.evaluate(
      () =>
        performance.getEntriesByName('pack:summary').at(-1)!.startTime -
        performance.getEntriesByName('bench:click').at(-1)!.startTime,
    );
    const warm: number[] = [];
    const back: number[] = [];
    for (let i = 0; i < 5; i++) {
      back.push(await timeClick(page, BACK, PROFILE_READY));
      warm.push(await timeClick(page, PACK_LINK, PACK_READY));
    }
    const docx: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.evaluate(
        () =>
          ((window as unknown as { __docxMarks: number }).__docxMarks =
            performance.getEntriesByName('pack:docx-ready').length),
      );
      docx.push(await timeClick(page, DOCX, DOCX_READY));
    }
    const docxPhases = await phases(page, ['pack:docx-start', 'pack:docx-images', 'pack:docx-ready']);
    await context.close();
    const r = {
      packProfileBackMs: median(back),
      packColdMs,
      packSummaryColdMs,
      packWarmMs: median(warm),
      packDocxMs: median(docx),
    };
    report('area profile from "Back to the area profile" (baseline)', `${r.packProfileBackMs.toFixed(0)} ms median`);
    report('evidence pack from a click, first time (goal ≤ 1 s)', `${r.packColdMs.toFixed(0)} ms`);
    report('  its summary on screen, first time', `${r.packSummaryColdMs.toFixed(0)} ms`);
    report('evidence pack from a click, data cached (goal ≤ 1 s)', `${r.packWarmMs.toFixed(0)} ms median`);
    report('.docx made from a click (goal ≤ 1 s)', `${r.packDocxMs.toFixed(0)} ms median`);
    report('.docx, first click (right after the last pack opened)', `${docx[0].toFixed(0)} ms`);
    report('  first pack: view open | data loaded | pack built | summary painted (ms after click)', coldPhases);
    report('  last .docx: charts as PNG | document zipped (ms after click)', docxPhases);
    return r;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
  console.log('\nEvidence pack in headless Chromium, production build (Black Country)');
  await packBench(report);
}
