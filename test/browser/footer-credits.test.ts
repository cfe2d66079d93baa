// The footer credits the sources the view on screen reads, with their licence lines, not only ONS.
import { describe, expect, it } from './harness';

const LICENCE = { name: 'Data sources and licence' } as const;

describe('the footer’s credits', () => {
  it('name REF 2021 on a REF map and the GVA release on a GVA map', async ({ app }) => {
    const { page, errors } = await app.open('?dataset=ref2021-4star-fte');
    expect(await page.getByTestId('footer-sources').innerText()).toBe(
      'Data from REF 2021, UK higher education funding bodies: results export (Overall quality profiles).',
    );
    expect(await page.getByRole('list', LICENCE).innerText()).toMatch(
      /^REF 2021, UK higher education funding bodies$/m,
    );
    await app.done(page);
    const gva = await app.open('?dataset=gva-current');
    expect(await gva.page.getByTestId('footer-sources').innerText()).toMatch(
      /^Data from Office for National Statistics, Regional gross value added \(balanced\) by industry: local authorities\.$/,
    );
    expect([...errors, ...gva.errors]).toEqual([]);
  });

  it('name REF 2021 and the business counts on "Places strong in both", and all a profile reads', async ({ app }) => {
    const { page, errors } = await app.open('?view=both&dataset=ref2021-4star-fte&sector=12', {
      ready: '[data-testid="places-both-table"]',
    });
    expect(await page.getByTestId('footer-sources').innerText()).toMatch(
      /^Data from REF 2021, UK higher education funding bodies: results export \(Overall quality profiles\); Office for National Statistics, UK Business Counts/,
    );
    await app.done(page);
    const profile = await app.open('?view=profile&dataset=ref2021-4star-fte&area=E37000053', {
      ready: '[data-testid="science-inst-subject"]',
    });
    const sources = await profile.page.getByTestId('footer-sources').innerText();
    for (const s of [/REF 2021/, /UK Research and Innovation/, /UK Business Counts/, /Annual Population Survey/])
      expect(sources).toMatch(s);
    expect(await profile.page.getByRole('list', LICENCE).innerText()).toMatch(/UK Research and Innovation statistics/);
    expect([...errors, ...profile.errors]).toEqual([]);
  });
});
