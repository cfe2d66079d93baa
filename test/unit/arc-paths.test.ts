import { describe, expect, it } from 'vitest';
import { geoIdentity, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { ArcPaths } from '../../src/lib/map/arc-paths';

// A quantised topology by hand: arc 0 runs along the bottom and up the right, arc 1 back along
// the top and down the left; a square ring is [0, 1], and [~1, ~0] is the same square the other way.
const topo = {
  type: 'Topology',
  transform: { scale: [0.5, 0.25], translate: [10, 20] },
  arcs: [
    [
      [0, 0],
      [4, 0],
      [0, 4],
    ], // (0,0) → (4,0) → (4,4), as deltas
    [
      [4, 4],
      [-4, 0],
      [0, -4],
    ], // (4,4) → (0,4) → (0,0)
    [
      [1, 1],
      [0, 0],
    ], // a line of one repeated point
  ],
  objects: {
    a: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { code: 'fwd' } },
        { type: 'Polygon', arcs: [[-2, -1]], properties: { code: 'rev' } },
        { type: 'MultiPolygon', arcs: [[[0, 1]], [[-2, -1]]], properties: { code: 'multi' } },
        { type: 'LineString', arcs: [0], properties: { code: 'line' } },
        { type: 'MultiLineString', arcs: [[0], [2]], properties: { code: 'lines' } },
      ],
    },
  },
} as unknown as Topology;

describe('ArcPaths', () => {
  // y flipped and scaled, like a map projection, so rounding and order both show.
  const projection = geoIdentity().reflectY(true).scale(3.3) as unknown as Parameters<typeof geoPath>[0];
  const paths = new ArcPaths(topo, projection as never, 1);
  const geoms = (
    topo.objects.a as unknown as { geometries: { type: string; arcs: never; properties: { code: string } }[] }
  ).geometries;

  it.each(geoms.map((g) => [g.properties.code, g] as const))(
    'draws %s exactly as d3-geo draws its decoded GeoJSON',
    (_, g) => {
      const geojson = feature(topo, g as never);
      expect(paths.path(g)).toBe(geoPath(projection).digits(1)(geojson));
    },
  );
  it('writes a square ring as four points and a close, without the repeated first point', () => {
    expect(paths.path(geoms[0])).toBe('M33,-66L39.6,-66L39.6,-69.3L33,-69.3Z');
  });
  it('draws nothing for a geometry it does not know', () => {
    expect(paths.path({ type: 'Point' })).toBe('');
  });
});
