// Peers: the areas whose sector mix is most like this one's.
//
// Distance between areas a and b (one year):  d = ½ Σ_s |share_a,s − share_b,s|
// the Krugman dissimilarity index with b in the benchmark's place. Why this one:
//   - it reads in words: d is the fraction of a's jobs (or enterprises) that would have to change
//     sector for a to have b's mix; 0 = identical mix, 1 = no sector in common;
//   - it compares mixes, not sizes, so a small district can be the peer of a large one;
//   - it is the same index the profile's headline facts report against the benchmark.
// Only sectors with a value in both areas are compared, and both sets of shares are taken over
// those common sectors (each sums to 1, so d stays within 0…1 and a suppressed cell does not make
// two areas look different). An area with values in fewer than half of the cube's sectors in common
// with this one is not compared at all: too little is known for a fair distance.
// Sectors that nest (cube.sectorParent: GVA's Total ⊃ manufacturing ⊃ food and drink) are compared
// over the tree's leaves less excluded sectors, never all rows: a parent beside its children would
// count the same output twice and make the distance about the tree's shape, not the areas' mixes.
import type { AreaLevel, Cube } from '../data/types';
import { cutCodes, sectorTree } from '../data/sector-tree';
import { compareNames } from '../format';
import { rowStart } from '../data/cube';

export interface Peer {
  /** Index into cube.areas. */
  index: number;
  code: string;
  name: string;
  /** ½ Σ |share differences| over the common sectors: 0 = identical mix, 1 = nothing in common. */
  distance: number;
  /** How many sectors the distance is based on. */
  sectorsCompared: number;
}

export interface PeerOptions {
  /** Level of the candidate areas; default the area's own level. */
  level?: AreaLevel;
  /** How many peers (default 5). */
  count?: number;
}

/**
 * Indices of the sectors a mix is compared over: every sector of a flat cube; for a nested one the
 * leaves of its tree less its excluded sectors (and what is under them), so no row overlaps another.
 */
export function comparedSectors(cube: Cube): number[] {
  const parent = cube.sectorParent;
  if (!parent || Object.keys(parent).length === 0) return cube.sectors.map((_, i) => i);
  const tree = sectorTree(
    cube.sectors.map((s) => s.code),
    parent,
  );
  return cutCodes(tree, 'leaves', cube.sectorExclude ?? []).flatMap((c) => {
    const i = cube.sectorIndex.get(c);
    return i === undefined ? [] : [i];
  });
}

/** Distance between two areas' sector mixes in year y (see the top of this file); NaN when they cannot be compared. */
export function mixDistance(
  cube: Cube,
  a: number,
  b: number,
  y: number,
  sectors: readonly number[] = comparedSectors(cube),
): { distance: number; sectorsCompared: number } {
  const S = sectors.length;
  const v = cube.values;
  let sumA = 0;
  let sumB = 0;
  let n = 0;
  for (const s of sectors) {
    // One sector's cells for every area follow one another (rowStart): two reads from one row.
    const row = rowStart(cube, s, y);
    const ea = v[row + a];
    const eb = v[row + b];
    if (ea === ea && eb === eb) {
      sumA += ea;
      sumB += eb;
      n++;
    }
  }
  if (!(n > 0 && n * 2 >= S && sumA > 0 && sumB > 0)) return { distance: NaN, sectorsCompared: n };
  let d = 0;
  for (const s of sectors) {
    const row = rowStart(cube, s, y);
    const ea = v[row + a];
    const eb = v[row + b];
    if (ea === ea && eb === eb) d += Math.abs(ea / sumA - eb / sumB);
  }
  return { distance: d / 2, sectorsCompared: n };
}

/**
 * The `count` areas of the same level (or `level`) with the most similar sector mix to area
 * `areaIndex` in year `yearIndex`, nearest first (ties by name); the area itself is never listed.
 */
export function peerAreas(cube: Cube, areaIndex: number, yearIndex: number, options: PeerOptions = {}): Peer[] {
  const self = cube.areas[areaIndex];
  if (!self) return [];
  const level = options.level ?? self.level;
  const count = options.count ?? 5;
  const peers: Peer[] = [];
  const sectors = comparedSectors(cube);
  cube.areas.forEach((area, b) => {
    if (b === areaIndex || area.level !== level) return;
    const { distance, sectorsCompared } = mixDistance(cube, areaIndex, b, yearIndex, sectors);
    if (distance === distance) peers.push({ index: b, code: area.code, name: area.name, distance, sectorsCompared });
  });
  peers.sort((p, q) => p.distance - q.distance || compareNames(p.name, q.name) || p.index - q.index);
  return peers.slice(0, Math.max(0, count));
}
