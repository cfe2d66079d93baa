// An area's economic complexity rank on REF 2021 is among the 37 LEPs with research submitted: the
// profile says so, naming the LEP without a figure and why, rather than a bare "of 37".
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';

describe('the ECI rank on research data', () => {
  it('says which LEP has no figure and why', async ({ app }) => {
    for (const width of [1280, 320]) {
      const { page, errors } = await app.open('?view=profile&dataset=ref2021-4star-fte&area=E37000053', {
        viewport: { width, height: 800 },
        ready: '[data-testid="next-eci"]',
      });
      const eci = page.getByTestId('next-eci');
      expect(await eci.innerText()).toMatch(
        /\(\d+ of the 37 LEPs with a figure; 0 is average\)\. Swindon and Wiltshire has no research submitted, so it has no figure\./,
      );
      await eci.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`eci-words-${width}`) });
      expect(errors).toEqual([]);
      await app.done(page);
    }
  });
});
