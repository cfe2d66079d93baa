// Peers by sector mix, on a hand-made cube of LEPs with four sectors in 2020:
//
//             S1   S2   S3   S4    shares over the sectors in common with T
// T (target)  50   30   20    0    .5  .3  .2  0
// P1         100   60   40    0    same mix                              d = 0
// P2 Zeta     40   40   20    0    .4  .4  .2  0    ½(.1 + .1)           d = 0.1
// P7 Eta      40   40   20    0    same as Zeta: a tie, broken by name   d = 0.1
// P3           0    0    0   10    0   0   0   1    ½(.5 + .3 + .2 + 1)  d = 1
// P4          25    —   25    0    common S1 S3 S4: T 50/70, 20/70, 0 vs .5, .5, 0
//                                  ½(|5/7 − .5| + |2/7 − .5|) = ½(3/14 + 3/14) = 3/14
// P5           —    —   10   10    common S3 S4 (2 of 4 = half: kept): T 1, 0 vs .5, .5 → d = 0.5
// P6           —    —    —    5    1 sector in common, fewer than half: ignored
// England and a district with T's exact mix are other levels: not peers of a LEP.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import { comparedSectors, mixDistance, peerAreas } from '../../src/lib/profile/peers';

function cubeOf(table: [string, string, (number | null)[]][]) {
  const rows: AuditRow[] = [];
  for (const [code, name, values] of table) {
    values.forEach((value, s) =>
      rows.push({
        areaCode: code,
        areaName: name,
        sectorCode: `S${s + 1}`,
        sectorName: `Sector ${s + 1}`,
        year: '2020',
        value,
        flag: value === null ? 'suppressed' : null,
        ci95: null,
        row: rows.length + 2,
      }),
    );
  }
  return buildCube(rows);
}

const cube = cubeOf([
  ['E37000001', 'Target', [50, 30, 20, 0]],
  ['E37000002', 'Pone', [100, 60, 40, 0]],
  ['E37000003', 'Zeta', [40, 40, 20, 0]],
  ['E37000004', 'Pthree', [0, 0, 0, 10]],
  ['E37000005', 'Pfour', [25, null, 25, 0]],
  ['E37000006', 'Pfive', [null, null, 10, 10]],
  ['E37000007', 'Psix', [null, null, null, 5]],
  ['E37000008', 'Eta', [40, 40, 20, 0]],
  ['E92000001', 'England', [50, 30, 20, 0]],
  ['E06000001', 'District', [5, 3, 2, 0]],
]);
const T = 0;

describe('mixDistance', () => {
  it('is ½ Σ |share differences| over the sectors known in both, shares renormalised', () => {
    expect(mixDistance(cube, T, 1, 0).distance).toBe(0);
    expect(mixDistance(cube, T, 2, 0).distance).toBeCloseTo(0.1, 12);
    expect(mixDistance(cube, T, 3, 0).distance).toBeCloseTo(1, 12);
    expect(mixDistance(cube, T, 4, 0)).toEqual({ distance: expect.closeTo(3 / 14, 12), sectorsCompared: 3 });
    expect(mixDistance(cube, T, 5, 0).distance).toBeCloseTo(0.5, 12);
  });

  it('is symmetric, and NaN with fewer than half the sectors in common', () => {
    expect(mixDistance(cube, 4, T, 0).distance).toBeCloseTo(mixDistance(cube, T, 4, 0).distance, 15);
    expect(mixDistance(cube, T, 6, 0)).toEqual({ distance: NaN, sectorsCompared: 1 });
  });
});

describe('peerAreas', () => {
  it('lists the five nearest areas of the same level, nearest first, ties by name, never itself', () => {
    const peers = peerAreas(cube, T, 0);
    expect(peers.map((p) => [p.name, +p.distance.toFixed(6)])).toEqual([
      ['Pone', 0],
      ['Eta', 0.1],
      ['Zeta', 0.1],
      ['Pfour', +(3 / 14).toFixed(6)],
      ['Pfive', 0.5],
    ]);
    expect(peers[0]).toMatchObject({ index: 1, code: 'E37000002' });
  });

  it('takes count, leaves out areas with too little in common, and can look at another level', () => {
    expect(peerAreas(cube, T, 0, { count: 2 }).map((p) => p.name)).toEqual(['Pone', 'Eta']);
    const all = peerAreas(cube, T, 0, { count: 20 }).map((p) => p.name);
    expect(all).toEqual(['Pone', 'Eta', 'Zeta', 'Pfour', 'Pfive', 'Pthree']); // no Psix, England, District, Target
    expect(peerAreas(cube, T, 0, { level: 'lad' })).toEqual([
      { index: 9, code: 'E06000001', name: 'District', distance: 0, sectorsCompared: 4 },
    ]);
  });

  it('returns nothing for an unknown area', () => {
    expect(peerAreas(cube, 99, 0)).toEqual([]);
  });
});

// Sectors that nest: Total ⊃ P ⊃ {L1, L2}, Total ⊃ L3, Total ⊃ X (X left out, like imputed rent).
// Mixes are compared over the leaves less X: L1, L2, L3.
//            Total   P  L1  L2  L3   X    leaf shares (L1 L2 L3)
// A            100  60  40  20  30  10    4/9  2/9  3/9
// B            100  60  20  40  30  10    2/9  4/9  3/9    d = ½(2/9 + 2/9) = 2/9
// C  Gamma     200 120  80  40  60  20    4/9  2/9  3/9    d = 0
// D  Delta     110  60  40  20  30  20    4/9  2/9  3/9    d = 0 (differs only in X)
// Over all six rows A–B would be ½(20 + 20)/260 = 1/13, and A–D would not be 0.
describe('peers of a dataset whose sectors nest', () => {
  const codes = ['Total', 'P', 'L1', 'L2', 'L3', 'X'];
  const table: [string, string, number[]][] = [
    ['E37000001', 'Alpha', [100, 60, 40, 20, 30, 10]],
    ['E37000002', 'Beta', [100, 60, 20, 40, 30, 10]],
    ['E37000003', 'Gamma', [200, 120, 80, 40, 60, 20]],
    ['E37000004', 'Delta', [110, 60, 40, 20, 30, 20]],
  ];
  const rows: AuditRow[] = table.flatMap(([areaCode, areaName, values]) =>
    values.map((value, s) => ({
      areaCode,
      areaName,
      sectorCode: codes[s],
      sectorName: codes[s],
      year: '2020',
      value,
      flag: null,
      ci95: null,
      row: 0,
    })),
  );
  const flat = buildCube(rows);
  const tree = {
    ...flat,
    sectorParent: { P: 'Total', L1: 'P', L2: 'P', L3: 'Total', X: 'Total' },
    sectorExclude: ['X'],
  };

  it('compares over the leaves less the excluded sector', () => {
    expect(comparedSectors(tree).map((i) => tree.sectors[i].code)).toEqual(['L1', 'L2', 'L3']);
    const d = mixDistance(tree, 0, 1, 0);
    expect(d.sectorsCompared).toBe(3);
    expect(d.distance).toBeCloseTo(2 / 9, 12);
    expect(mixDistance(tree, 0, 3, 0).distance).toBeCloseTo(0, 12);
    // The same cube read flat adds the overlapping rows: a different, wrong distance.
    expect(mixDistance(flat, 0, 1, 0).distance).toBeCloseTo(1 / 13, 12);
  });

  it('ranks peers by the leaf mix, never by overlapping rows', () => {
    const peers = peerAreas(tree, 0, 0);
    expect(peers.map((p) => [p.name, p.sectorsCompared])).toEqual([
      ['Delta', 3],
      ['Gamma', 3],
      ['Beta', 3],
    ]);
    expect(peers[2].distance).toBeCloseTo(2 / 9, 12);
  });
});
