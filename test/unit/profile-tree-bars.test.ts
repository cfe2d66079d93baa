// The profile's sector chart for a nested dataset, on a hand-made tree:
//
//   T ⊃ A, B, L        A ⊃ A1, A2      A2 ⊃ A2a, A2b      L ⊃ L1, LX (LX left out, like imputed rent)
//
// Cuts with LX left out (L holds it, so L1 stands in for L):
//   level 0 and 1: A, B, L1     level 2: A1, A2, B, L1     level 3 (leaves): A1, A2a, A2b, B, L1
// At most 3 sectors a level: A, B, L1. At most 24: the leaves.
// The bars arrive sorted by LQ: A2, A2b, L, L1, B, A, T, A2a, A1, LX.
import { describe, expect, it } from 'vitest';
import { sectorTree } from '../../src/lib/data/sector-tree';
import type { ProfileBar } from '../../src/lib/profile/lq-bars';
import { profileLevel, profileLqBars, profileSector, toggleOpen, treeBars } from '../../src/lib/profile/tree-bars';
import { buildCube } from '../../src/lib/data/cube';
import { areaBenchmark } from '../../src/lib/metrics/benchmark';

const parent = { A: 'T', B: 'T', L: 'T', A1: 'A', A2: 'A', A2a: 'A2', A2b: 'A2', L1: 'L', LX: 'L' };
const order = ['A2', 'A2b', 'L', 'L1', 'B', 'A', 'T', 'A2a', 'A1', 'LX'];
const codes = ['T', 'A', 'A1', 'A2', 'A2a', 'A2b', 'B', 'L', 'L1', 'LX'];
const cube = {
  sectors: codes.map((code) => ({ code, name: `Sector ${code}` })),
  sectorParent: parent,
  sectorExclude: ['LX'],
};
const bars = order.map(
  (code, i) =>
    ({ sector: { code, name: `Sector ${code}` }, index: codes.indexOf(code), lq: 3 - i * 0.2 }) as ProfileBar,
);
const shape = (rows: { sector: { code: string }; depth: number; open: boolean; childCount: number }[]) =>
  rows.map((r) => `${r.sector.code}/${r.depth}${r.open ? ' open' : ''}${r.childCount ? ` (${r.childCount})` : ''}`);

describe('profileLevel', () => {
  const tree = sectorTree(codes, parent);
  it('takes the deepest cut with at most `max` sectors, the excluded one and its parent replaced', () => {
    expect(profileLevel(tree, ['LX'], 3)).toEqual(['A', 'B', 'L1']);
    expect(profileLevel(tree, ['LX'], 4)).toEqual(['A1', 'A2', 'B', 'L1']);
    expect(profileLevel(tree, ['LX'])).toEqual(['A1', 'A2a', 'A2b', 'B', 'L1']);
  });
  it('skips a level whose sectors have no rows of their own (REF panels), down to the leaves', () => {
    const ref = sectorTree(['U1', 'U2', 'U3'], { U1: 'P1', U2: 'P1', U3: 'P2' });
    expect(profileLevel(ref, [], 2)).toEqual(['U1', 'U2', 'U3']);
  });
});

describe('treeBars', () => {
  it('shows one level, none overlapping, in LQ order, with what can open', () => {
    const t = treeBars(bars, cube, [], 3);
    expect(t.nested).toBe(true);
    expect(t.level).toEqual(['A', 'B', 'L1']);
    expect(shape(t.rows)).toEqual(['L1/0', 'B/0', 'A/0 (2)']);
  });
  it('lists the children of an opened sector under it, in LQ order, to any depth', () => {
    expect(shape(treeBars(bars, cube, ['A'], 3).rows)).toEqual(['L1/0', 'B/0', 'A/0 open (2)', 'A2/1 (2)', 'A1/1']);
    expect(shape(treeBars(bars, cube, ['A', 'A2'], 3).rows)).toEqual([
      'L1/0',
      'B/0',
      'A/0 open (2)',
      'A2/1 open (2)',
      'A2b/2',
      'A2a/2',
      'A1/1',
    ]);
  });
  it('ignores an open sector that is not shown (L, replaced by L1) and a leaf', () => {
    expect(shape(treeBars(bars, cube, ['L', 'B', 'A2'], 3).rows)).toEqual(['L1/0', 'B/0', 'A/0 (2)']);
  });
  it('is the plain list for a flat dataset or when the level is the leaves', () => {
    const flat = treeBars(bars.slice(0, 3), { sectors: cube.sectors }, ['A']);
    expect(flat.nested).toBe(false);
    expect(shape(flat.rows)).toEqual(['A2/0', 'A2b/0', 'L/0']);
    const leaves = treeBars(bars, cube, []);
    expect(leaves.nested).toBe(false);
    expect(shape(leaves.rows)).toEqual(['A2b/0', 'L1/0', 'B/0', 'A2a/0', 'A1/0']);
  });
});

describe('toggleOpen', () => {
  it('opens, and closing a sector closes what was open under it', () => {
    expect(toggleOpen(cube, [], 'A')).toEqual(['A']);
    expect(toggleOpen(cube, ['A', 'A2'], 'A')).toEqual([]);
    expect(toggleOpen(cube, ['A', 'A2'], 'A2')).toEqual(['A']);
  });
});

describe('profileSector', () => {
  // The full cube has every level; the leaves lack the parents A and A2.
  const full = { sectors: cube.sectors, sectorIndex: new Map(codes.map((c, i) => [c, i])) };
  const leaves = { sectors: ['A1', 'A2a', 'B'].map((code) => ({ code })) };
  it('follows a parent the leaves lack from the full cube, in a nested chart only', () => {
    expect(profileSector(true, full, leaves, 'A2', -1)).toEqual({ inFull: true, index: 3, code: 'A2' });
    expect(profileSector(false, full, leaves, 'A2', -1)).toEqual({ inFull: false, index: 0, code: '' });
  });
  it("otherwise is the leaves' sector; with none chosen, the first for the series and no code", () => {
    expect(profileSector(true, full, leaves, 'Z', 2)).toEqual({ inFull: false, index: 2, code: 'B' });
    expect(profileSector(false, full, leaves, 'B', 2)).toEqual({ inFull: false, index: 2, code: 'B' });
    expect(profileSector(true, full, leaves, null, -1)).toEqual({ inFull: false, index: 0, code: '' });
  });
});

describe('profileLqBars', () => {
  // England 60 + 40, X 30 + 10: X's LQ in A is (30/40) / (60/100) = 1.25, in B (10/40) / (40/100) = 0.625.
  const rows = [
    ['E92000001', 'A', 60],
    ['E92000001', 'B', 40],
    ['E06000001', 'A', 30],
    ['E06000001', 'B', 10],
  ].map(([areaCode, sectorCode, value]) => ({
    ...{ areaCode: String(areaCode), areaName: String(areaCode), sectorCode: String(sectorCode) },
    ...{ sectorName: String(sectorCode), year: '2022', value: Number(value), flag: null, ci95: null, row: 0 },
  }));
  const flat = buildCube(rows);
  const england = areaBenchmark(flat, 0);
  it("is the leaves' bars against the benchmark when the dataset does not nest", () => {
    const r = profileLqBars(flat, flat, england, 'lad', { area: 1, year: 0, open: [], indicator: false });
    expect(r.nested).toBe(false);
    expect(r.fullBench).toBe(england);
    expect(r.bars.map((b) => [b.sector.code, b.lq])).toEqual([
      ['A', 1.25],
      ['B', 0.625],
    ]);
  });
});
