// The masthead marks the tab of the view shown as the current page; "Places strong in both", the
// research map's list of places, marks the Map tab as the section it is in.
import type { Page } from 'playwright-core';
import { describe, expect, it } from './harness';

const tabs = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button')
    .evaluateAll((bs) =>
      bs.map((b) => [b.getAttribute('aria-label') ?? (b as HTMLElement).innerText, b.getAttribute('aria-current')]),
    );

describe('the masthead’s current tab', () => {
  it('is the view’s own, and Map for "Places strong in both"', async ({ app }) => {
    const { page, errors } = await app.open('?view=both&dataset=ref2021-4star-fte&sector=12', {
      ready: '[data-testid="places-both-table"]',
    });
    expect(await tabs(page)).toEqual([
      ['Map', 'true'],
      ['Area profile', null],
      ['Evidence pack', null],
      ['Load your own CSV', null],
    ]);
    await page.getByRole('link', { name: 'Map of research LQ in Engineering' }).click();
    await expect
      .poll(() => tabs(page))
      .toEqual([
        ['Map', 'page'],
        ['Area profile', null],
        ['Evidence pack', null],
        ['Load your own CSV', null],
      ]);
    expect(errors).toEqual([]);
  });
});
