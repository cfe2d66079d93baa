// Benchmarks for issue 12, "what could come next". In Node: the time to compute relatedness,
// density and complexity for every district (and one area's opportunities for every area), beside
// the time to compute the same year's LQs, the step everything else is built on. In the browser:
// the time to open the smart-specialisation diagram and to light the industry space from a click on
// another area (goal ≤ 50 ms, as other profile views), for the business counts and for GVA's leaves. Run alone with `npx tsx bench/next.ts`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { parseAuditCsv } from '../src/lib/data/parse';
import { buildCube } from '../src/lib/data/cube';
import { resolveBenchmark } from '../src/lib/metrics/benchmark';
import { locationQuotients } from '../src/lib/metrics/location-quotient';
import { districtIndices, whatNext } from '../src/lib/metrics/what-next';
import { nextBase } from '../src/lib/next/base';
import { areaNext } from '../src/lib/next/area-next';
import { loadGvaLeaves } from '../scripts/lib/gva-leaves';
import { serveAndLaunch } from './serve';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
/** Median time of `runs` calls of f, each from a collected heap (node --expose-gc). */
export function time(f: () => unknown, runs: number): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return median(out);
}

export interface NextFigures {
  nextLqBaselineUbcMs: number;
  nextAllDistrictsUbcMs: number;
  nextEveryAreaUbcMs: number;
  nextLqBaselineGvaMs: number;
  nextAllDistrictsGvaMs: number;
}

export function nextComputeBench(report: (label: string, value: string) => void): NextFigures {
  const ubc = buildCube(parseAuditCsv(readFileSync('public/data/ubc-enterprises.csv', 'utf8')).rows);
  const y = ubc.years.length - 1;
  const b = resolveBenchmark(ubc);
  const nextLqBaselineUbcMs = time(() => locationQuotients(ubc, y, b), 25);
  const nextAllDistrictsUbcMs = time(() => whatNext(ubc, y, { benchmark: b }), 25);
  // Every area's opportunities from scratch (the cache is per cube, so a fresh base each run).
  const nextEveryAreaUbcMs = time(() => {
    const base = nextBase({ ...ubc }, y, b)!;
    for (let a = 0; a < ubc.areas.length; a++) areaNext(ubc, a, y, b, base);
  }, 9);
  const gva = loadGvaLeaves().cube;
  const areas = districtIndices(gva);
  const gb = resolveBenchmark(gva, 'E92000001');
  const gy = gva.years.length - 1;
  const nextLqBaselineGvaMs = time(() => locationQuotients(gva, gy, gb), 25);
  const nextAllDistrictsGvaMs = time(() => whatNext(gva, gy, { areas, benchmark: gb }), 25);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  report(
    `UBC ${ubc.areas.length} areas × ${ubc.sectors.length} sectors: LQs of one year (baseline)`,
    ms(nextLqBaselineUbcMs),
  );
  report('  relatedness, density and complexity, every district', ms(nextAllDistrictsUbcMs));
  report('  … and every area’s opportunities (LEPs and districts)', ms(nextEveryAreaUbcMs));
  report(
    `GVA ${areas.length} districts × ${gva.sectors.length} leaves: LQs of one year (baseline)`,
    ms(nextLqBaselineGvaMs),
  );
  report('  relatedness, density and complexity, every district', ms(nextAllDistrictsGvaMs));
  return { nextLqBaselineUbcMs, nextAllDistrictsUbcMs, nextEveryAreaUbcMs, nextLqBaselineGvaMs, nextAllDistrictsGvaMs };
}

/**
 * Click a peer in the profile; time until the new profile's LQ bars, its what-next diagram with
 * its bubbles, and its lit industry space are on screen. All three stop at the same end point: the
 * first frame painted after the DOM shows them (requestAnimationFrame, then a MessageChannel message,
 * which runs after that frame's style, layout and paint). Stopping one clock at the DOM write and
 * another after a forced layout charged the page's relayout to the diagram alone.
 */
async function clicksToDiagram(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ bars: number[]; diagram: number[]; space: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('svg[data-export="next-diagram"] circle').first().waitFor();
  await page.locator('.peers button.open').first().waitFor();
  // A string, not a function: tsx names arrow functions with a helper the page does not have.
  await page.evaluate(`window.benchPainted = () => new Promise((r) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => r(performance.now());
    ch.port2.postMessage(0);
  }))`);
  const times = await page.evaluate(async (n) => {
    const painted = (window as unknown as { benchPainted: () => Promise<number> }).benchPainted;
    const out: number[] = [];
    const bars: number[] = [];
    const space: number[] = [];
    for (let i = 0; i <= n; i++) {
      const peer = document.querySelector<HTMLButtonElement>('.peers button.open')!;
      const name = peer.textContent!.trim();
      const t0 = performance.now();
      peer.click();
      let pDiagram: Promise<number> | undefined;
      let pBars: Promise<number> | undefined;
      let pSpace: Promise<number> | undefined;
      for (let k = 0; k < 1000 && !(pDiagram && pBars && pSpace); k++) {
        await Promise.resolve();
        // The industry space with the new area's specialisations lit (its svg's name names the area).
        if (!pSpace) {
          const svg = document.querySelector('svg[data-export="next-space"]');
          if (svg?.getAttribute('aria-label')?.includes(`with ${name}'s`) && svg.querySelector('circle.node'))
            pSpace = painted();
        }
        if (!pBars) {
          const head = document.querySelector('figure[aria-labelledby="profile-bars-title"] h3')?.textContent ?? '';
          if (head.includes(name) && document.querySelectorAll('.bar-row').length > 0) pBars = painted();
        }
        if (!pDiagram) {
          const title = document.querySelector('figure[aria-labelledby="next-diagram-title"] h3')?.textContent ?? '';
          if (
            title.includes(`in ${name}:`) &&
            document.querySelectorAll('svg[data-export="next-diagram"] circle').length > 0
          )
            pDiagram = painted();
        }
        if (!(pDiagram && pBars && pSpace) && k > 50) await new Promise((r) => setTimeout(r, 0));
      }
      if (!pDiagram) throw new Error(`the diagram of ${name} did not open`);
      const t1 = await pDiagram;
      const tBars = pBars ? await pBars : t1;
      const tSpace = pSpace ? await pSpace : NaN;
      if (i > 0) {
        out.push(t1 - t0);
        bars.push(tBars - t0);
        space.push(tSpace - t0);
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    return { diagram: out, bars, space };
  }, runs);
  await context.close();
  return times;
}

export async function nextOpenBench(
  report: (label: string, value: string) => void,
  skipBuild = false,
): Promise<{
  nextDiagramOpenMs: number;
  nextProfileBarsSameRunMs: number;
  nextSpaceOpenMs: number;
  nextGvaDiagramOpenMs: number;
  nextGvaSpaceOpenMs: number;
  nextGvaProfileBarsSameRunMs: number;
}> {
  if (!skipBuild) await build({ logLevel: 'warn' });
  const session = await serveAndLaunch();
  try {
    const r = await clicksToDiagram(session.browser, `${session.base}?view=profile&area=E37000001`, 20);
    const nextProfileBarsSameRunMs = median(r.bars);
    const nextDiagramOpenMs = median(r.diagram);
    report(
      'profile LQ bars from a click, LEP (baseline, same clicks)',
      `${nextProfileBarsSameRunMs.toFixed(1)} ms median`,
    );
    report('open the what-next diagram from a click, LEP (goal ≤ 50 ms)', `${nextDiagramOpenMs.toFixed(1)} ms median`);
    report(
      '  diagram ÷ LQ bars (same painted-frame end point)',
      (nextDiagramOpenMs / nextProfileBarsSameRunMs).toFixed(2),
    );
    const nextSpaceOpenMs = median(r.space);
    report('  … and the industry space lit for the new area', `${nextSpaceOpenMs.toFixed(1)} ms median`);
    // GVA's 36 industry leaves from a 49-code tree (the finest sectors the atlas has), same clicks.
    const g = await clicksToDiagram(
      session.browser,
      `${session.base}?dataset=gva-current&view=profile&area=E37000001`,
      20,
    );
    const nextGvaProfileBarsSameRunMs = median(g.bars);
    const nextGvaDiagramOpenMs = median(g.diagram);
    const nextGvaSpaceOpenMs = median(g.space);
    report(
      'GVA: profile LQ bars from a click, LEP (baseline, same clicks)',
      `${nextGvaProfileBarsSameRunMs.toFixed(1)} ms median`,
    );
    report(
      'GVA: open the what-next diagram from a click (goal ≤ 50 ms)',
      `${nextGvaDiagramOpenMs.toFixed(1)} ms median`,
    );
    report(
      'GVA:   diagram ÷ LQ bars (same end point)',
      (nextGvaDiagramOpenMs / nextGvaProfileBarsSameRunMs).toFixed(2),
    );
    report('GVA:   … and the industry space lit for the new area', `${nextGvaSpaceOpenMs.toFixed(1)} ms median`);
    return {
      nextDiagramOpenMs,
      nextProfileBarsSameRunMs,
      nextSpaceOpenMs,
      nextGvaDiagramOpenMs,
      nextGvaSpaceOpenMs,
      nextGvaProfileBarsSameRunMs,
    };
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
  console.log('\nWhat could come next: compute in Node, median of 25 (every area: 9)');
  nextComputeBench(report);
  console.log('\nWhat could come next: the diagram in headless Chromium, production build, median of 20 clicks');
  await nextOpenBench(report);
}
