// The table under the map as a policymaker reads it: a money figure's heading says its unit (GVA's
// figures are £m, not bare numbers), and on a 320 px phone the caption wraps inside the table's
// scroll box instead of running off the screen with the wide table.
import { describe, expect, it } from './harness';

const TABLE = '.table-section table';

describe('the figures behind the map', () => {
  it("names GVA's unit in its heading, and an enterprise count's heading stays as it is", async ({ app }) => {
    const { page, errors } = await app.open('?dataset=gva-current');
    const head = page.locator(`${TABLE} thead th`).nth(1);
    await expect.poll(() => head.innerText()).toMatch(/^Gross value added at current prices \(£m\)/);
    await app.done(page);
    const ubc = await app.open('');
    await expect.poll(() => ubc.page.locator(`${TABLE} thead th`).nth(1).innerText()).toMatch(/^Enterprises\s*↕?$/);
    expect([...errors, ...ubc.errors]).toEqual([]);
  });

  it('wraps its caption within the screen at 320 px', async ({ app }) => {
    const { page, errors } = await app.open('', { viewport: { width: 320, height: 800 } });
    const caption = page.locator(`${TABLE} caption .caption-text`);
    await expect.poll(() => caption.innerText()).toContain('Enterprises in Manufacturing, 2022');
    const [text, box] = await Promise.all([
      caption.boundingBox(),
      page.locator('.table-section .table-wrap').boundingBox(),
    ]);
    expect(text!.x + text!.width).toBeLessThanOrEqual(box!.x + box!.width + 0.5);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });
});
