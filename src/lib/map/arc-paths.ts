// SVG path data straight from a TopoJSON topology's arcs. Each arc is decoded and projected once,
// then shared by every area (and the outline) that uses it, instead of decoding each area into
// GeoJSON and streaming every vertex through d3-geo again. The strings are exactly those
// d3.geoPath(projection).digits(d) gives for the same areas' GeoJSON, for a projection that neither
// clips nor resamples (the map frame's); a test checks every LEP, district and the outline.
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';

/** The arcs of a polygon ring, line, or nested lists of them, as TopoJSON stores them. */
export type ArcIndexes = number[];

export interface ArcGeometry {
  type: string;
  arcs?: ArcIndexes | ArcIndexes[] | ArcIndexes[][];
}

export class ArcPaths {
  private readonly projected: (Float64Array | undefined)[];
  private readonly k: number;

  constructor(
    private readonly topology: Topology,
    private readonly projection: GeoProjection,
    digits = 1,
  ) {
    this.projected = new Array(topology.arcs.length);
    this.k = 10 ** digits;
  }

  /** An arc's points, decoded exactly as topojson-client does and projected: [x0, y0, x1, y1, …]. */
  private arc(i: number): Float64Array {
    let out = this.projected[i];
    if (out) return out;
    const arc = this.topology.arcs[i];
    const t = this.topology.transform;
    out = new Float64Array(arc.length * 2);
    let x0 = 0;
    let y0 = 0;
    for (let k = 0; k < arc.length; k++) {
      const p = arc[k];
      const lon = t ? (x0 += p[0]) * t.scale[0] + t.translate[0] : p[0];
      const lat = t ? (y0 += p[1]) * t.scale[1] + t.translate[1] : p[1];
      const xy = this.projection([lon, lat])!;
      out[2 * k] = xy[0];
      out[2 * k + 1] = xy[1];
    }
    this.projected[i] = out;
    return out;
  }

  /** The points of a run of arcs joined end to end, as topojson-client joins them. */
  private points(arcs: ArcIndexes): number[] {
    const pts: number[] = [];
    for (const index of arcs) {
      // Consecutive arcs share their joining point: drop the previous arc's last one.
      if (pts.length) pts.length -= 2;
      const a = this.arc(index < 0 ? ~index : index);
      const start = pts.length;
      for (let k = 0; k < a.length; k++) pts.push(a[k]);
      if (index < 0) {
        // Reverse the points just added (pairs, not numbers).
        for (let lo = start, hi = pts.length - 2; lo < hi; lo += 2, hi -= 2) {
          const x = pts[lo];
          const y = pts[lo + 1];
          pts[lo] = pts[hi];
          pts[lo + 1] = pts[hi + 1];
          pts[hi] = x;
          pts[hi + 1] = y;
        }
      }
    }
    return pts;
  }

  private line(pts: number[], count: number, closed: boolean): string {
    const k = this.k;
    let s = '';
    for (let i = 0; i < count; i++) {
      s += `${i === 0 ? 'M' : 'L'}${Math.round(pts[2 * i] * k) / k},${Math.round(pts[2 * i + 1] * k) / k}`;
    }
    return closed ? `${s}Z` : s;
  }

  private ring(arcs: ArcIndexes): string {
    const pts = this.points(arcs);
    // topojson-client closes a degenerate ring; d3 then draws every point but the closing one.
    if (pts.length < 8) pts.push(pts[0], pts[1]);
    return this.line(pts, pts.length / 2 - 1, true);
  }

  /** Path data for a Polygon, MultiPolygon, LineString or MultiLineString of arcs ('' otherwise). */
  path(g: ArcGeometry): string {
    switch (g.type) {
      case 'Polygon':
        return (g.arcs as ArcIndexes[]).map((r) => this.ring(r)).join('');
      case 'MultiPolygon':
        return (g.arcs as ArcIndexes[][]).map((p) => p.map((r) => this.ring(r)).join('')).join('');
      case 'LineString':
        return this.open(g.arcs as ArcIndexes);
      case 'MultiLineString':
        return (g.arcs as ArcIndexes[]).map((l) => this.open(l)).join('');
      default:
        return '';
    }
  }

  private open(arcs: ArcIndexes): string {
    const pts = this.points(arcs);
    if (pts.length < 4) pts.push(pts[0], pts[1]);
    return this.line(pts, pts.length / 2, false);
  }
}
