import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/lib/map/choropleth';
import { exportLegend } from '../../src/lib/export/map-legend';

const fmt = (v: number) => v.toFixed(2);

describe('exportLegend', () => {
  it('gives the LQ bands as swatches with the same words as the screen legend, plus no data', () => {
    const c = buildChoropleth('lq', 'bands', [0.5, 2]);
    const l = exportLegend(c, fmt, 'Location quotient', 'England', { noData: true });
    expect(l.kind).toBe('swatches');
    if (l.kind !== 'swatches') return;
    expect(l.items.map((i) => i.label)).toEqual([
      'under 0.50',
      '0.50 to 0.80',
      '0.80 to 1.25 (about the same as England)',
      '1.25 to 2.00',
      '2.00 and over',
      'No figure (not zero)',
    ]);
    expect(l.items[2].colour).toBe(c.colour(1));
    // Hatched by the export itself, so the image needs nothing from the map's own patterns.
    expect(l.items[5]).toMatchObject({ label: 'No figure (not zero)', pattern: 'hatch' });
  });

  it('gives a continuous LQ scale as a gradient with England at 1 in the middle', () => {
    const c = buildChoropleth('lq', 'continuous', [0.5, 2]);
    const l = exportLegend(c, fmt, 'LQ', 'England', { noData: false });
    expect(l.kind).toBe('gradient');
    if (l.kind !== 'gradient') return;
    expect(l.ticks).toEqual([
      { offset: 0, label: '0.50' },
      { offset: 0.5, label: '1 = England' },
      { offset: 1, label: '2.00' },
    ]);
    expect(l.stops).toHaveLength(11);
  });
});
