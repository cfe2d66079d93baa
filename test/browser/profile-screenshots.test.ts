// Screenshots of the area profile for one LEP and one district, on a large screen and a phone,
// saved in test-results/ to be looked at; the page must run cleanly and never scroll sideways.
import { describe, expect, it } from './harness';
import type { App } from './harness';
import { screenshotPath } from './browser';

async function shoot(app: App, query: string, name: string, viewport: { width: number; height: number }) {
  const { page, errors } = await app.open(query, { viewport, ready: 'none' });
  await page
    .getByRole('figure', { name: /Location quotient of every sector/ })
    .getByRole('button')
    .first()
    .waitFor();
  // Every row drawn (the LQ bars are drawn a few rows per task, aria-busy until then).
  await page.locator('svg[data-export="profile-bars"]:not([aria-busy])').waitFor();
  await page
    .getByRole('figure', { name: /Specialisation and growth/ })
    .locator('circle.bubble')
    .first()
    .waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  expect(errors).toEqual([]);
}

describe('area profile screenshots', () => {
  it('a LEP on a large screen, compared with two others', async ({ app }) => {
    await shoot(app, '?view=profile&area=E37000001&compare=E37000062,E37000051', 'profile-lep-1280', {
      width: 1280,
      height: 900,
    });
  });
  it('a district on a large screen', async ({ app }) => {
    await shoot(app, '?view=profile&geo=lad&area=E08000003', 'profile-district-1280', { width: 1280, height: 900 });
  });
  it('a district on a 360 px phone', async ({ app }) => {
    await shoot(app, '?view=profile&geo=lad&area=E08000003&compare=E08000035', 'profile-district-360', {
      width: 360,
      height: 740,
    });
  });
  it('a district in the APS, with confidence intervals and a suppressed sector', async ({ app }) => {
    await shoot(app, '?dataset=aps-employment&view=profile&geo=lad&area=E06000001', 'profile-aps-district-1280', {
      width: 1280,
      height: 900,
    });
  });
});
