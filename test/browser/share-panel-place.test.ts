// A chart's Share & download panel opens on screen even when its block sits at the page's right,
// as the industry space's does beside the smart-specialisation diagram at 1280 px.
import { describe, expect, it } from './harness';

describe('share panel placement', () => {
  it("keeps every 'What could come next' chart's panel inside a 1280 px window", async ({ app }) => {
    const { page, errors } = await app.open('?view=profile&area=E37000001', {
      viewport: { width: 1280, height: 800 },
      ready: 'none',
    });
    const section = page.getByRole('region', { name: 'What could come next?' });
    const toggles = section.getByRole('button', { name: /^Share & download/ });
    await toggles.first().waitFor();
    const count = await toggles.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const toggle = toggles.nth(i);
      await toggle.scrollIntoViewIfNeeded();
      await toggle.click();
      const panel = page.getByRole('group', { name: 'Share and download' });
      await panel.waitFor();
      // Placed after it is drawn: wait until its right edge has settled inside the window.
      await page
        .waitForFunction(
          () => {
            const el = document.querySelector('[role="group"][aria-label="Share and download"]');
            const r = el?.getBoundingClientRect();
            return !!r && r.width > 0 && r.right <= document.documentElement.clientWidth - 15.5;
          },
          undefined,
          { timeout: 5000 },
        )
        .catch(() => undefined);
      const box = await panel.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
      });
      expect(box.left, `panel ${i + 1} of ${count}`).toBeGreaterThanOrEqual(0);
      expect(box.right, `panel ${i + 1} of ${count}`).toBeLessThanOrEqual(box.width);
      await toggle.click();
      await panel.waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
  });
});
