// Boundaries for the map: the one TopoJSON (LEPs and districts sharing arcs) and the LAD → LEP lookup,
// with a projection fitted to a box and each layer's SVG path data. No drawing here.
import { feature, meshArcs } from 'topojson-client';
import { geoBounds, geoPath, geoTransverseMercator, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { ArcPaths, type ArcGeometry } from './arc-paths';
import { fittingPaths, storedFrame, type LepPathsFile } from './lep-paths';

export type Geography = 'lep' | 'lad';
export const GEOGRAPHIES: readonly Geography[] = ['lep', 'lad'];

export interface AreaProps {
  code: string;
  name: string;
}
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProps>;

export interface Lookup {
  ladToLep: Record<string, string[]>;
  lepToLads: Record<string, string[]>;
  shared: string[];
  /** Names of the LEPs (and England) by code. */
  names?: Record<string, string>;
}

/** The map's layers: LEPs, districts, and the districts that belong to two LEPs (the overlap stripes). */
export type Layer = 'leps' | 'lads' | 'shared';

export interface Boundaries {
  /** Each layer's areas (code and name) in file order, read without decoding any geometry. */
  areas: Record<Layer, AreaProps[]>;
  /** LEPs as GeoJSON features, decoded on first use (to zoom to an area's bounds). */
  readonly leps: AreaFeature[];
  /** Districts as GeoJSON features, decoded on first use. */
  readonly lads: AreaFeature[];
  lookup: Lookup;
  /** [west, south, east, north] in degrees, covering every area. */
  bbox: [number, number, number, number];
  /** A layer's SVG path data in a frame, by area code: worked out once per layer and frame. */
  paths(layer: Layer, frame: MapFrame): Map<string, string>;
  /** England's outer edge (coast and Welsh and Scottish borders), drawn once over the fills. */
  outline(frame: MapFrame): string;
  /**
   * Works out a layer's paths in small slices while the browser is idle (about 8 ms at a time), so
   * a later switch to that layer draws at once without one long task. Returns a function that stops it.
   */
  warm(layer: Layer, frame: MapFrame, schedule?: (step: () => void) => void): () => void;
}

type Objects = {
  leps: GeometryCollection<AreaProps>;
  lads: GeometryCollection<AreaProps>;
  lads23?: GeometryCollection<AreaProps>;
};

/** The lookup file's April-2023 part: each new district → the 2021 districts it replaced. */
export interface Lad23Changes {
  replaces: Record<string, string[]>;
  names: Record<string, string>;
}

/**
 * The LAD → LEP lookup for the April 2023 districts: the 2021 one with each merged group replaced
 * by its new district, which belongs to the LEPs of its parts (the build checks they agree).
 */
export function lookupFor2023(lookup: Lookup, changes: Lad23Changes): Lookup {
  const gone = new Set(Object.values(changes.replaces).flat());
  const ladToLep: Record<string, string[]> = {};
  for (const [lad, leps] of Object.entries(lookup.ladToLep)) if (!gone.has(lad)) ladToLep[lad] = leps;
  for (const [lad, parts] of Object.entries(changes.replaces)) ladToLep[lad] = [...(lookup.ladToLep[parts[0]] ?? [])];
  const lepToLads: Record<string, string[]> = {};
  for (const lep of Object.keys(lookup.lepToLads)) lepToLads[lep] = [];
  for (const [lad, leps] of Object.entries(ladToLep)) for (const lep of leps) (lepToLads[lep] ??= []).push(lad);
  for (const lads of Object.values(lepToLads)) lads.sort();
  // The LEPs are the same, so their names carry over (without them a LEP reads as its code).
  return {
    ladToLep,
    lepToLads,
    shared: lookup.shared.filter((c) => !gone.has(c)),
    ...(lookup.names ? { names: lookup.names } : {}),
  };
}

/** Which district boundaries to draw: December 2021 (309) or April 2023 (296). */
export type DistrictSet = 'lad21' | 'lad23';
type Areas = FeatureCollection<Polygon | MultiPolygon, AreaProps>;
type AreaGeometry = GeometryObject<AreaProps>;

const propsOf = (g: AreaGeometry): AreaProps => {
  const p = g.properties as Partial<AreaProps> | undefined;
  const code = String(p?.code ?? g.id ?? '');
  return { code, name: String(p?.name ?? code) };
};

/** What is wrong with an area's geometry (not a polygon, or an arc the file does not have), or null. */
function geometryProblem(g: AreaGeometry, arcCount: number): string | null {
  if (g.type === null) return null; // an area with no shape: drawn as nothing, listed as not drawn
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return `is a ${String(g.type)}, not a polygon`;
  let problem: string | null = null;
  const walk = (x: unknown): void => {
    if (problem !== null) return;
    if (typeof x === 'number') {
      if (!Number.isInteger(x) || (x < 0 ? ~x : x) >= arcCount)
        problem = `refers to arc ${x}, which the file does not have`;
    } else if (Array.isArray(x)) x.forEach(walk);
    else problem = 'has damaged arcs';
  };
  walk((g as { arcs?: unknown }).arcs);
  return problem;
}

const idle = (step: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(() => step()) : setTimeout(step, 0);

export function boundariesFromTopology(
  topology: Topology<Objects>,
  lookup21: Lookup & { lad23?: Lad23Changes },
  districts: DistrictSet = 'lad21',
  /** The data build's LEP paths (lep-paths.ts), used in the frame they were made for. */
  lepPaths: LepPathsFile | null = null,
): Boundaries {
  if (!topology?.objects?.leps || !topology.objects.lads) {
    throw new Error('the boundary file has no "leps" and "lads" layers');
  }
  let ladGeometries = topology.objects.lads.geometries as AreaGeometry[];
  let lookup: Lookup = lookup21;
  if (districts === 'lad23') {
    // The 2021 districts with each merged group swapped for its 2023 unitary (built from the same arcs).
    const changes = lookup21.lad23;
    const added = topology.objects.lads23?.geometries as AreaGeometry[] | undefined;
    if (!changes || !added) throw new Error('the boundary files have no April 2023 districts ("lads23")');
    const gone = new Set(Object.values(changes.replaces).flat());
    ladGeometries = [...ladGeometries.filter((g) => !gone.has(propsOf(g).code)), ...added].sort((a, b) =>
      propsOf(a).code < propsOf(b).code ? -1 : 1,
    );
    lookup = lookupFor2023(lookup21, changes);
  }
  const shared = new Set(lookup.shared);
  const geometries: Record<Layer, AreaGeometry[]> = {
    leps: topology.objects.leps.geometries as AreaGeometry[],
    lads: ladGeometries,
    shared: ladGeometries.filter((g) => shared.has(propsOf(g).code)),
  };
  // Paths are made from the arcs later, while drawing: check now that every area's arcs exist, so a
  // damaged file is reported with the others rather than breaking the map.
  for (const layer of ['leps', 'lads'] as const) {
    for (const g of geometries[layer]) {
      const problem = geometryProblem(g, topology.arcs.length);
      if (problem !== null) throw new Error(`area ${propsOf(g).code} in the "${layer}" layer ${problem}`);
    }
  }
  const areas = {
    leps: geometries.leps.map(propsOf),
    lads: geometries.lads.map(propsOf),
    shared: geometries.shared.map(propsOf),
  };
  let leps: AreaFeature[] | null = null;
  let lads: AreaFeature[] | null = null;
  const decode = (o: GeometryCollection<AreaProps>) => (feature(topology, o) as Areas).features;
  const ladObject = { type: 'GeometryCollection', geometries: ladGeometries } as GeometryCollection<AreaProps>;
  // TopoJSON files normally carry their bounding box; work it out only when one does not.
  const bbox = (
    topology.bbox?.length === 4
      ? topology.bbox
      : geoBounds({ type: 'FeatureCollection', features: (leps ??= decode(topology.objects.leps)) }).flat()
  ) as Boundaries['bbox'];

  // The data build's record of the frame for this box, so the first map does not fit it again.
  const stored = frameCache.has(bbox)
    ? null
    : storedFrame(lepPaths, { bbox, arcs: topology.arcs.length, width: MAP_WIDTH });
  if (stored) frameCache.set(bbox, frameOf(stored.scale, stored.translate, stored.height));

  // Per frame: the projected arcs (shared by every layer and the outline) and each finished layer.
  const perFrame = new WeakMap<
    MapFrame,
    { arcs: ArcPaths; layers: Map<Layer, Map<string, string>>; outline?: string }
  >();
  const forFrame = (frame: MapFrame) => {
    let f = perFrame.get(frame);
    if (!f) {
      perFrame.set(frame, (f = { arcs: new ArcPaths(topology, frame.projection, PATH_DIGITS), layers: new Map() }));
      const codes = (l: Layer) => areas[l].map((a) => a.code);
      const pre = fittingPaths(lepPaths, {
        ...frame,
        bbox,
        arcs: topology.arcs.length,
        leps: codes('leps'),
        shared: codes('shared'),
      });
      if (pre?.leps) f.layers.set('leps', pre.leps);
      if (pre?.shared) f.layers.set('shared', pre.shared);
      if (pre) f.outline = pre.outline;
    }
    return f;
  };
  const pathOfGeometry = (arcs: ArcPaths, g: AreaGeometry) => arcs.path(g as unknown as ArcGeometry);

  return {
    areas,
    get leps() {
      return (leps ??= decode(topology.objects.leps));
    },
    get lads() {
      return (lads ??= decode(ladObject));
    },
    lookup,
    bbox,
    paths(layer, frame) {
      const f = forFrame(frame);
      let out = f.layers.get(layer);
      if (!out) {
        out = new Map();
        for (const g of geometries[layer]) out.set(propsOf(g).code, pathOfGeometry(f.arcs, g));
        f.layers.set(layer, out);
      }
      return out;
    },
    outline(frame) {
      const f = forFrame(frame);
      // Arcs used by one LEP only: the outer edge. (Overlapping LEPs share their arcs, so they drop out.)
      f.outline ??= f.arcs.path(meshArcs(topology, topology.objects.leps, (a, b) => a === b) as ArcGeometry);
      return f.outline;
    },
    warm(layer, frame, schedule = idle) {
      let stopped = false;
      let i = 0;
      const out = new Map<string, string>();
      const list = geometries[layer];
      const step = () => {
        const f = forFrame(frame);
        if (stopped || f.layers.has(layer)) return;
        const end = performance.now() + 8;
        while (i < list.length && performance.now() < end) {
          const g = list[i++];
          out.set(propsOf(g).code, pathOfGeometry(f.arcs, g));
        }
        if (i < list.length) schedule(step);
        else f.layers.set(layer, out);
      };
      schedule(step);
      return () => {
        stopped = true;
      };
    },
  };
}

/** Decimal places in path data: a tenth of a unit is a tenth of a pixel at the frame's size. */
const PATH_DIGITS = 1;

/** Width of the map's drawing in SVG units; the SVG's viewBox scales it to any screen. */
export const MAP_WIDTH = 1000;

export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
}

/**
 * One fixed drawing frame for the whole visit: paths are projected once into a MAP_WIDTH-wide
 * frame and the SVG viewBox scales them to the screen, so a resize or a redraw never re-projects.
 * It is fitted to the boundaries' bounding box (an edge-densified lon/lat rectangle), which
 * contains every area and costs a few points to project instead of every vertex.
 */
export function mapFrame(bbox: [number, number, number, number], margin = 10): MapFrame {
  const [w, s, e, n] = bbox;
  const ring: [number, number][] = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) ring.push([w + ((e - w) * i) / steps, s]);
  for (let i = 0; i <= steps; i++) ring.push([e, s + ((n - s) * i) / steps]);
  for (let i = 0; i <= steps; i++) ring.push([e - ((e - w) * i) / steps, n]);
  for (let i = 0; i <= steps; i++) ring.push([w, n - ((n - s) * i) / steps]);
  const box: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: ring };
  const projection = frameProjection().fitWidth(MAP_WIDTH - 2 * margin, box);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(box);
  const translate: [number, number] = [
    projection.translate()[0] - x0 + margin,
    projection.translate()[1] - y0 + margin,
  ];
  return frameOf(projection.scale(), translate, Math.ceil(y1 - y0 + 2 * margin));
}

/** The frame's projection before it is fitted: England's transverse Mercator, without resampling or clipping. */
function frameProjection(): GeoProjection {
  return (
    geoTransverseMercator()
      .rotate([2, 0])
      .preclip((stream) => stream)
      // No adaptive resampling: the boundaries' segments are short enough that it never adds a point
      // (a test checks the paths are identical), and it costs trigonometry on every vertex.
      .precision(0)
  );
}

/** A frame from its projection's scale and translate (mapFrame's, or the data build's record of them). */
export function frameOf(scale: number, translate: [number, number], height: number): MapFrame {
  const projection = frameProjection().scale(scale).translate(translate);
  // d3's Mercator family clips every ring to a square around the whole world, buffering each
  // polygon and testing its winding; England is far inside it. Set last: translate() restores it.
  projection.postclip((stream) => stream);
  return { width: MAP_WIDTH, height, projection };
}

const frameCache = new WeakMap<readonly number[], MapFrame>();

/** The frame for a bounding box, made once per box (so a remounted map reuses its paths); see also boundariesFromTopology. */
export function cachedMapFrame(bbox: [number, number, number, number]): MapFrame {
  let frame = frameCache.get(bbox);
  if (!frame) frameCache.set(bbox, (frame = mapFrame(bbox)));
  return frame;
}

/** SVG path data for each feature by d3-geo alone: what Boundaries.paths must match (tests). */
export function pathData(features: readonly AreaFeature[], projection: GeoProjection): Map<string, string> {
  const path = geoPath(projection).digits(PATH_DIGITS);
  const out = new Map<string, string>();
  for (const f of features) out.set(f.properties.code, path(f) ?? '');
  return out;
}

export function pathOf(object: GeoPermissibleObjects, projection: GeoProjection, digits = PATH_DIGITS): string {
  return geoPath(projection).digits(digits)(object) ?? '';
}

/** Bounding box of one feature in screen coordinates, for zooming to a selected area. */
export function screenBounds(f: AreaFeature, projection: GeoProjection): [[number, number], [number, number]] {
  return geoPath(projection).bounds(f);
}
