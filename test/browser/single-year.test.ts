// A one-year dataset (REF 2021) says its year as text, not as a choice of one or a range from it to
// itself, on the map and in the profile, at a select's height so the fields beside it line up.
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';
import { axe, describeFindings } from './a11y';

describe('the year of a one-year dataset', () => {
  it('is text in a group named Year, with no From or To', async ({ app }) => {
    const { page, errors } = await app.open('?dataset=ref2021-4star-fte');
    const year = page.getByTestId('single-year');
    await year.waitFor();
    expect(await year.innerText()).toBe('2021 (the only year)');
    expect(await page.getByRole('group', { name: 'Year', exact: true }).innerText()).toMatch(/^Year\s+2021/);
    expect(await page.locator('#ctl-year, #ctl-from').count()).toBe(0);
    const h = async (sel: string) => (await page.locator(sel).boundingBox())!.height;
    expect(Math.abs((await h('[data-testid="single-year"]')) - (await h('#ctl-sector')))).toBeLessThanOrEqual(2);
    expect(describeFindings(await axe(page, { include: '.controls' }))).toEqual([]);
    await page.screenshot({ path: screenshotPath('ref-single-year-1280') });

    // The profile would offer From and To: neither, the year as text.
    await page.getByRole('button', { name: 'Area profile' }).click();
    await page.locator('.stage h2').first().waitFor();
    await year.waitFor();
    expect(await page.locator('#ctl-year, #ctl-from').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
