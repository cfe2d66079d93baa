// The pack's chart images are made once per pack and page width, and again when a chart was missing
// or the making failed.
import { describe, expect, it } from 'vitest';
import type { ChartImage } from '../../src/lib/pack/docx';
import { ChartImageCache, chartCount } from '../../src/lib/pack/image-cache';
import type { Pack } from '../../src/lib/pack/types';

// Two sections: one chart and a table, then one chart: three blocks, two charts.
const pack = () =>
  ({
    sections: [{ blocks: [{ kind: 'chart' }, { kind: 'table' }] }, { blocks: [{ kind: 'chart' }] }],
  }) as unknown as Pack;
const images = (n: number) =>
  new Map<string, ChartImage>(Array.from({ length: n }, (_, i) => [`c${i}`, {} as ChartImage]));

describe('ChartImageCache', () => {
  it('counts the charts of a pack', () => {
    expect(chartCount(pack())).toBe(2);
  });

  it('makes the images once per pack and width', async () => {
    let made = 0;
    const cache = new ChartImageCache(async () => (made++, images(2)));
    const p = pack();
    const first = cache.get(p, 800);
    await first;
    expect(cache.get(p, 800)).toBe(first);
    expect(made).toBe(1);
    await cache.get(p, 400);
    expect(made).toBe(2);
    await cache.get(pack(), 400);
    expect(made).toBe(3);
  });

  it('makes them again when a chart was not drawn yet, or the making failed', async () => {
    const results = [images(1), null, images(2)];
    let made = 0;
    const cache = new ChartImageCache(async () => {
      const r = results[made++];
      if (!r) throw new Error('no canvas');
      return r;
    });
    const p = pack();
    expect((await cache.get(p, 800)).size).toBe(1);
    await expect(cache.get(p, 800)).rejects.toThrow('no canvas');
    await Promise.resolve();
    expect((await cache.get(p, 800)).size).toBe(2);
    expect(cache.get(p, 800)).toBe(cache.get(p, 800));
    expect(made).toBe(3);
  });
});
