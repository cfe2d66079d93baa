// Every chart embeddable on its own (issue 17 item 3): each chart's share block gives an embed of
// that chart alone (chart=<id>), whose frame starts at the chart's own height; a link naming no
// chart says so and still shows the view.
import { describe, expect, it, type App } from './harness';
import type { Locator, Page } from 'playwright-core';

interface Snippet {
  src: string;
  width: number;
  height: number;
}

/** Opens a chart's share block and reads its embed snippet. */
async function snippetOf(page: Page, button: Locator): Promise<Snippet> {
  await button.click();
  const text = await page.locator('#embed-snippet').inputValue();
  await button.click();
  const src = /src="([^"]+)"/.exec(text)![1].replace(/&amp;/g, '&');
  return { src, width: Number(/ width="(\d+)"/.exec(text)![1]), height: Number(/ height="(\d+)"/.exec(text)![1]) };
}

/** Loads the snippet's URL at its width and returns the embedded chart's height as drawn. */
async function embeddedHeight(
  app: App,
  s: Snippet,
  id: string,
): Promise<{ chart: number; errors: string[]; others: number; text: string }> {
  const { page, errors } = await app.open(s.src, { viewport: { width: s.width, height: 800 }, ready: 'none' });
  const chart = page.locator(`[data-chart="${id}"]`);
  await chart.waitFor();
  // Drawn: the chart's marks are there (a figure's svg, or the list's items).
  await chart.locator('svg, li, table').first().waitFor();
  const height = await chart.evaluate((e) => e.getBoundingClientRect().height);
  const others = await page.locator('[data-chart]').count();
  const text = await chart.innerText();
  // Handed back at once: a whole app per embed, and the test goes on to load more.
  await app.done(page);
  return { chart: height, errors, others, text };
}

describe('one chart embedded alone', () => {
  it("each profile chart's snippet embeds that chart alone, its frame within 20 % of the chart's height", async ({
    app,
  }) => {
    const { page } = await app.open('?view=profile&area=E37000007&compare=E37000019', {
      viewport: { width: 1366, height: 768 },
      ready: 'circle.bubble',
    });
    await page.locator('[data-chart="next-diagram"] svg').first().waitFor();
    await page.locator('[data-chart="research-business"] .head').waitFor();
    // On the profile the trend chart is below the bars, and the bars' note says so.
    expect(await page.locator('[data-chart="profile-bars"]').innerText()).toMatch(
      /Select a sector to see its trend below/,
    );
    // Every chart's block embeds that chart alone, its frame sized from the chart as drawn here.
    const ids = [
      'profile-bars',
      'profile-bubble',
      'profile-series',
      'profile-compare',
      'profile-shift-share',
      'next-diagram',
      'next-opportunities',
      'next-space',
      'research-business',
    ];
    // These are loaded at the snippet's width and measured there (each load is a whole app, so not all of them).
    const loaded = new Set(['profile-bars', 'profile-bubble', 'profile-compare', 'next-space', 'research-business']);
    for (const id of ids) {
      const chart = page.locator(`[data-chart="${id}"]`);
      const s = await snippetOf(page, chart.getByRole('button', { name: 'Share & download' }));
      expect(s.src, id).toContain(`chart=${id}&`);
      const here = await chart.evaluate((e) => e.getBoundingClientRect().height);
      expect(
        Math.abs(s.height - here) / here,
        `${id}: frame ${s.height}px, chart on the page ${here}px`,
      ).toBeLessThanOrEqual(0.2);
      if (!loaded.has(id)) continue;
      const got = await embeddedHeight(app, s, id);
      expect(got.errors, id).toEqual([]);
      expect(got.others, `${id}: only the chart`).toBe(1);
      // Alone, a chart does not point at charts that are not there.
      expect(got.text, id).not.toMatch(/trend below/);
      expect(
        Math.abs(s.height - got.chart) / got.chart,
        `${id}: frame ${s.height}px, chart ${got.chart}px`,
      ).toBeLessThanOrEqual(0.2);
    }
  });

  it('the map and the ranking each embed alone, sized to themselves', async ({ app }) => {
    const { page } = await app.open('', { viewport: { width: 1366, height: 768 } });
    await page.locator('.ranking svg').waitFor();
    for (const [id, label] of [
      ['map', 'Share & download'],
      ['ranking', 'Share the ranking'],
    ]) {
      const s = await snippetOf(page, page.getByRole('button', { name: label, exact: true }));
      expect(s.src, id).toContain(`chart=${id}`);
      const got = await embeddedHeight(app, s, id);
      expect(got.errors, id).toEqual([]);
      expect(
        Math.abs(s.height - got.chart) / got.chart,
        `${id}: frame ${s.height}px, chart ${got.chart}px`,
      ).toBeLessThanOrEqual(0.2);
    }
  });

  it('says so when the link names no chart the atlas has, and shows the view', async ({ app }) => {
    const { page, errors } = await app.open('?view=profile&area=E37000007&chart=%3Cb%3Epie%3C%2Fb%3E&embed', {
      viewport: { width: 800, height: 800 },
      ready: 'none',
    });
    const notice = page.getByTestId('chart-notice');
    await notice.waitFor();
    // Shown as text, never as markup.
    expect(await notice.innerText()).toBe(
      'This link asks for a chart called “<b>pie</b>”, which the atlas does not have, so the whole view is shown instead.',
    );
    await page.locator('circle.bubble').first().waitFor();
    expect(await page.locator('[data-chart="profile-bars"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
