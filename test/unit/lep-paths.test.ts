import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { fittingPaths, LEP_PATHS_VERSION, type LepPathsFile } from '../../src/lib/map/lep-paths';
import { boundariesFromTopology, mapFrame } from '../../src/lib/map/geography';
import { lepPathsFile } from '../../scripts/lib/lep-paths';

// A file made in a 1000 × 600 frame from a topology with 7 arcs, two LEPs and one shared district.
const file: LepPathsFile = {
  version: LEP_PATHS_VERSION,
  bbox: [-2, 52, 0, 53],
  arcs: 7,
  width: 1000,
  height: 600,
  leps: [
    ['E37000001', 'M1,1Z'],
    ['E37000002', 'M2,2Z'],
  ],
  shared: [['E06000002', 'M3,3Z']],
  outline: 'M4,4Z',
};
const at = {
  bbox: [-2, 52, 0, 53],
  arcs: 7,
  width: 1000,
  height: 600,
  leps: ['E37000001', 'E37000002'],
  shared: ['E06000002'],
};

describe('fittingPaths', () => {
  it('hands back every layer of a file made from this topology in this frame', () => {
    const p = fittingPaths(file, at)!;
    expect([...p.leps!]).toEqual([
      ['E37000001', 'M1,1Z'],
      ['E37000002', 'M2,2Z'],
    ]);
    expect([...p.shared!]).toEqual([['E06000002', 'M3,3Z']]);
    expect(p.outline).toBe('M4,4Z');
  });

  it('refuses a file from another build, frame or version', () => {
    expect(fittingPaths({ ...file, version: 2 }, at)).toBeNull();
    expect(fittingPaths({ ...file, bbox: [-2, 52, 0, 53.1] }, at)).toBeNull();
    expect(fittingPaths({ ...file, arcs: 8 }, at)).toBeNull();
    expect(fittingPaths({ ...file, height: 601 }, at)).toBeNull();
    expect(fittingPaths({ ...file, width: 900 }, at)).toBeNull();
    expect(fittingPaths(null, at)).toBeNull();
    expect(fittingPaths('not a file', at)).toBeNull();
  });

  it('drops only a layer whose areas differ (another district set), keeping the rest', () => {
    const p = fittingPaths(file, { ...at, shared: ['E06000002', 'E06000003'] })!;
    expect(p.shared).toBeNull();
    expect(p.leps!.get('E37000002')).toBe('M2,2Z');
    expect(fittingPaths(file, { ...at, leps: ['E37000002', 'E37000001'] })!.leps).toBeNull();
  });
});

// Two districts side by side making up one LEP, a second LEP over the east one (as in geography.test).
const square = (code: string, x0: number, x1: number): Feature<Polygon, { code: string; name: string }> => ({
  type: 'Feature',
  id: code,
  properties: { code, name: `Area ${code}` },
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
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const topo = topology({
  leps: fc([square('E37000001', -2, 0), square('E37000002', -1, 0)]),
  lads: fc([square('E06000001', -2, -1), square('E06000002', -1, 0)]),
});
const lookup = {
  ladToLep: { E06000001: ['E37000001'], E06000002: ['E37000001', 'E37000002'] },
  lepToLads: { E37000001: ['E06000001', 'E06000002'], E37000002: ['E06000002'] },
  shared: ['E06000002'],
};

describe('boundaries with the data build’s LEP paths', () => {
  it('the build writes exactly the paths the app would work out', () => {
    const built = lepPathsFile(topo as never, lookup);
    const b = boundariesFromTopology(topo as never, lookup);
    const frame = mapFrame(b.bbox);
    expect(built.leps).toEqual([...b.paths('leps', frame)]);
    expect(built.shared).toEqual([...b.paths('shared', frame)]);
    expect(built.outline).toBe(b.outline(frame));
    expect(built.height).toBe(frame.height);
  });

  it('draws from the file in its frame, and works the paths out in any other', () => {
    const built = lepPathsFile(topo as never, lookup);
    // Marked strings, so the test sees which were used.
    const marked = { ...built, leps: built.leps.map(([c]) => [c, `file ${c}`] as [string, string]), outline: 'file' };
    const b = boundariesFromTopology(topo as never, lookup, 'lad21', marked);
    const frame = mapFrame(b.bbox);
    expect(b.paths('leps', frame).get('E37000002')).toBe('file E37000002');
    expect(b.outline(frame)).toBe('file');
    const other = mapFrame(b.bbox, 30);
    expect(b.paths('leps', other).get('E37000002')!.startsWith('M')).toBe(true);
    expect(b.outline(other)).not.toBe('file');
  });
});
