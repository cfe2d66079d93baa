import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { boundariesFromTopology, framePaths, mapFrame, MAP_WIDTH, pathData, type AreaFeature } from '../../src/lib/map/geography';

// Two districts side by side (sharing an edge) making up one LEP, plus a second LEP over the east one.
const square = (code: string, x0: number, x1: number): Feature<Polygon, { code: string; name: string }> => ({
  type: 'Feature',
  id: code,
  properties: { code, name: `Area ${code}` },
  // exterior ring clockwise, as d3-geo expects
  geometry: { type: 'Polygon', coordinates: [[[x0, 52], [x0, 53], [x1, 53], [x1, 52], [x0, 52]]] },
});
const lads = [square('E06000001', -2, -1), square('E06000002', -1, 0)];
const leps = [square('E37000001', -2, 0), square('E37000002', -1, 0)];
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const topo = topology({ leps: collection(leps), lads: collection(lads) });
const lookup = {
  ladToLep: { E06000001: ['E37000001'], E06000002: ['E37000001', 'E37000002'] },
  lepToLads: { E37000001: ['E06000001', 'E06000002'], E37000002: ['E06000002'] },
  shared: ['E06000002'],
};

describe('boundariesFromTopology', () => {
  const b = boundariesFromTopology(topo as never, lookup);
  it('reads both layers with codes and names', () => {
    expect(b.leps.map((f) => f.properties.code)).toEqual(['E37000001', 'E37000002']);
    expect(b.lads.map((f) => f.properties.name)).toEqual(['Area E06000001', 'Area E06000002']);
  });
  it('picks out the shared districts for the overlap stripes', () => {
    expect(b.sharedLads.map((f) => f.properties.code)).toEqual(['E06000002']);
  });
  it('outlines the outer edge only, not the border between two LEPs', () => {
    const side = [square('E37000001', -2, -1), square('E37000002', -1, 0)];
    const t = topology({ leps: collection(side), lads: collection(lads) });
    const outline = boundariesFromTopology(t as never, lookup).outline.coordinates;
    const segments = outline.flatMap((line) => line.slice(1).map((p, i) => [line[i], p]));
    // No segment runs along the shared border x = -1; the outer edges x = -2 and x = 0 are there.
    expect(segments.some(([a, c]) => a[0] === -1 && c[0] === -1)).toBe(false);
    expect(segments.some(([a, c]) => a[0] === -2 && c[0] === -2)).toBe(true);
    expect(segments.some(([a, c]) => a[0] === 0 && c[0] === 0)).toBe(true);
  });
  it('says what is wrong with a file that lacks the layers', () => {
    expect(() => boundariesFromTopology({ type: 'Topology', objects: {}, arcs: [] } as never, lookup)).toThrow(
      'the boundary file has no "leps" and "lads" layers',
    );
  });
});

describe('mapFrame', () => {
  it('fits the box inside the frame with its margin, north up', () => {
    const frame = mapFrame([-2, 52, 0, 53], 10);
    expect(frame.width).toBe(MAP_WIDTH);
    const p = frame.projection;
    for (const [lon, lat] of [[-2, 52], [0, 53], [-1, 52.5], [-2, 53], [0, 52]]) {
      const [x, y] = p([lon, lat])!;
      expect(x).toBeGreaterThanOrEqual(9.999);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH - 9.999);
      expect(y).toBeGreaterThanOrEqual(9.999);
      expect(y).toBeLessThanOrEqual(frame.height - 9.999);
    }
    expect(p([-1, 53])![1]).toBeLessThan(p([-1, 52])![1]);
  });
  it('gives a path for every feature', () => {
    const paths = pathData(lads as AreaFeature[], mapFrame([-2, 52, 0, 53]).projection);
    expect([...paths.keys()]).toEqual(['E06000001', 'E06000002']);
    for (const d of paths.values()) expect(d).toMatch(/^M[\d.,-]+L/);
  });
});

describe('warmFramePaths', () => {
  it('fills the same paths framePaths would, in slices, and framePaths then reuses them', async () => {
    const { warmFramePaths, mapFrame, pathData } = await import('../../src/lib/map/geography');
    const list = lads as AreaFeature[];
    const frame = mapFrame([-2, 52, 0, 53]);
    const queue: (() => void)[] = [];
    warmFramePaths(() => list, frame, (step) => queue.push(step));
    let slices = 0;
    while (queue.length) {
      queue.shift()!();
      slices++;
    }
    expect(slices).toBeGreaterThanOrEqual(2); // decoding is a slice of its own
    const expected = pathData(list, frame.projection);
    const reused = framePaths(list, frame);
    expect([...reused.entries()]).toEqual([...expected.entries()]);
  });

  it('stops when told to', async () => {
    const { warmFramePaths, mapFrame } = await import('../../src/lib/map/geography');
    const fresh = lads.map((f) => ({ ...f })) as AreaFeature[];
    const frame = mapFrame([-2, 52, 0, 53]);
    const queue: (() => void)[] = [];
    let decoded = 0;
    const stop = warmFramePaths(() => (decoded++, fresh), frame, (step) => queue.push(step));
    stop();
    while (queue.length) queue.shift()!();
    expect(decoded).toBe(0);
  });
});
