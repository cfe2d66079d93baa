// Screenshot baselines of the map and the profile charts (test/browser/baseline.ts), drawn from a
// synthetic CSV imported through the app, so updates of the ONS data never change them. Fixed
// viewport and scale, reduced motion, animations stopped: the same pixels on every run here.
import { readFileSync } from 'node:fs';
import { describe, expect, it, type App } from './harness';
import { matchesBaseline } from './baseline';

// The 38 LEPs (May 2021 boundaries) × 5 sectors × 2 years, with made-up counts that vary by area and
// sector so every colour class and quadrant has members.
function syntheticCsv(): string {
  const lookup = JSON.parse(readFileSync('public/data/lad-lep-lookup.json', 'utf8')) as {
    names: Record<string, string>;
  };
  const leps = Object.keys(lookup.names)
    .filter((c) => c.startsWith('E37'))
    .sort();
  const sectors = ['Farming', 'Making things', 'Shops', 'Offices', 'Care'];
  const lines = ['area_code,area_name,sector_code,sector_name,year,value'];
  leps.forEach((code, i) => {
    sectors.forEach((name, j) => {
      const base = 200 + ((i * 37 + j * 53) % 400) * (j + 1);
      lines.push(`${code},"${lookup.names[code]}",S${j},${name},2021,${base}`);
      lines.push(`${code},"${lookup.names[code]}",S${j},${name},2022,${base + ((i * 11 + j * 7) % 60) - 20}`);
    });
  });
  return lines.join('\n') + '\n';
}

async function importSynthetic(app: App) {
  const opened = await app.open('', {
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const { page } = opened;
  await page.getByRole('button', { name: 'Load your own CSV' }).click();
  const panel = page.getByRole('region', { name: 'Load your own CSV' });
  await panel
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name: 'visual.csv', mimeType: 'text/csv', buffer: Buffer.from(syntheticCsv()) });
  await panel.getByRole('button', { name: 'Continue' }).click();
  await panel.getByRole('button', { name: 'Show this data' }).click();
  await panel.waitFor({ state: 'detached' });
  await page.locator('path.area[data-code="E37000001"]').waitFor();
  return opened;
}

describe('screenshot baselines (synthetic data)', () => {
  it('the map of LEPs and its legend, then the profile bars and bubble chart of one LEP, look as they did', async ({
    app,
  }) => {
    const { page, errors } = await importSynthetic(app);
    // Every image is compared before the test fails, so one run shows every change.
    const problems: (string | null)[] = [];
    problems.push((await matchesBaseline(page.locator('.map-frame svg').first(), 'map-lep')).problem);
    problems.push((await matchesBaseline(page.getByRole('figure', { name: 'Map legend' }), 'map-legend')).problem);

    await page.getByRole('button', { name: 'Area profile' }).click();
    const search = page.getByRole('combobox', { name: 'Find an area' });
    await search.fill('Black Country');
    await page
      .getByRole('listbox', { name: 'Matching areas' })
      .getByRole('option', { name: /Black Country/ })
      .waitFor();
    await search.press('Enter');
    const bars = page.locator('svg[data-export="profile-bars"]:not([aria-busy])');
    await bars.locator('[data-choice]').first().waitFor();
    problems.push((await matchesBaseline(bars, 'profile-bars')).problem);
    const bubble = page.locator('[data-chart="profile-bubble"] svg').first();
    await bubble.locator('circle.bubble').first().waitFor();
    problems.push((await matchesBaseline(bubble, 'profile-bubble')).problem);
    expect(problems.filter(Boolean)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
