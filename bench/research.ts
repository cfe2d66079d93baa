// Browser benchmark for issue 10: the time to open the research view and a profile's science base,
// each as a ratio against its business counterpart timed in the same page and run (the machine is
// shared, so only ratios compare across runs).
// - Research map: the dataset control switched from enterprises (UK Business Counts) to REF 2021 4* FTE,
//   until the map's title has changed and the institutions' circles are drawn; baseline: the switch back
//   to the enterprises map. Medians of 10 round trips after one warm-up (every file is then loaded).
// - Science base: a peer clicked on a profile, until the new area's business profile (heading and LQ
//   bars, as bench/profile.ts) and, separately, its science base (heading and subjects or "no research")
//   are in the DOM and laid out. Median of 20 clicks after one warm-up.
// A production build served locally, headless Debian Chromium. Run alone with `npx tsx bench/research.ts`.
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { serveAndLaunch } from './serve';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface ResearchFigures {
  researchMapOpenMs: number;
  businessMapOpenMs: number;
  researchMapRatio: number;
  scienceBaseOpenMs: number;
  businessProfileOpenMs: number;
  scienceBaseRatio: number;
}

async function mapSwitches(browser: Browser, base: string, runs: number): Promise<{ ref: number[]; ubc: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.locator('.map-frame path.area').first().waitFor();
  await page.locator('#ctl-dataset').waitFor();
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const out = await page.evaluate(async (n) => {
    const ref: number[] = [];
    const ubc: number[] = [];
    for (let i = 0; i <= n; i++) {
      for (const id of ['ref2021-4star-fte', 'ubc-enterprises']) {
        const select = document.querySelector<HTMLSelectElement>('#ctl-dataset')!;
        const before = document.querySelector('#view-title')?.textContent;
        const t0 = performance.now();
        select.value = id;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        let shown = false;
        for (let k = 0; k < 20000 && !shown; k++) {
          await Promise.resolve();
          const title = document.querySelector('#view-title')?.textContent;
          const circles = document.querySelectorAll('circle.institution').length;
          shown = title !== before && (id === 'ubc-enterprises' ? circles === 0 : circles > 0);
          if (!shown && k > 50) await new Promise((r) => setTimeout(r, 0));
        }
        if (!shown) throw new Error(`the ${id} map did not show`);
        void document.body.getBoundingClientRect().height;
        const t1 = performance.now();
        if (i > 0) (id === 'ubc-enterprises' ? ubc : ref).push(t1 - t0); // the first round loads the files
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      }
    }
    return { ref, ubc };
  }, runs);
  await context.close();
  return out;
}

async function peerClicks(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ business: number[]; science: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.bar-row').first().waitFor();
  await page.locator('[data-testid="science-subjects"], [data-testid="no-research"]').first().waitFor();
  await page.locator('.peers button.open').first().waitFor();
  const out = await page.evaluate(async (n) => {
    const business: number[] = [];
    const science: number[] = [];
    for (let i = 0; i <= n; i++) {
      const peer = document.querySelector<HTMLButtonElement>('.peers button.open')!;
      const name = peer.textContent!.trim();
      const t0 = performance.now();
      peer.click();
      let tBusiness = 0;
      let tScience = 0;
      for (let k = 0; k < 20000 && !(tBusiness && tScience); k++) {
        await Promise.resolve();
        if (!tBusiness) {
          const h = document.querySelector('#profile-title')?.textContent?.trim();
          const bars = document.querySelector('figure[aria-labelledby="profile-bars-title"] h3')?.textContent ?? '';
          if (
            h === `${name}: what is it specialised in?` &&
            bars.includes(name) &&
            document.querySelector('.bar-row')
          ) {
            void document.body.getBoundingClientRect().height;
            tBusiness = performance.now();
          }
        }
        if (!tScience) {
          const h = document.querySelector('#science-title')?.textContent?.trim();
          const body = document.querySelector('[data-testid="science-subjects"], [data-testid="no-research"]');
          if (h === `Science base: where could ${name} be world-leading?` && body) {
            void document.body.getBoundingClientRect().height;
            tScience = performance.now();
          }
        }
        if (!(tBusiness && tScience) && k > 50) await new Promise((r) => setTimeout(r, 0));
      }
      if (!tBusiness || !tScience) throw new Error(`the profile or science base of ${name} did not open`);
      if (i > 0) {
        business.push(tBusiness - t0);
        science.push(tScience - t0);
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    return { business, science };
  }, runs);
  await context.close();
  return out;
}

export async function researchBench(
  report: (label: string, value: string) => void,
  skipBuild = false,
): Promise<ResearchFigures> {
  if (!skipBuild) await build({ logLevel: 'warn' });
  const session = await serveAndLaunch();
  try {
    const maps = await mapSwitches(session.browser, session.base, 10);
    const clicks = await peerClicks(session.browser, `${session.base}?view=profile&area=E37000001`, 20);
    const researchMapOpenMs = median(maps.ref);
    const businessMapOpenMs = median(maps.ubc);
    const researchMapRatio = median(maps.ref.map((r, i) => r / maps.ubc[i]));
    const scienceBaseOpenMs = median(clicks.science);
    const businessProfileOpenMs = median(clicks.business);
    const scienceBaseRatio = median(clicks.science.map((s, i) => s / clicks.business[i]));
    report('open the enterprises map from the dataset control (baseline)', `${businessMapOpenMs.toFixed(1)} ms median`);
    report('open the REF 4* FTE map with institutions', `${researchMapOpenMs.toFixed(1)} ms median`);
    report('research map ÷ enterprises map', `${researchMapRatio.toFixed(2)}×`);
    report('open a business profile from a click (baseline, ≤ 50 ms)', `${businessProfileOpenMs.toFixed(1)} ms median`);
    report('open its science base from the same click', `${scienceBaseOpenMs.toFixed(1)} ms median`);
    report('science base ÷ business profile (goal: same ≤ 50 ms)', `${scienceBaseRatio.toFixed(2)}×`);
    return {
      researchMapOpenMs,
      businessMapOpenMs,
      researchMapRatio,
      scienceBaseOpenMs,
      businessProfileOpenMs,
      scienceBaseRatio,
    };
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('\nResearch views in headless Chromium, production build served on localhost');
  await researchBench((label, value) => console.log(`${label.padEnd(58)} ${value}`));
}
