// Issue 17, item 8: controls stay in step. The sector is kept across datasets that have it, and
// when the new dataset does not, the page says what changed; "Compare with" is alphabetical; search
// suggestions say LEP or district, and an exact name comes first ("Oxford" is the city).
import { describe, expect, it } from './harness';

describe('item 8: controls in step', () => {
  it('keeps the sector when the new dataset has it, and says so when it does not', async ({ app }) => {
    const { page, errors } = await app.open('', { viewport: { width: 1366, height: 768 } });
    await page.getByLabel('Sector').selectOption({ label: 'Construction' });
    await expect.poll(() => page.locator('#view-title').innerText()).toMatch(/^Construction/);
    await page.locator('#ctl-dataset').selectOption('ubc-enterprises-large');
    await expect.poll(() => page.locator('#ctl-dataset').inputValue()).toBe('ubc-enterprises-large');
    await expect.poll(() => page.locator('#view-title').innerText()).toMatch(/^Construction/);
    expect(await page.locator('#ctl-sector option:checked').innerText()).toBe('Construction');
    // Employment (APS) groups industries differently: no "Construction" code 4, so the page says so.
    await page.getByLabel('Sector').selectOption({ label: 'Retail' });
    await page.locator('#ctl-dataset').selectOption('aps-employment');
    const notice = page.getByRole('status').filter({ hasText: 'has no sector' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('has no sector “Retail”, so Manufacturing is shown instead');
    expect(errors).toEqual([]);
  });

  it('lists "Compare with" with the country first, then the LEPs alphabetically', async ({ app }) => {
    const { page } = await app.open('', { viewport: { width: 1366, height: 768 } });
    const names = await page.locator('#ctl-compare-with option').allInnerTexts();
    expect(names[0]).toBe('England');
    const rest = names.slice(1);
    expect(rest.length).toBeGreaterThan(30);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });

  it('labels suggestions LEP or district, and Enter on "Oxford" picks the city', async ({ app }) => {
    const { page } = await app.open('', { viewport: { width: 390, height: 844 } });
    const search = page.getByRole('combobox', { name: 'Find an area' });
    await search.fill('Oxford');
    const options = page.getByRole('listbox', { name: 'Matching areas' }).getByRole('option');
    await options.first().waitFor();
    const texts = await options.allInnerTexts();
    expect(texts[0]).toMatch(/^Oxford \(district\)/);
    expect(texts.some((t) => /^Oxfordshire.*\(LEP\)/.test(t))).toBe(true);
    await search.press('Enter');
    await expect.poll(() => page.url()).toContain('geo=lad');
    expect(page.url()).toContain('area=E07000178');
  });
});
