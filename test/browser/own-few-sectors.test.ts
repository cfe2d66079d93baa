// Issue 17, items 5 and 8: a user's own file of five sectors for a few West Midlands districts.
// Shares and headlines say they are of the file's sectors; a specialised sector with small counts
// (Construction, 50 → 80, +60%) is kept out of the growth headline; and once the districts are
// shown, the Areas radio says Districts (LEPs: none in this data), matching the map. Its evidence
// pack (issue 18) says "of the 5 sectors in your file", and what the file cannot answer says so.
//
// Figures, worked by hand (England 2022: C 2000, F 100, G 3000, J 1500, Q 2500; total 9100):
//   Coventry 2022: C 420, F 80, G 310, J 110, Q 160 (total 1080)
//   LQ C = (420/1080)/(2000/9100) = 1.77; F = (80/1080)/(100/9100) = 6.74; G 0.87; J 0.62; Q 0.54.
//   Growth from 2021 (C 400, F 50): C +5.0% (400 → 420), F +60.0% (50 → 80, under 100: left out).
//   Largest sector: Manufacturing, 420/1080 = 38.9% of the employees in the 5 sectors in the file.
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';

const SECTORS: [string, string][] = [
  ['C', 'Manufacturing'],
  ['F', 'Construction'],
  ['G', 'Retail'],
  ['J', 'Information and communication'],
  ['Q', 'Health'],
];
const FIGURES: [string, string, Record<string, number[]>][] = [
  ['E92000001', 'England', { '2021': [2000, 100, 3000, 1500, 2500], '2022': [2000, 100, 3000, 1500, 2500] }],
  ['E08000026', 'Coventry', { '2021': [400, 50, 300, 100, 150], '2022': [420, 80, 310, 110, 160] }],
  ['E07000222', 'Warwick', { '2021': [150, 10, 200, 120, 90], '2022': [160, 12, 210, 125, 95] }],
  ['E07000220', 'Rugby', { '2021': [120, 8, 150, 40, 60], '2022': [125, 9, 150, 45, 62] }],
];

function fiveSectorCsv(): string {
  const lines = ['area_code,area_name,sector_code,sector_name,year,value'];
  for (const [code, name, years] of FIGURES) {
    for (const [year, values] of Object.entries(years)) {
      SECTORS.forEach(([s, sName], i) => lines.push(`${code},${name},${s},${sName},${year},${values[i]}`));
    }
  }
  return lines.join('\n') + '\n';
}

describe('own data with five sectors (issue 17, items 5 and 8)', () => {
  it('shows districts with the Areas radio on Districts, says shares are of the file, and keeps small counts out of the growth headline', async ({
    app,
  }) => {
    const { page, errors } = await app.open('', { viewport: { width: 1366, height: 768 } });
    // The LEP map is showing; the file has districts only.
    expect(await page.getByRole('radio', { name: /LEPs/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    const panel = page.getByRole('region', { name: 'Load your own CSV' });
    await panel
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'coventry-five.csv', mimeType: 'text/csv', buffer: Buffer.from(fiveSectorCsv()) });
    await panel.getByRole('button', { name: 'Continue' }).click();
    await panel.getByRole('heading', { name: 'Report on coventry-five.csv' }).waitFor();
    await panel.getByLabel(/What the numbers count/).fill('Employees');
    await panel.getByRole('button', { name: 'Show this data' }).click();
    await panel.waitFor({ state: 'detached' });

    // Item 8: districts are drawn, and the radio says so; LEPs cannot be chosen for this file.
    await expect.poll(() => page.locator('path.area').count()).toBeGreaterThan(300);
    expect(await page.getByRole('radio', { name: /Districts/ }).isChecked()).toBe(true);
    const leps = page.getByRole('radio', { name: /LEPs/ });
    expect(await leps.isChecked()).toBe(false);
    expect(await leps.isDisabled()).toBe(true);
    expect(await page.getByText('LEPs (none in this data)').count()).toBe(1);

    // Item 5, map: the subtitle says what the shares are of.
    expect(await page.locator('.view-subtitle').first().innerText()).toContain(
      'Your file has 5 sectors: every share, total and location quotient here is of the 5 sectors in your file, not of the whole economy.',
    );

    // Item 5, profile headlines.
    await page.locator('path.area[data-code="E08000026"]').click();
    await expect.poll(() => page.url()).toContain('area=E08000026');
    await page
      .getByRole('button', { name: /Area profile|Profile/ })
      .first()
      .click();
    const facts = page.locator('section.facts');
    await facts.waitFor();
    const text = await facts.innerText();
    expect(text).toContain('Your file has 5 sectors');
    expect(text).toContain('against England (counting only the 5 sectors in your file) in 2022');
    expect(text).toContain('Construction (6.74)');
    expect(text).toContain('Manufacturing grew fastest between 2021 and 2022: +5.0%, from 400 to 420 employees.');
    expect(text).toContain(
      '1 specialised sector with fewer than 100 employees in 2021 or 2022 is left out: small counts swing by large percentages.',
    );
    expect(text).not.toContain('+60');
    expect(text).toContain('has 38.9% of the employees in the 5 sectors in your file');
    // Item 9: the profile says in one line how sure its LQs are.
    expect(text).toContain(
      'How sure. These are full counts of employees, so they have no sampling error; but a location quotient built on fewer than 100 employees moves noticeably with a handful more or fewer.',
    );
    await page.screenshot({ path: screenshotPath('own-five-sectors-profile') });

    // Issue 18: the evidence pack of the file says its claims are of the file's sectors, and the
    // questions the file cannot answer say so rather than vanish.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Evidence pack' }).click();
    const pack = page.locator('section.pack[data-ready]');
    await pack.waitFor({ timeout: 60_000 });
    const summary = await pack.locator('[data-section="summary"]').innerText();
    expect(summary).toContain(
      "Coventry's top specialism by employees in 2022, of the 5 sectors in your file, is Construction (80 employees): a location quotient of 6.74 against England",
    );
    expect(summary).toContain('Employees in Construction in Coventry grew by 60.0%, from 50 in 2021 to 80 in 2022.');
    expect(summary).not.toMatch(/in this dataset/);
    const section = (id: string) => pack.locator(`[data-section="${id}"]`).innerText();
    await expect(section('good')).resolves.toContain('Productivity needs ONS output (GVA)');
    await expect(section('world')).resolves.toContain(
      'Your file holds no research figures, so the science base is not shown.',
    );
    await expect(section('next')).resolves.toContain('fewer than 10');
    for (const id of ['summary', 'good', 'world', 'next', 'peers', 'methods', 'caveats', 'sources'])
      await expect(pack.locator(`[data-section="${id}"] > h3`).isVisible(), id).resolves.toBe(true);
    await expect(section('methods')).resolves.toContain('“of the sectors in your file”');
    expect(errors).toEqual([]);
  });
});
