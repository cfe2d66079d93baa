import { describe, expect, it } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { NO_ZOOM, zoomArea, zoomToArea, zoomToBounds, zoomTransform } from '../../src/lib/map/zoom';
import type { AreaFeature } from '../../src/lib/map/geography';
import { isFlagged } from '../../src/lib/map/flagged';
import type { AreaTableRow } from '../../src/lib/views/area-table';
import { areaRow } from './fixtures-area-row';

describe('zoomToBounds', () => {
  it('centres a 200 × 100 box in a 1000 × 600 frame, filling 80% of the tighter side', () => {
    // Width is the tighter side: 200/1000 = 0.2 > 100/600 ≈ 0.167, so k = 0.8 / 0.2 = 4.
    // Box centre (200, 150) goes to the frame centre (500, 300): tx = 500 − 4·200 = −300, ty = 300 − 4·150 = −300.
    const z = zoomToBounds(
      [
        [100, 100],
        [300, 200],
      ],
      1000,
      600,
    );
    expect(z.k).toBeCloseTo(4, 12);
    expect(z.tx).toBeCloseTo(-300, 9);
    expect(z.ty).toBeCloseTo(-300, 9);
  });

  it('uses the height when the box is tall: 100 × 300 in 1000 × 600 gives k = 0.8 / 0.5 = 1.6', () => {
    // Centre (50, 300): tx = 500 − 1.6·50 = 420, ty = 300 − 1.6·300 = −180.
    const z = zoomToBounds(
      [
        [0, 150],
        [100, 450],
      ],
      1000,
      600,
    );
    expect(z.k).toBeCloseTo(1.6, 12);
    expect(z.tx).toBeCloseTo(420, 9);
    expect(z.ty).toBeCloseTo(-180, 9);
  });

  it('goes no closer than 8× for a tiny area, or one with no size at all', () => {
    // 10 × 10 in 1000 × 600 would be 0.8 / 0.01 = 80×; capped at 8, centre (505, 305) → tx = 500 − 4040.
    const z = zoomToBounds(
      [
        [500, 300],
        [510, 310],
      ],
      1000,
      600,
    );
    expect(z).toEqual({ k: 8, tx: 500 - 8 * 505, ty: 300 - 8 * 305 });
    expect(
      zoomToBounds(
        [
          [20, 20],
          [20, 20],
        ],
        1000,
        600,
      ).k,
    ).toBe(8);
  });

  it('writes the SVG transform, and none for no zoom', () => {
    expect(zoomTransform(NO_ZOOM)).toBe('');
    expect(zoomTransform({ k: 4, tx: -300, ty: -299.96 })).toBe('translate(-300.0,-300.0) scale(4.000)');
  });
});

const row = (r: Partial<AreaTableRow>) => areaRow({ lq: 1.2, ...r });

describe('isFlagged: which areas the map hatches', () => {
  it('a plain figure is not hatched; a flagged value or a partial total is, whatever the metric', () => {
    expect(isFlagged(row({}), 'lq')).toBe(false);
    expect(isFlagged(row({ flag: 'unreliable' }), 'lq')).toBe(true);
    expect(isFlagged(row({ flag: 'rounded' }), 'value')).toBe(true);
    expect(isFlagged(row({ partialTotal: true }), 'share')).toBe(true);
  });

  it('a flagged start year matters only to growth and LQ change, which rest on it', () => {
    const r = row({ fromFlag: 'unreliable' });
    expect(isFlagged(r, 'growth')).toBe(true);
    expect(isFlagged(r, 'lqChange')).toBe(true);
    expect(isFlagged(r, 'lq')).toBe(false);
    expect(isFlagged(r, 'value')).toBe(false);
  });

  it('an area with no figure (or no row) is drawn as no data, never hatched', () => {
    expect(isFlagged(row({ lq: NaN, flag: 'suppressed' }), 'lq')).toBe(false);
    expect(isFlagged(undefined, 'lq')).toBe(false);
  });
});

describe('zoomToArea', () => {
  // A district drawn as the 200 × 100 box (100, 100)–(300, 200) in a 1000 × 600 frame (an identity
  // projection: its coordinates are the frame's): k = 0.8 / (200/1000) = 4, centre (200, 150) to (500, 300).
  const square = (code: string, x0: number, y0: number, x1: number, y1: number): AreaFeature => ({
    type: 'Feature',
    properties: { code, name: code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    },
  });
  const boundaries = { leps: [square('L1', 0, 0, 1000, 600)], lads: [square('D1', 100, 100, 300, 200)] };
  const frame = { width: 1000, height: 600, projection: geoIdentity() as never };

  it('zooms to the selected district from its boundary', () => {
    const z = zoomToArea(zoomArea(true, 'D1', 'lad', null), boundaries, frame);
    expect(z.k).toBeCloseTo(4, 9);
    expect(z.tx).toBeCloseTo(-300, 9);
    expect(z.ty).toBeCloseTo(-300, 9);
  });

  it('does not zoom without a target, or to an area not drawn on that layer', () => {
    expect(zoomToArea(null, boundaries, frame)).toEqual(NO_ZOOM);
    expect(zoomToArea({ code: 'D1', layer: 'lep' }, boundaries, frame)).toEqual(NO_ZOOM);
    expect(zoomToArea({ code: 'nowhere', layer: 'lad' }, boundaries, frame)).toEqual(NO_ZOOM);
  });
});
