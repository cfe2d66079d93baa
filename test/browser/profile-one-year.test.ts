// A one-year dataset (REF 2021) in the area profile: no growth bubble chart, trend or shift-share
// drawn over a "2021–2021" span, and the reader is told why.
import { describe, expect, it } from './harness';
import { axe, describeFindings } from './a11y';

const NOTE =
  'These figures are for one year only (2021), so this profile shows no growth, trend over time or shift-share.';

describe('one-year dataset in the profile', () => {
  it("shows Black Country's REF profile without growth charts and says why", async ({ app }) => {
    const { page, errors } = await app.open('?view=profile&dataset=ref2021-4star-fte&area=E37000001', {
      viewport: { width: 1280, height: 800 },
      ready: 'none',
    });
    await page.locator('[data-chart="profile-bars"]').waitFor();
    await page.getByText(NOTE).first().waitFor();
    for (const id of ['profile-bubble', 'profile-series', 'profile-shift-share']) {
      expect(await page.locator(`[data-chart="${id}"]`).count(), id).toBe(0);
    }
    // The bars take the width the bubble chart would have shared, not half of it beside a gap.
    const widths = await page
      .locator('[data-chart="profile-bars"]')
      .evaluate((el) => [el.getBoundingClientRect().width, el.parentElement!.getBoundingClientRect().width]);
    expect(widths[0]).toBeGreaterThan(0.9 * widths[1]);
    const subtitle = await page.locator('.view-subtitle').first().innerText();
    expect(subtitle).not.toContain('growth since');
    expect(await page.locator('main').innerText()).not.toContain('2021–2021');
    expect(describeFindings(await axe(page))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says why in place of an embedded shift-share chart', async ({ app }) => {
    const { page } = await app.open(
      '?view=profile&dataset=ref2021-4star-fte&area=E37000001&embed&chart=profile-shift-share',
      { viewport: { width: 800, height: 600 }, ready: 'none' },
    );
    await page.getByText(NOTE).waitFor();
    expect(await page.locator('[data-chart="profile-shift-share"]').count()).toBe(0);
  });
});
