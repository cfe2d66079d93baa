// Issue 17, item 8: controls stay in step. The sector is kept across datasets that have it, and
// when the new dataset does not, the page says what changed; "Compare with" is alphabetical; search
// suggestions say LEP or district, and an exact name comes first ("Oxford" is the city).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openMap } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('item 8: controls in step', () => {
  it('keeps the sector when the new dataset has it, and says so when it does not', async () => {
    const { page, errors } = await openMap(browser, inject('baseUrl'), '', { width: 1366, height: 768 });
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
    expect(await notice.innerText()).toContain("has no sector “Retail”, so the map shows Manufacturing instead");
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists "Compare with" with the country first, then the LEPs alphabetically', async () => {
    const { page } = await openMap(browser, inject('baseUrl'), '', { width: 1366, height: 768 });
    const names = await page.locator('#ctl-compare-with option').allInnerTexts();
    expect(names[0]).toBe('England');
    const rest = names.slice(1);
    expect(rest.length).toBeGreaterThan(30);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en-GB')));
    await page.close();
  });

  it('labels suggestions LEP or district, and Enter on "Oxford" picks the city', async () => {
    const { page } = await openMap(browser, inject('baseUrl'), '', { width: 390, height: 844 });
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
    await page.close();
  });
});
