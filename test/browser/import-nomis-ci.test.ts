// A Nomis APS download has a "Confidence" measure beside the figures: the importer offers it as the
// figures' 95% confidence intervals, and the area profile then draws CI whiskers.
import { describe, expect, it } from './harness';

const HEADER =
  'DATE,DATE_NAME,GEOGRAPHY,GEOGRAPHY_NAME,GEOGRAPHY_CODE,INDUSTRY,INDUSTRY_NAME,INDUSTRY_CODE,MEASURES,MEASURES_NAME,OBS_VALUE,OBS_STATUS,OBS_STATUS_NAME';
const AREAS = [
  ['E37000001', 'Black Country'],
  ['E37000003', 'Cheshire and Warrington'],
  ['E37000005', 'Cornwall and Isles of Scilly'],
];
const SECTORS = [
  ['C', 'C : Manufacturing'],
  ['F', 'F : Construction'],
  ['G', 'G : Distribution'],
];

/** Figures ("Variable") and their CIs ("Confidence"), with a "Numerator" measure as well. */
function apsCsv(): string {
  const lines = [HEADER];
  let k = 0;
  for (const year of ['2021', '2022']) {
    for (const [code, name] of AREAS) {
      for (const [s, sName] of SECTORS) {
        k++;
        const value = 20000 + ((k * 7919) % 30000);
        lines.push(`${year},${year},1,${name},${code},1,${sName},${s},20599,Variable,${value},A,Normal Value`);
        lines.push(
          `${year},${year},1,${name},${code},1,${sName},${s},20603,Confidence,${Math.round(value / 10)},A,Normal Value`,
        );
        lines.push(`${year},${year},1,${name},${code},1,${sName},${s},20100,Numerator,${value * 3},A,Normal Value`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

describe('a Nomis "Confidence" measure', () => {
  // One flow: the report on the import, then the profile drawn from the same import.
  it("is offered as the figures' confidence intervals, the report says how many it gave, and the area profile draws their whiskers", async ({
    app,
  }) => {
    const { page, errors } = await app.open('', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    const panel = page.getByRole('region', { name: 'Load your own CSV' });
    await panel
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'aps.csv', mimeType: 'text/csv', buffer: Buffer.from(apsCsv()) });
    await panel.getByRole('heading', { name: 'What is in aps.csv?' }).waitFor();
    await panel
      .getByLabel('This file holds several measures. Which one should the atlas show?')
      .selectOption('Variable');
    const useCi = panel.getByLabel(/Use the “Confidence” rows as each figure’s 95% confidence interval/);
    expect(await useCi.isChecked()).toBe(true);
    await panel.getByRole('button', { name: 'Continue' }).click();
    await panel.getByRole('heading', { name: 'Report on aps.csv' }).waitFor();
    expect(await panel.locator('td[data-count="used"]').innerText()).toBe('18');
    // Only the 18 Numerator rows are set aside; the 18 Confidence rows were used.
    expect(await panel.locator('td[data-count="set-aside"]').innerText()).toBe('18');
    expect(
      await panel.getByText('18 figures took a 95% confidence interval from the 18 "Confidence" rows.').count(),
    ).toBe(1);

    await panel.getByRole('button', { name: 'Show this data' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Area profile' }).click();
    const search = page.getByRole('combobox', { name: 'Find an area' });
    await search.fill('Black Country');
    await page
      .getByRole('listbox', { name: 'Matching areas' })
      .getByRole('option', { name: /Black Country/ })
      .waitFor();
    await search.press('Enter');
    const bars = page.locator('svg[data-export="profile-bars"]');
    await bars.waitFor();
    await expect.poll(() => bars.locator('g.whisker').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
