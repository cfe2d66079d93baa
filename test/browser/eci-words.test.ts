// Economic complexity is measured over industries: on REF 2021 the profile gives no ECI over subjects
// (it once ranked Oxfordshire "of the 37 LEPs with a figure" by its mix of subjects). "What could come
// next" says it works on business data and links to the area on enterprises, at 1280 and 320 px.
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';

describe('the ECI on research data', () => {
  it('is not given over subjects; the section points to business data instead', async ({ app }) => {
    for (const width of [1280, 320]) {
      const { page, errors } = await app.open('?view=profile&dataset=ref2021-4star-fte&area=E37000053', {
        viewport: { width, height: 800 },
        ready: '[data-testid="next-on-business"]',
      });
      const section = page.getByTestId('next-on-business');
      expect(await section.innerText()).toMatch(/What could come next for Oxfordshire, on enterprises by industry/);
      expect(await page.getByTestId('next-eci').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`eci-words-${width}`) });
      expect(errors).toEqual([]);
      await app.done(page);
    }
  });
});
