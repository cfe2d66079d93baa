// When a data file fails to load, the user sees what failed and can try again; the footer still shows.
import { describe, expect, it } from './harness';

describe('loading failures', () => {
  it('names the dataset file that failed and recovers on "Try again"', async ({ app }) => {
    const page = await (await app.context()).newPage();
    let fail = true;
    await page.route('**/data/ubc-enterprises.cube.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
    );
    await page.goto(app.url());
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/ubc-enterprises\.cube\.json.*503/s);
    expect(await page.getByRole('contentinfo').innerText()).toContain('Open Government Licence');

    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(38);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it("6. 'Try again' after the importer's code failed to load fetches it again and opens the importer", async ({
    app,
  }) => {
    const page = await (await app.context()).newPage();
    // The chunk fails (its preload and its import) until "Try again"; then the network answers.
    let fail = true;
    let fetchedAfter = 0;
    await page.route(/\/assets\/ImportFlow-[^/]*\.js(\?|$)/, (route) => {
      if (fail) return route.abort('connectionfailed');
      fetchedAfter++;
      return route.fallback();
    });
    await page.goto(app.url());
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    const panel = page.getByRole('region', { name: 'Load your own CSV' });
    await panel.getByRole('alert').waitFor();
    expect(await panel.getByRole('alert').innerText()).toMatch(/^The importer could not be loaded/);
    fail = false;
    await panel.getByRole('button', { name: 'Try again' }).click();
    await panel.getByLabel('Choose a CSV file').waitFor();
    // Fetched again, not answered from the failed import. (This Chromium refetches a failed dynamic
    // import by itself; the importer's retry with a fresh query also covers browsers that do not.)
    expect(fetchedAfter).toBeGreaterThan(0);
    expect(await panel.getByRole('alert').count()).toBe(0);
  });

  it('names a damaged boundary file and what is wrong with it, and still shows the table', async ({ app }) => {
    const page = await (await app.context()).newPage();
    await page.route('**/data/boundaries.topo.json', async (route) => {
      const topo = await (await route.fetch()).json();
      topo.objects.lads.geometries[0].arcs = [[999999]];
      await route.fulfill({ json: topo });
    });
    await page.goto(app.url());
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /The map cannot be drawn from boundaries\.topo\.json: area E\d{8} in the "lads" layer refers to arc 999999, which the file does not have\./,
    );
    await expect.poll(() => page.locator('tbody tr').count()).toBe(38);
  });

  it('explains a manifest that is not JSON', async ({ app }) => {
    const page = await (await app.context()).newPage();
    await page.route('**/data/datasets.json', (route) => route.fulfill({ status: 200, body: '<html>oops' }));
    await page.goto(app.url());
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/datasets\.json: it is not valid JSON/);
  });
});
