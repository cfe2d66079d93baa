import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { geoPath } from 'd3-geo';
import { mesh } from 'topojson-client';
import { boundariesFromTopology, mapFrame, MAP_WIDTH, pathData, type AreaFeature } from '../../src/lib/map/geography';

// Two districts side by side (sharing an edge) making up one LEP, plus a second LEP over the east one.
const square = (code: string, x0: number, x1: number): Feature<Polygon, { code: string; name: string }> => ({
  type: 'Feature',
  id: code,
  properties: { code, name: `Area ${code}` },
  // exterior ring clockwise, as d3-geo expects
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, 52],
        [x0, 53],
        [x1, 53],
        [x1, 52],
        [x0, 52],
      ],
    ],
  },
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
  it('reads both layers with codes and names, without decoding geometry', () => {
    expect(b.areas.leps.map((a) => a.code)).toEqual(['E37000001', 'E37000002']);
    expect(b.areas.lads.map((a) => a.name)).toEqual(['Area E06000001', 'Area E06000002']);
  });
  it('decodes features on first use, with the same codes', () => {
    expect(b.leps.map((f) => f.properties.code)).toEqual(['E37000001', 'E37000002']);
    expect(b.lads.map((f) => f.properties.name)).toEqual(['Area E06000001', 'Area E06000002']);
    expect(b.leps).toBe(b.leps); // once
  });
  it('picks out the shared districts for the overlap stripes', () => {
    expect(b.areas.shared.map((a) => a.code)).toEqual(['E06000002']);
  });
  it('draws each layer exactly as d3-geo draws the decoded features, once per frame', () => {
    const frame = mapFrame(b.bbox);
    for (const [layer, features] of [
      ['leps', b.leps],
      ['lads', b.lads],
    ] as const) {
      expect([...b.paths(layer, frame)]).toEqual([...pathData(features, frame.projection)]);
    }
    expect(b.paths('leps', frame)).toBe(b.paths('leps', frame));
    expect([...b.paths('shared', frame).keys()]).toEqual(['E06000002']);
  });
  it('outlines the outer edge only, not the border between two LEPs', () => {
    const side = [square('E37000001', -2, -1), square('E37000002', -1, 0)];
    const t = topology({ leps: collection(side), lads: collection(lads) });
    const sideBoundaries = boundariesFromTopology(t as never, lookup);
    const frame = mapFrame(sideBoundaries.bbox);
    // The same as d3 draws topojson's mesh of arcs used once…
    const edge = mesh(t as never, (t as never as { objects: { leps: never } }).objects.leps, (a, c) => a === c);
    const d = sideBoundaries.outline(frame);
    expect(d).toBe(geoPath(frame.projection).digits(1)(edge));
    // …which leaves out the border between them: every arc's mesh draws more.
    const all = mesh(t as never, (t as never as { objects: { leps: never } }).objects.leps);
    expect(geoPath(frame.projection).digits(1)(all)!.length).toBeGreaterThan(d.length);
  });
  it('names the area whose shape refers to an arc the file does not have, or is not a polygon', () => {
    const damaged = JSON.parse(JSON.stringify(topo));
    damaged.objects.lads.geometries[1].arcs = [[0, 99]];
    expect(() => boundariesFromTopology(damaged, lookup)).toThrow(
      'area E06000002 in the "lads" layer refers to arc 99, which the file does not have',
    );
    const point = JSON.parse(JSON.stringify(topo));
    point.objects.leps.geometries[0] = {
      type: 'Point',
      coordinates: [0, 0],
      properties: { code: 'E37000001', name: 'A' },
    };
    expect(() => boundariesFromTopology(point, lookup)).toThrow(
      'area E37000001 in the "leps" layer is a Point, not a polygon',
    );
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
    for (const [lon, lat] of [
      [-2, 52],
      [0, 53],
      [-1, 52.5],
      [-2, 53],
      [0, 52],
    ]) {
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

describe('warming a layer', () => {
  it('fills the same paths in slices, and paths() then reuses them', () => {
    const b = boundariesFromTopology(topo as never, lookup);
    const frame = mapFrame([-2, 52, 0, 53]);
    const queue: (() => void)[] = [];
    b.warm('lads', frame, (step) => queue.push(step));
    let slices = 0;
    while (queue.length) {
      queue.shift()!();
      slices++;
    }
    expect(slices).toBeGreaterThanOrEqual(1);
    const warmed = b.paths('lads', frame);
    expect([...warmed.entries()]).toEqual([...pathData(b.lads, frame.projection).entries()]);
    expect(b.paths('lads', frame)).toBe(warmed);
  });

  it('stops when told to, leaving nothing half done', () => {
    const b = boundariesFromTopology(topo as never, lookup);
    const frame = mapFrame([-2, 52, 0, 53]);
    const queue: (() => void)[] = [];
    const stop = b.warm('lads', frame, (step) => queue.push(step));
    stop();
    while (queue.length) queue.shift()!();
    // Nothing was cached, so paths() works the layer out afresh (a new map, complete).
    const fresh = b.paths('lads', frame);
    expect(fresh.size).toBe(2);
  });
});
