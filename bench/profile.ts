// Browser benchmark for issue 4: the time to open an area profile from a click. On the profile view,
// click the first peer button and time until the new profile's heading and LQ bars are in the DOM
// and laid out (style and layout forced synchronously), median of 20 clicks. A production build
// served locally, headless Debian Chromium. Run alone with `npx tsx bench/profile.ts`.
import { build } from 'vite';
import { serveAndLaunch } from './serve';
import type { Browser } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface ProfileFigures {
  profileOpenLepMs: number;
  profileOpenDistrictMs: number;
}

async function clicksToProfile(browser: Browser, url: string, runs: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.bar-row').first().waitFor();
  await page.locator('.peers button.open').first().waitFor();
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const times = await page.evaluate(async (n) => {
    const out: number[] = [];
    for (let i = 0; i <= n; i++) {
      const peer = document.querySelector<HTMLButtonElement>('.peers button.open')!;
      const name = peer.textContent!.trim();
      const want = `${name}: what is it specialised in?`;
      const t0 = performance.now();
      peer.click();
      // Svelte flushes in a microtask; wait until the new profile is there, then force layout.
      let opened = false;
      for (let k = 0; k < 1000 && !opened; k++) {
        await Promise.resolve();
        const h = document.querySelector('#profile-title')?.textContent?.trim();
        const bars = document.querySelector('figure[aria-labelledby="profile-bars-title"] h3')?.textContent ?? '';
        opened = h === want && bars.includes(name) && document.querySelectorAll('.bar-row').length > 0;
        if (!opened && k > 50) await new Promise((r) => setTimeout(r, 0));
      }
      if (!opened) throw new Error(`the profile of ${name} did not open`);
      void document.body.getBoundingClientRect().height;
      void document.querySelector('.bar-row rect.bar')?.getBoundingClientRect();
      const t1 = performance.now();
      if (i > 0) out.push(t1 - t0); // the first click warms up the JIT
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    return out;
  }, runs);
  await context.close();
  return times;
}

export async function profileBench(
  report: (label: string, value: string) => void,
  skipBuild = false,
): Promise<ProfileFigures> {
  if (!skipBuild) await build({ logLevel: 'warn' });
  const session = await serveAndLaunch();
  const { base, browser } = session;
  try {
    const lep = await clicksToProfile(browser, `${base}?view=profile&area=E37000001`, 20);
    const lad = await clicksToProfile(browser, `${base}?view=profile&geo=lad&area=E08000003`, 20);
    const profileOpenLepMs = median(lep);
    const profileOpenDistrictMs = median(lad);
    report('open an area profile from a click, LEP (goal ≤ 50 ms)', `${profileOpenLepMs.toFixed(1)} ms median`);
    report(
      'open an area profile from a click, district (goal ≤ 50 ms)',
      `${profileOpenDistrictMs.toFixed(1)} ms median`,
    );
    return { profileOpenLepMs, profileOpenDistrictMs };
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('\nArea profile in headless Chromium, production build served on localhost, median of 20 clicks');
  await profileBench((label, value) => console.log(`${label.padEnd(58)} ${value}`));
}
