// The science base in an area's profile: its strongest subjects, research-council awards, the
// institutions behind the figures, and "no research submitted" where there is none.
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';

describe('science base in the area profile', () => {
  it("lists Oxfordshire's top subjects by research LQ, its UKRI awards and its institutions", async ({ app }) => {
    const { page, errors } = await app.open('?view=profile&area=E37000053', {
      viewport: { width: 1280, height: 800 },
      ready: 'none',
    });
    const subjects = page.getByTestId('science-subjects');
    await subjects.waitFor();
    expect(
      await page.getByRole('heading', { name: 'Science base: where could Oxfordshire be world-leading?' }).count(),
    ).toBe(1);
    const rows = await subjects.locator('tbody th').allInnerTexts();
    expect(rows).toHaveLength(10);
    expect(rows).toContain('Clinical Medicine');
    // Ranked by research LQ, highest first.
    const lqs = (await subjects.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(Number);
    expect([...lqs].sort((a, b) => b - a)).toEqual(lqs);
    expect(await page.getByTestId('science-ukri').locator('tbody tr').count()).toBe(8);
    expect(await page.getByTestId('science-institutions').innerText()).toMatch(/University of Oxford: [\d,.]+ FTE/);
    expect(await page.locator('.science-base').innerText()).toMatch(/counted at its head office/);
    await page.locator('.science-base').screenshot({ path: screenshotPath('research-science-base-1280') });
    expect(errors).toEqual([]);
  });

  it('says "No research submitted" for Swindon and Wiltshire, on a 360 px phone', async ({ app }) => {
    const { page } = await app.open('?view=profile&area=E37000033', {
      viewport: { width: 360, height: 780 },
      ready: 'none',
    });
    const none = page.getByTestId('no-research');
    await none.waitFor();
    expect(await none.innerText()).toMatch(/^No research submitted/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('.science-base').screenshot({ path: screenshotPath('research-science-base-360') });
  });
});
