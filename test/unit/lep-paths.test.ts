import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { fittingPaths, LEP_PATHS_VERSION, storedFrame, type LepPathsFile } from '../../src/lib/map/lep-paths';
import { existsSync, readFileSync } from 'node:fs';
import { boundariesFromTopology, cachedMapFrame, frameOf, mapFrame } from '../../src/lib/map/geography';
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

describe('the frame the data build records', () => {
  it("is mapFrame's: the same scale, translate and height, and the same paths drawn in it", () => {
    const built = lepPathsFile(topo as never, lookup);
    const b = boundariesFromTopology(topo as never, lookup);
    const fitted = mapFrame(b.bbox);
    expect(built.scale).toBe(fitted.projection.scale());
    expect(built.translate).toEqual(fitted.projection.translate());
    const made = frameOf(built.scale!, built.translate!, built.height);
    expect(made.height).toBe(fitted.height);
    expect(made.width).toBe(fitted.width);
    expect(made.projection([-1.5, 52.5])).toEqual(fitted.projection([-1.5, 52.5]));
    expect([...b.paths('lads', made)]).toEqual([...b.paths('lads', fitted)]);
  });

  it('is the frame the map draws in once the boundaries are made with the file', () => {
    const built = lepPathsFile(topo as never, lookup);
    // A scale a tenth larger than the fitted one: the map must be using the file's record.
    const marked = { ...built, scale: built.scale! * 1.1 };
    const t = { ...topo, bbox: [...topo.bbox!] } as typeof topo; // a box of its own, so no frame is cached for it yet
    const b = boundariesFromTopology(t as never, lookup, 'lad21', marked);
    expect(cachedMapFrame(b.bbox).projection.scale()).toBe(built.scale! * 1.1);
  });

  it('is not used from a file for another topology, an older file without it, or a damaged one', () => {
    const built = lepPathsFile(topo as never, lookup);
    const at = { bbox: built.bbox, arcs: built.arcs, width: built.width };
    expect(storedFrame(built, at)).toEqual({ scale: built.scale, translate: built.translate, height: built.height });
    expect(storedFrame(built, { ...at, arcs: at.arcs + 1 })).toBeNull();
    expect(storedFrame(built, { ...at, bbox: [0, 0, 1, 1] })).toBeNull();
    expect(storedFrame(built, { ...at, width: 900 })).toBeNull();
    expect(storedFrame({ ...built, scale: undefined, translate: undefined }, at)).toBeNull();
    expect(storedFrame({ ...built, translate: ['1', 2] }, at)).toBeNull();
    expect(storedFrame({ ...built, scale: NaN }, at)).toBeNull();
    expect(storedFrame(null, at)).toBeNull();
    // Without a usable record the frame is fitted as before.
    const t = { ...topo, bbox: [...topo.bbox!] } as typeof topo;
    const b = boundariesFromTopology(t as never, lookup, 'lad21', { ...built, scale: undefined });
    expect(cachedMapFrame(b.bbox).projection.scale()).toBe(mapFrame(b.bbox).projection.scale());
  });
});

const real = 'public/data/boundaries.lep-paths.json';
describe.skipIf(!existsSync(real))('the built LEP paths file (public/data, npm run data)', () => {
  it("records mapFrame's frame for the built topology", () => {
    const file = JSON.parse(readFileSync(real, 'utf8')) as LepPathsFile;
    const topology = JSON.parse(readFileSync('public/data/boundaries.topo.json', 'utf8'));
    const fitted = mapFrame(topology.bbox);
    expect(storedFrame(file, { bbox: topology.bbox, arcs: topology.arcs.length, width: fitted.width })).toEqual({
      scale: fitted.projection.scale(),
      translate: fitted.projection.translate(),
      height: fitted.height,
    });
  });
});
