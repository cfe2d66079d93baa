// Issue 15: "Show this data" builds the new view as the first view is built (App's stages), the map
// first and the ranking and table in tasks after it, so no one task builds the whole page. Read frame
// by frame: in the first frame that shows the new dataset, the old ranking and table are gone (never
// the old dataset's figures beside the new map), and both come back with the new data.
import { describe, expect, it } from './harness';
import type { Page } from 'playwright-core';

const panel = (page: Page) => page.getByRole('region', { name: 'Load your own CSV' });

/** Two sectors in four districts, 2021. */
const CSV = [
  'area_code,area_name,sector_code,sector_name,year,value',
  ...[
    ['E08000026', 'Coventry'],
    ['E07000222', 'Warwick'],
    ['E07000220', 'Rugby'],
    ['E06000001', 'Hartlepool'],
  ].flatMap(([code, name], i) => [
    `${code},${name},C,Manufacturing,2021,${100 + i}`,
    `${code},${name},S,Services,2021,${400 - i}`,
  ]),
].join('\n');

interface Frame {
  /** The view's title (the URL follows a frame later). */
  title: string | null;
  ranking: string | null;
  table: boolean;
}

describe('"Show this data" in stages (issue 15)', () => {
  it('draws the new map in a frame without the old ranking and table, then both with the new data', async ({ app }) => {
    const { page, errors } = await app.open('', { viewport: { width: 1280, height: 900 } });
    await page.locator('.table-section tbody tr').first().waitFor();
    await page.locator('figure.ranking').waitFor();
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    await panel(page)
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'staged.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV + '\n') });
    await panel(page).getByRole('button', { name: 'Continue' }).click();
    await panel(page).getByRole('heading', { name: 'Report on staged.csv' }).waitFor();
    // What each frame is about to show: the view's title, the ranking's text, whether the table is there.
    await page.evaluate(() => {
      const frames: Frame[] = [];
      (window as unknown as { frames_: Frame[] }).frames_ = frames;
      const look = () => {
        frames.push({
          title: document.querySelector('.stage h2')?.textContent ?? null,
          ranking: document.querySelector('figure.ranking')?.textContent ?? null,
          table: document.querySelector('.table-section') !== null,
        });
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const [title, before] = await page.evaluate(() => [
      document.querySelector('.stage h2')!.textContent,
      document.querySelector('figure.ranking')!.textContent,
    ]);
    await panel(page).getByRole('button', { name: 'Show this data' }).click();
    await expect.poll(() => page.url()).toContain('dataset=local-');
    await page.locator('.table-section tbody tr', { hasText: 'Coventry' }).first().waitFor();
    await page.locator('figure.ranking', { hasText: 'Coventry' }).waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
    const first = frames.findIndex((f) => f.title !== title);
    expect(first).toBeGreaterThan(0);
    expect(frames[first]).toMatchObject({ ranking: null, table: false });
    // Never the old dataset's ranking once the new data shows.
    expect(frames.slice(first).every((f) => f.ranking === null || f.ranking !== before)).toBe(true);
    expect(frames.at(-1)!.title).toBe(frames[first].title);
    expect(frames.at(-1)!.table).toBe(true);
    expect(frames.at(-1)!.ranking).toContain('Coventry');
    expect(errors).toEqual([]);
  });
});
