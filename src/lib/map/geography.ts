// Boundaries for the map: the one TopoJSON (LEPs and districts sharing arcs) and the LAD → LEP lookup,
// turned into GeoJSON features and a projection fitted to a box. No drawing here.
import { feature, mesh } from 'topojson-client';
import { geoPath, geoTransverseMercator, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
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
  return {
    leps: (feature(topology, topology.objects.leps) as Areas).features,
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

/**
 * A transverse Mercator centred on 2°W (the meridian of the British National Grid), so England
 * looks the shape people know from Ordnance Survey maps, fitted to the box with a small margin.
 */
export function fitProjection(
  features: readonly AreaFeature[],
  width: number,
  height: number,
  margin = 8,
): GeoProjection {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  return geoTransverseMercator()
    .rotate([2, 0])
    .fitExtent(
      [
        [margin, margin],
        [Math.max(margin + 1, width - margin), Math.max(margin + 1, height - margin)],
      ],
      collection,
    );
}

/** SVG path data for each feature under a projection (computed once per resize, not per repaint). */
export function pathData(features: readonly AreaFeature[], projection: GeoProjection): Map<string, string> {
  const path = geoPath(projection);
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
