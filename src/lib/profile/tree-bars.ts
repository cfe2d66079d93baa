// The profile's sector chart for a dataset whose sectors nest (GVA: Total ⊃ production ⊃
// manufacturing ⊃ food and drink): one level of the tree, none of its rows overlapping another,
// with the children of the sectors a reader opens listed under them. An LQ is a ratio against the
// area's tree total, so a child's LQ beside its parent's is fair; nothing here is added up.
import { cutCodes, sectorTree, type SectorTree } from '../data/sector-tree';
import type { AreaLevel, Cube } from '../data/types';
import type { Benchmark } from '../metrics/benchmark';
import { leafBenchmark } from '../next/leaf-cube';
import { profileBars, type ProfileBar } from './lq-bars';

/** The most sectors the first level may have before a finer level would crowd the chart. */
export const MAX_LEVEL_SECTORS = 24;

export interface TreeBar extends ProfileBar {
  /** 0 for a row of the shown level, 1 for a child of an opened one, … */
  depth: number;
  /** How many sectors open under it (0 for one that cannot open). */
  childCount: number;
  /** Whether its children are listed under it. */
  open: boolean;
}

export interface TreeBars {
  rows: TreeBar[];
  /** The codes of the shown level (each row of depth 0). */
  level: string[];
  /** False when the shown level is the leaves and nothing can open (a flat list). */
  nested: boolean;
}

type TreeCube = Pick<Cube, 'sectors' | 'sectorParent' | 'sectorExclude'>;

/**
 * The level the chart starts at: the deepest cut of the tree (cutCodes: each level with any leaf
 * above it standing in for itself, excluded sectors left out) with at most MAX_LEVEL_SECTORS sectors
 * that all have rows; the leaves when no level qualifies (REF's panels have no rows of their own).
 */
export function profileLevel(tree: SectorTree, exclude: readonly string[], max: number = MAX_LEVEL_SECTORS): string[] {
  const rows = new Set(tree.nodes.filter((n) => n.hasRows).map((n) => n.code));
  let best: string[] | null = null;
  for (let level = 0; level < tree.levels; level++) {
    const codes = cutCodes(tree, { level }, exclude);
    if (codes.length > max) break;
    if (codes.every((c) => rows.has(c))) best = codes;
  }
  return best ?? cutCodes(tree, 'leaves', exclude);
}

/**
 * Rows for the chart: the shown level in the bars' order (LQ, highest first, missing last), and
 * under each sector in `open` its children with rows (less excluded ones), in the same order, to any
 * depth. `bars` is profileBars over a cube with every level; a sector without a bar is not listed.
 */
export function treeBars(
  bars: readonly ProfileBar[],
  cube: TreeCube,
  open: readonly string[],
  max: number = MAX_LEVEL_SECTORS,
): TreeBars {
  const parent = cube.sectorParent;
  const exclude = cube.sectorExclude ?? [];
  const flat = (): TreeBars => ({
    rows: bars.map((b) => ({ ...b, depth: 0, childCount: 0, open: false })),
    level: bars.map((b) => b.sector.code),
    nested: false,
  });
  if (!parent || Object.keys(parent).length === 0) return flat();
  const tree = sectorTree(
    cube.sectors.map((s) => s.code),
    parent,
  );
  const byCode = new Map(bars.map((b) => [b.sector.code, b]));
  const rank = new Map(bars.map((b, i) => [b.sector.code, i]));
  const excluded = new Set(exclude);
  const inBarOrder = (codes: string[]) =>
    codes.filter((c) => byCode.has(c)).sort((p, q) => rank.get(p)! - rank.get(q)!);
  const childrenOf = (code: string): string[] => {
    const i = tree.index.get(code);
    if (i === undefined) return [];
    return inBarOrder(tree.nodes[i].children.map((c) => tree.nodes[c].code).filter((c) => !excluded.has(c)));
  };
  const level = profileLevel(tree, exclude, max);
  const opened = new Set(open);
  const rows: TreeBar[] = [];
  let nested = false;
  const add = (code: string, depth: number) => {
    const kids = childrenOf(code);
    if (kids.length > 0) nested = true;
    const isOpen = kids.length > 0 && opened.has(code);
    rows.push({ ...byCode.get(code)!, depth, childCount: kids.length, open: isOpen });
    if (isOpen) for (const k of kids) add(k, depth + 1);
  };
  for (const code of inBarOrder(level)) add(code, 0);
  // The leaves with nothing to open (REF's units under panels without rows): a plain list.
  return { rows, level, nested };
}

/** `open` with `code` opened or closed (closing also closes what was open under it). */
export function toggleOpen(cube: TreeCube, open: readonly string[], code: string): string[] {
  if (!open.includes(code)) return [...open, code];
  const tree = sectorTree(
    cube.sectors.map((s) => s.code),
    cube.sectorParent,
  );
  const inside = (c: string) => {
    for (let i = tree.index.get(c) ?? -1; i >= 0; i = tree.nodes[i].parent)
      if (tree.nodes[i].code === code) return true;
    return false;
  };
  return open.filter((c) => !inside(c));
}

/**
 * The sector the profile's series and chosen mark follow. In a nested chart the chosen sector may be
 * a parent the leaves lack (Manufacturing): it is then read from the cube with every level (`inFull`).
 * Otherwise it is the leaves' sector (the first for the series when none is chosen; no code then).
 */
export function profileSector(
  nested: boolean,
  full: { sectorIndex: ReadonlyMap<string, number>; sectors: readonly { code: string }[] },
  leaves: { sectors: readonly { code: string }[] },
  chosen: string | null,
  leafIndex: number,
): { inFull: boolean; index: number; code: string } {
  const i = nested ? (full.sectorIndex.get(chosen ?? '') ?? -1) : -1;
  if (i >= 0) return { inFull: true, index: i, code: full.sectors[i].code };
  return { inFull: false, index: Math.max(0, leafIndex), code: leaves.sectors[leafIndex]?.code ?? '' };
}

/**
 * The profile's LQ chart. For a nested dataset (`full`, every level, beside its `leaves`): one level
 * of the tree with the children of the `open` sectors under them, against the benchmark taken onto the
 * full cube; for any other (or an indicator, which has no LQ), the leaves' bars against `bench`.
 */
export function profileLqBars(
  leaves: Cube,
  full: Cube,
  bench: Benchmark,
  sumLevel: AreaLevel,
  at: { area: number; year: number; open: readonly string[]; indicator: boolean },
): { fullBench: Benchmark; nested: boolean; bars: ProfileBar[] | TreeBar[] } {
  const fullBench = full === leaves ? bench : leafBenchmark(leaves, full, bench, sumLevel);
  const tree =
    !at.indicator && full !== leaves ? treeBars(profileBars(full, at.area, at.year, fullBench), full, at.open) : null;
  if (tree?.nested) return { fullBench, nested: true, bars: tree.rows };
  return { fullBench, nested: false, bars: profileBars(leaves, at.area, at.year, bench) };
}
