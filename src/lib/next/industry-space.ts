// The industry space: sectors as points, close when they are related, joined by their strongest
// links. The layout is classical multidimensional scaling of (1 − relatedness), then a fixed number
// of gentle pushes apart so no two points sit on each other: no randomness at all, so the same data
// always gives the same picture, visit after visit.
import { symmetricEigen } from '../metrics/symmetric-eigen';

export interface SpaceNode {
  index: number;
  /** Position in the unit square, 0–1 both ways. */
  x: number;
  y: number;
}

export interface SpaceLink {
  source: number;
  target: number;
  strength: number;
}

/** relatedness: S × S, row-major; NaN = unknown (treated as unrelated). */
export function industrySpaceLayout(relatedness: ArrayLike<number>, S: number, minGap = 0.11): SpaceNode[] {
  if (S === 0) return [];
  if (S === 1) return [{ index: 0, x: 0.5, y: 0.5 }];
  // Relatedness is read relative to the strongest pair, so a measure whose values are all small
  // (co-location rarely passes 0.3) still spreads the sectors out rather than piling them on a ring.
  let top = 0;
  for (let i = 0; i < S; i++)
    for (let j = i + 1; j < S; j++) if (relatedness[i * S + j] > top) top = relatedness[i * S + j];
  const d2 = new Float64Array(S * S);
  for (let i = 0; i < S; i++) {
    for (let j = 0; j < S; j++) {
      const r = i === j ? 1 : relatedness[i * S + j] / (top || 1);
      const d = 1 - (Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0);
      d2[i * S + j] = d * d;
    }
  }
  // B = −½ J D² J (double centring).
  const rowMean = new Float64Array(S);
  let all = 0;
  for (let i = 0; i < S; i++) {
    for (let j = 0; j < S; j++) rowMean[i] += d2[i * S + j] / S;
    all += rowMean[i] / S;
  }
  const b = new Float64Array(S * S);
  for (let i = 0; i < S; i++)
    for (let j = 0; j < S; j++) b[i * S + j] = -0.5 * (d2[i * S + j] - rowMean[i] - rowMean[j] + all);
  const { values, vectors } = symmetricEigen(b, S);
  const coord = (k: number, i: number) => vectors[k * S + i] * Math.sqrt(Math.max(0, values[k]));
  const pts = Array.from({ length: S }, (_, i) => ({ index: i, x: coord(0, i), y: coord(1, i) }));
  // An eigenvector's sign is arbitrary: fix it so the picture does not mirror between builds.
  for (const axis of ['x', 'y'] as const) {
    const first = pts.find((p) => Math.abs(p[axis]) > 1e-9);
    if (first && first[axis] < 0) for (const p of pts) p[axis] = -p[axis];
  }
  normalise(pts);
  // Push apart points closer than minGap, in index order (deterministic). Pushing can widen the
  // picture, and fitting it back into the square shrinks every gap, so repeat until both hold.
  const gapOf = () => {
    let g = Infinity;
    for (let i = 0; i < S; i++)
      for (let j = i + 1; j < S; j++) g = Math.min(g, Math.hypot(pts[j].x - pts[i].x, pts[j].y - pts[i].y));
    return g;
  };
  const target = minGap * 1.05;
  for (let pass = 0; pass < 20 && gapOf() < minGap; pass++) {
    for (let round = 0; round < 60; round++) {
      let moved = false;
      for (let i = 0; i < S; i++) {
        for (let j = i + 1; j < S; j++) {
          const dx = pts[j].x - pts[i].x;
          const dy = pts[j].y - pts[i].y;
          const dist = Math.hypot(dx, dy);
          if (dist >= target) continue;
          moved = true;
          // Coincident points part along a fixed direction that depends on their indices.
          const ux = dist > 1e-9 ? dx / dist : Math.cos(i + j);
          const uy = dist > 1e-9 ? dy / dist : Math.sin(i + j);
          const push = (target - dist) / 2;
          pts[i].x -= ux * push;
          pts[i].y -= uy * push;
          pts[j].x += ux * push;
          pts[j].y += uy * push;
        }
      }
      if (!moved) break;
    }
    normalise(pts);
  }
  return pts;
}

function normalise(pts: { x: number; y: number }[]) {
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // One scale for both axes keeps distances true; centre the shorter one.
  const span = Math.max(x1 - x0, y1 - y0) || 1;
  const ox = (1 - (x1 - x0) / span) / 2;
  const oy = (1 - (y1 - y0) / span) / 2;
  for (const p of pts) {
    p.x = ox + (p.x - x0) / span;
    p.y = oy + (p.y - y0) / span;
  }
}

/**
 * The links to draw: the maximum spanning tree (every sector joined to the space by its strongest
 * ties, as Hidalgo et al. draw the product space) plus the strongest other links, up to `extra`.
 * Links of strength 0 or unknown are never drawn.
 */
export function industrySpaceLinks(relatedness: ArrayLike<number>, S: number, extra = S): SpaceLink[] {
  const all: SpaceLink[] = [];
  for (let i = 0; i < S; i++) {
    for (let j = i + 1; j < S; j++) {
      const r = relatedness[i * S + j];
      if (Number.isFinite(r) && r > 0) all.push({ source: i, target: j, strength: r });
    }
  }
  all.sort((p, q) => q.strength - p.strength || p.source - q.source || p.target - q.target);
  const parent = Array.from({ length: S }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const tree: SpaceLink[] = [];
  const rest: SpaceLink[] = [];
  for (const l of all) {
    const a = find(l.source);
    const b = find(l.target);
    if (a !== b) {
      parent[a] = b;
      tree.push(l);
    } else rest.push(l);
  }
  return [...tree, ...rest.slice(0, extra)];
}
