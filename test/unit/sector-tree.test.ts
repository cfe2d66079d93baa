// The sector-tree rules against a small tree worked by hand:
//
//   T  all industries                 100
//   ├ P  production                    40
//   │ ├ M  manufacturing               30
//   │ │ ├ M1 food                       — (suppressed)
//   │ │ └ M2 machinery                 12
//   │ └ U  utilities                   10
//   └ S  services                      60
//     ├ R  retail                      25
//     └ H  real estate                 35
//       ├ HI imputed rent              20
//       └ HM market real estate        15
import { describe, expect, it } from 'vitest';
import {
  childCodes,
  codesAtLevel,
  cutCodes,
  isAncestor,
  isNested,
  leafCodes,
  pathTo,
  rollUp,
  sectorOptionLabel,
  sectorOptions,
  sectorTree,
  treeTotal,
} from '../../src/lib/data/sector-tree';

const CODES = ['T', 'P', 'M', 'M1', 'M2', 'U', 'S', 'R', 'H', 'HI', 'HM'];
const PARENT = { P: 'T', M: 'P', M1: 'M', M2: 'M', U: 'P', S: 'T', R: 'S', H: 'S', HI: 'H', HM: 'H' };
const VALUES: Record<string, number> = {
  T: 100,
  P: 40,
  M: 30,
  M1: NaN,
  M2: 12,
  U: 10,
  S: 60,
  R: 25,
  H: 35,
  HI: 20,
  HM: 15,
};
const tree = sectorTree(CODES, PARENT);
const valueOf = (v: Record<string, number>) => (c: string) => v[c] ?? NaN;

describe('sectorTree', () => {
  it('finds levels, roots, leaves and children', () => {
    expect(tree.levels).toBe(4);
    expect(isNested(tree)).toBe(true);
    expect(codesAtLevel(tree, 0)).toEqual(['T']);
    expect(codesAtLevel(tree, 1)).toEqual(['P', 'S']);
    expect(codesAtLevel(tree, 2)).toEqual(['M', 'U', 'R', 'H']);
    expect(codesAtLevel(tree, 3)).toEqual(['M1', 'M2', 'HI', 'HM']);
    expect(leafCodes(tree)).toEqual(['M1', 'M2', 'U', 'R', 'HI', 'HM']);
    expect(childCodes(tree, null)).toEqual(['T']);
    expect(childCodes(tree, 'S')).toEqual(['R', 'H']);
    expect(childCodes(tree, 'U')).toEqual([]);
    expect(pathTo(tree, 'M2')).toEqual(['T', 'P', 'M', 'M2']);
    expect(isAncestor(tree, 'P', 'M1')).toBe(true);
    expect(isAncestor(tree, 'M1', 'P')).toBe(false);
    expect(isAncestor(tree, 'S', 'M1')).toBe(false);
    expect(isAncestor(tree, 'M', 'M')).toBe(false);
  });

  it('is one level when no parents are given', () => {
    const flat = sectorTree(['A', 'B']);
    expect(flat.levels).toBe(1);
    expect(isNested(flat)).toBe(false);
    expect(cutCodes(flat, { level: 0 })).toEqual(['A', 'B']);
    expect(cutCodes(flat, 'leaves')).toEqual(['A', 'B']);
    expect(sectorTree([]).levels).toBe(0);
  });

  it('adds parents that have no rows of their own (REF main panels)', () => {
    const ref = sectorTree(['1', '2', '11'], { '1': 'A', '2': 'A', '11': 'B' });
    expect(ref.levels).toBe(2);
    expect(childCodes(ref, null)).toEqual(['A', 'B']);
    expect(ref.nodes[ref.index.get('A')!].hasRows).toBe(false);
    expect(ref.nodes[ref.index.get('1')!].hasRows).toBe(true);
    expect(cutCodes(ref, { level: 0 })).toEqual(['A', 'B']);
    expect(cutCodes(ref, 'leaves')).toEqual(['1', '2', '11']);
  });

  it('rejects a cycle and a sector that is its own parent', () => {
    expect(() => sectorTree(['A', 'B'], { A: 'B', B: 'A' })).toThrow(/cycle/);
    expect(() => sectorTree(['A'], { A: 'A' })).toThrow(/own parent/);
  });
});

describe('cutCodes: sectors a measure may be computed over', () => {
  it('takes one level, with shallower leaves standing in for themselves', () => {
    expect(cutCodes(tree, { level: 0 })).toEqual(['T']);
    expect(cutCodes(tree, { level: 1 })).toEqual(['P', 'S']);
    expect(cutCodes(tree, { level: 2 })).toEqual(['M', 'U', 'R', 'H']);
    // U and R have no children: they stand in at level 3.
    expect(cutCodes(tree, { level: 3 })).toEqual(['M1', 'M2', 'U', 'R', 'HI', 'HM']);
    expect(cutCodes(tree, 'leaves')).toEqual(['M1', 'M2', 'U', 'R', 'HI', 'HM']);
  });

  it('never holds a sector together with one of its ancestors', () => {
    for (const cut of [{ level: 0 }, { level: 1 }, { level: 2 }, { level: 3 }, 'leaves'] as const) {
      const codes = cutCodes(tree, cut, ['HI']);
      for (const a of codes) for (const b of codes) expect(isAncestor(tree, a, b)).toBe(false);
    }
  });

  it('replaces every ancestor of an excluded sector by its other parts', () => {
    // T, S and H all contain imputed rent HI: T → P + S, S → R + H, H → HM.
    expect(cutCodes(tree, { level: 0 }, ['HI'])).toEqual(['P', 'R', 'HM']);
    expect(cutCodes(tree, { level: 2 }, ['HI'])).toEqual(['M', 'U', 'R', 'HM']);
    expect(cutCodes(tree, 'leaves', ['HI'])).toEqual(['M1', 'M2', 'U', 'R', 'HM']);
    // Excluding a whole branch takes its children with it.
    expect(cutCodes(tree, { level: 2 }, ['P'])).toEqual(['R', 'H']);
  });
});

describe('rollUp and treeTotal', () => {
  it('uses a published parent figure even when a child is suppressed', () => {
    expect(rollUp(tree, 'M', valueOf(VALUES))).toEqual({ value: 30, missing: 0 });
  });

  it('sums the children of a parent whose own figure is missing, counting the gaps', () => {
    // M missing: M1 (suppressed) + M2 12 → 12, one part missing.
    expect(rollUp(tree, 'M', valueOf({ ...VALUES, M: NaN }))).toEqual({ value: 12, missing: 1 });
    expect(rollUp(tree, 'M1', valueOf(VALUES))).toEqual({ value: NaN, missing: 1 });
    expect(rollUp(tree, 'nope', valueOf(VALUES)).value).toBeNaN();
  });

  it('is the all-industries figure, never the sum of every row', () => {
    // Summing all 10 published rows would give 100+40+30+12+10+60+25+35+20+15 = 347.
    expect(treeTotal(tree, valueOf(VALUES))).toEqual({ value: 100, missing: 0 });
    // Without a total row: P 40 + S 60.
    expect(treeTotal(tree, valueOf({ ...VALUES, T: NaN }))).toEqual({ value: 100, missing: 0 });
  });

  it('leaves out imputed rent when asked: T 100 − HI 20 = 80 (= P 40 + R 25 + HM 15)', () => {
    expect(treeTotal(tree, valueOf(VALUES), ['HI'])).toEqual({ value: 80, missing: 0 });
    // HM suppressed: the published total less imputed rent is still whole (100 − 20).
    expect(treeTotal(tree, valueOf({ ...VALUES, HM: NaN }), ['HI'])).toEqual({ value: 80, missing: 0 });
    // HI itself suppressed: only the parts are left, P 40 + R 25 + HM 15 = 80.
    expect(treeTotal(tree, valueOf({ ...VALUES, HI: NaN }), ['HI'])).toEqual({ value: 80, missing: 0 });
    // HI and HM both suppressed: P 40 + R 25, one part missing.
    expect(treeTotal(tree, valueOf({ ...VALUES, HI: NaN, HM: NaN }), ['HI'])).toEqual({ value: 65, missing: 1 });
  });

  it('sums parents without rows from their children: A (3 + missing) + B 5 = 8, one missing', () => {
    const ref = sectorTree(['1', '2', '11'], { '1': 'A', '2': 'A', '11': 'B' });
    expect(treeTotal(ref, valueOf({ '1': 3, '2': NaN, '11': 5 }))).toEqual({ value: 8, missing: 1 });
    expect(treeTotal(ref, valueOf({})).value).toBeNaN();
  });
});

describe('sectorOptions: the picker in tree order', () => {
  it('lists parents before their children, indented by depth, and marks what is left out', () => {
    // Given out of tree order: children before parents.
    const sectors = ['HM', 'HI', 'H', 'R', 'S', 'T'].map((code) => ({ code, name: code.toLowerCase() }));
    const opts = sectorOptions(sectors, { S: 'T', R: 'S', H: 'S', HI: 'H', HM: 'H' }, ['HI']);
    expect(opts.map((o) => [o.code, o.depth, o.excluded])).toEqual([
      ['T', 0, false],
      ['S', 1, false],
      ['H', 2, false],
      ['HM', 3, false],
      ['HI', 3, true],
      ['R', 2, false],
    ]);
    expect(sectorOptionLabel(opts[2])).toBe('\u00a0'.repeat(6) + 'h');
    expect(sectorOptionLabel(opts[4])).toBe('\u00a0'.repeat(9) + 'hi (left out of totals)');
    // The chosen one, shown in the closed box, has no indent.
    expect(sectorOptionLabel(opts[2], true)).toBe('h');
  });

  it('keeps a flat list as it is', () => {
    expect(
      sectorOptions([
        { code: 'B', name: 'b' },
        { code: 'A', name: 'a' },
      ]).map((o) => o.code),
    ).toEqual(['B', 'A']);
  });
});
