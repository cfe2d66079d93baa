// The profile's own select (the institutions' subject) looks like the controls' selects.
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';

describe('a select in the profile', () => {
  it('has the controls’ border, corners, padding and type', async ({ app }) => {
    const { page, errors } = await app.open('?view=profile&dataset=ref2021-4star-fte&area=E37000053', {
      ready: '[data-testid="science-inst-subject"]',
    });
    await page.locator('#ctl-sector').waitFor();
    const look = (sel: string) =>
      page.locator(sel).evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.borderTopColor, s.borderTopWidth, s.borderRadius, s.paddingLeft, s.fontSize, s.backgroundColor];
      });
    expect(await look('[data-testid="science-inst-subject"]')).toEqual(await look('#ctl-sector'));
    await page.getByTestId('science-inst-subject').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('science-inst-subject-1280') });
    expect(errors).toEqual([]);
  });
});
