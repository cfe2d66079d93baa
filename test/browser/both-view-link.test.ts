// A link to "Places strong in both" that names no REF 2021 dataset (or a business one, or a business
// sector) opens the REF dataset, the link's only possible meaning, and says what it set aside and why.
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';

const notice = '[role="status"].notice';

describe('a mismatched link to "Places strong in both"', () => {
  it('with a business sector and no dataset: REF 2021, and a word on the sector it lacks', async ({ app }) => {
    for (const width of [1280, 320]) {
      const { page, errors } = await app.open('?view=both&sector=C', {
        viewport: { width, height: 800 },
        ready: '[data-testid="places-both-table"]',
      });
      await expect
        .poll(() => page.locator(notice).innerText())
        .toBe(
          'World-leading (4*) research by subject (REF 2021) has no subject “C”, so Clinical Medicine is shown instead.',
        );
      // A subject is shown, with its places, not "choose a subject".
      expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
        'Where research and business strengths meet: Clinical Medicine',
      );
      // The address bar now holds what is shown, so a copied link opens it without the notice.
      await expect.poll(() => new URL(page.url()).search).toBe('?view=both&dataset=ref2021-4star-fte');
      await page.screenshot({ path: screenshotPath(`both-mismatched-link-${width}`) });
      expect(errors).toEqual([]);
      await app.done(page);
    }
  });

  it('on a business dataset: names the dataset it could not use and what it shows', async ({ app }) => {
    const { page, errors } = await app.open('?view=both&dataset=ubc-enterprises&sector=12', {
      ready: '[data-testid="places-both-table"]',
    });
    expect(await page.locator(notice).innerText()).toBe(
      '“Places strong in both” compares REF 2021 research subjects with business, so it cannot be shown for Enterprises by industry (UK Business Counts); it shows World-leading (4*) research by subject (REF 2021) instead.',
    );
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Where research and business strengths meet: Engineering',
    );
    await expect
      .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
      .toEqual({ view: 'both', dataset: 'ref2021-4star-fte', sector: '12' });
    // Reopened from the address bar: the same view, and nothing to set aside.
    await page.goto(page.url());
    await page.locator('[data-testid="places-both-table"]').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Where research and business strengths meet: Engineering',
    );
    expect(await page.locator(notice).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
