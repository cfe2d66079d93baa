// Printing a map view for a briefing: the title, map, legend, ranking and sources, not the controls.
import { describe, expect, it } from './harness';
import { inflateSync } from 'node:zlib';
import { screenshotPath } from './browser';

describe('printing', () => {
  it('keeps the map, its legend, ranking and source, and leaves out the controls and buttons', async ({ app }) => {
    const { page, errors } = await app.open();
    await page.getByLabel('Sector').waitFor({ state: 'attached' });
    await page.locator('.ranking svg').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('form', { name: 'Choose what the map shows' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Share & download' }).isVisible()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Find an area' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false);
    expect(await page.locator('.map-frame svg').isVisible()).toBe(true);
    expect(await page.getByRole('figure', { name: 'Map legend' }).isVisible()).toBe(true);
    expect(await page.locator('.ranking svg').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: /Manufacturing: which LEPs are specialised/ }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('contentinfo').innerText()).toContain('Open Government Licence');
    // The map now starts at the page's left edge, where the controls column was.
    const map = (await page.locator('.map-frame svg').boundingBox())!;
    expect(map.x).toBeLessThan(100);
    await page.screenshot({ path: screenshotPath('map-print'), fullPage: false });
    expect(errors).toEqual([]);
  });
});

describe('the printed legend', () => {
  it('keeps its key colours with the browser’s default print settings (no background graphics)', async ({ app }) => {
    const { page } = await app.open();
    await page.locator('.legend .swatch').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const keys = await page
      .locator('.legend .classes .swatch')
      .evaluateAll((els) =>
        els.map((e) => ({ colour: getComputedStyle(e).backgroundColor, adjust: getComputedStyle(e).printColorAdjust })),
      );
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const k of keys) expect(k.adjust).toBe('exact');
    // The PDF Chromium prints, without "background graphics": its drawing operators fill each key
    // colour. Only the legend is printed here, so the map's own fills cannot stand in for the keys.
    await page.addStyleTag({
      content: 'body * { visibility: hidden !important; } .legend, .legend * { visibility: visible !important; }',
    });
    const pdf = await page.pdf({ printBackground: false });
    const fills = pdfFillColours(pdf);
    for (const k of keys) {
      const [r, g, b] = k.colour.match(/\d+/g)!.map(Number);
      const found = fills.some(
        ([pr, pg, pb]) => Math.abs(pr - r) <= 1 && Math.abs(pg - g) <= 1 && Math.abs(pb - b) <= 1,
      );
      expect(found, `${k.colour} in the printed PDF`).toBe(true);
    }
  });
});

/** Every RGB fill colour ("r g b rg", 0–1) in a PDF's (Flate-compressed) content streams, as 0–255. */
function pdfFillColours(pdf: Buffer): [number, number, number][] {
  const out: [number, number, number][] = [];
  const text = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const c of body.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg/g)) {
      out.push([Math.round(+c[1] * 255), Math.round(+c[2] * 255), Math.round(+c[3] * 255)]);
    }
  }
  return out;
}
