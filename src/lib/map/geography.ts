// Boundaries for the map: the one TopoJSON (LEPs and districts sharing arcs) and the LAD → LEP lookup,
// turned into GeoJSON features and a projection fitted to a box. No drawing here.
import { feature, mesh } from 'topojson-client';
import { geoBounds, geoPath, geoTransverseMercator, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

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
}

export interface Boundaries {
  leps: AreaFeature[];
  /** Districts, decoded on first use: the default LEP view does not need all 309. */
  readonly lads: AreaFeature[];
  /** England's outer edge (coast and Welsh and Scottish borders), drawn once over the fills. */
  outline: MultiLineString;
  lookup: Lookup;
  /** The districts that belong to two LEPs, as features, for the overlap stripes. */
  sharedLads: AreaFeature[];
  /** [west, south, east, north] in degrees, covering every area. */
  bbox: [number, number, number, number];
}

type Objects = { leps: GeometryCollection<AreaProps>; lads: GeometryCollection<AreaProps> };
type Areas = FeatureCollection<Polygon | MultiPolygon, AreaProps>;

export function boundariesFromTopology(topology: Topology<Objects>, lookup: Lookup): Boundaries {
  if (!topology?.objects?.leps || !topology.objects.lads) {
    throw new Error('the boundary file has no "leps" and "lads" layers');
  }
  const shared = new Set(lookup.shared);
  const ladObject = topology.objects.lads;
  const sharedObject: GeometryCollection<AreaProps> = {
    type: 'GeometryCollection',
    geometries: ladObject.geometries.filter((g) => shared.has(String((g.properties as AreaProps | undefined)?.code ?? g.id))),
  };
  let lads: AreaFeature[] | null = null;
  const leps = (feature(topology, topology.objects.leps) as Areas).features;
  // TopoJSON files normally carry their bounding box; work it out only when one does not.
  const bbox = (
    topology.bbox?.length === 4 ? topology.bbox : geoBounds({ type: 'FeatureCollection', features: leps }).flat()
  ) as Boundaries['bbox'];
  return {
    leps,
    bbox,
    get lads() {
      lads ??= (feature(topology, ladObject) as Areas).features;
      return lads;
    },
    // Arcs used by one LEP only: the outer edge. (Overlapping LEPs share their arcs, so they drop out.)
    outline: mesh(topology, topology.objects.leps, (a, b) => a === b),
    lookup,
    sharedLads: (feature(topology, sharedObject) as Areas).features,
  };
}

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
  const projection = geoTransverseMercator()
    .rotate([2, 0])
    .preclip((stream) => stream)
    // No adaptive resampling: the boundaries' segments are short enough that it never adds a point
    // (a test checks the paths are identical), and it costs trigonometry on every vertex.
    .precision(0)
    .fitWidth(MAP_WIDTH - 2 * margin, box);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(box);
  projection.translate([projection.translate()[0] - x0 + margin, projection.translate()[1] - y0 + margin]);
  // d3's Mercator family clips every ring to a square around the whole world, buffering each
  // polygon and testing its winding; England is far inside it. Set last: translate() restores it.
  projection.postclip((stream) => stream);
  return { width: MAP_WIDTH, height: Math.ceil(y1 - y0 + 2 * margin), projection };
}

const pathCache = new WeakMap<readonly AreaFeature[], { frame: MapFrame; paths: Map<string, string> }>();
const frameCache = new WeakMap<readonly number[], MapFrame>();

/** The frame for a bounding box, made once per box (so a remounted map reuses its paths). */
export function cachedMapFrame(bbox: [number, number, number, number]): MapFrame {
  let frame = frameCache.get(bbox);
  if (!frame) frameCache.set(bbox, (frame = mapFrame(bbox)));
  return frame;
}

/** Path data for a layer in a frame, computed once per layer and frame. */
export function framePaths(features: readonly AreaFeature[], frame: MapFrame): Map<string, string> {
  const cached = pathCache.get(features);
  if (cached && cached.frame === frame) return cached.paths;
  const paths = pathData(features, frame.projection);
  pathCache.set(features, { frame, paths });
  return paths;
}

/**
 * Works out a layer's paths in small slices while the browser is idle (about 8 ms at a time), so a
 * later switch to that layer draws at once without one long task. Returns a function that stops it.
 */
export function warmFramePaths(
  features: () => readonly AreaFeature[],
  frame: MapFrame,
  schedule: (step: () => void) => void = (step) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => step()) : setTimeout(step, 0),
): () => void {
  let stopped = false;
  let list: readonly AreaFeature[] | null = null;
  let i = 0;
  const out = new Map<string, string>();
  const path = geoPath(frame.projection).digits(1);
  const step = () => {
    if (stopped) return;
    if (list === null) {
      list = features(); // decoding the layer is one slice of its own
      if (pathCache.get(list)?.frame === frame) return;
      schedule(step);
      return;
    }
    const end = performance.now() + 8;
    while (i < list.length && performance.now() < end) {
      const f = list[i++];
      out.set(f.properties.code, path(f) ?? '');
    }
    if (i < list.length) schedule(step);
    else if (pathCache.get(list)?.frame !== frame) pathCache.set(list, { frame, paths: out });
  };
  schedule(step);
  return () => {
    stopped = true;
  };
}

/** SVG path data for each feature under a projection (computed once per resize, not per repaint). */
export function pathData(features: readonly AreaFeature[], projection: GeoProjection): Map<string, string> {
  // One decimal place is a tenth of a pixel at the frame's size: shorter strings, same picture.
  const path = geoPath(projection).digits(1);
  const out = new Map<string, string>();
  for (const f of features) out.set(f.properties.code, path(f) ?? '');
  return out;
}

export function pathOf(object: GeoPermissibleObjects, projection: GeoProjection): string {
  return geoPath(projection)(object) ?? '';
}

/** Bounding box of one feature in screen coordinates, for zooming to a selected area. */
export function screenBounds(f: AreaFeature, projection: GeoProjection): [[number, number], [number, number]] {
  return geoPath(projection).bounds(f);
}
