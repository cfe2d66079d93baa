import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { resolveBenchmark } from '../../src/lib/metrics/benchmark';
import { areaNext, eciRankWords, listInWords, reasonInWords } from '../../src/lib/next/area-next';
import type { NextBase } from '../../src/lib/next/base';
import { industrySpaceLayout, industrySpaceLinks } from '../../src/lib/next/industry-space';
import { smartDiagram } from '../../src/lib/next/smart-diagram';
import { leafCube } from '../../src/lib/next/leaf-cube';
import { row } from './fixtures-audit';

describe('one area’s opportunities', () => {
  // England X 100, Y 100, Z 200, W 100 (shares .2 .2 .4 .2); the LEP X 30, Y 10, Z 60, W 0 (.3 .1 .6 0):
  // LQ X 1.5, Y 0.5, Z 1.5, W 0, so it specialises in X and Z.
  // Relatedness (by hand): XY .6, XZ .1, XW .2, YZ .2, YW .3, ZW .4.
  // Density Y = (.6 + .2) / (.6 + .2 + .3) = 8/11; W = (.2 + .4) / (.2 + .3 + .4) = 2/3.
  const rows = [
    ...['X', 'Y', 'Z', 'W'].map((s, i) => row('E92000001', s, '2022', [100, 100, 200, 100][i])),
    ...['X', 'Y', 'Z', 'W'].map((s, i) => row('E37000001', s, '2022', [30, 10, 60, 0][i])),
  ];
  const cube = buildCube(rows);
  const r = [
    [1, 0.6, 0.1, 0.2],
    [0.6, 1, 0.2, 0.3],
    [0.1, 0.2, 1, 0.4],
    [0.2, 0.3, 0.4, 1],
  ].flat();
  const base = {
    districts: { relatedness: Float64Array.from(r), complexity: { pci: Float64Array.from([0.5, 1.5, -1, -1]) } },
    backtest: null,
  } as unknown as NextBase;
  const next = areaNext(cube, 1, 0, resolveBenchmark(cube), base);

  it('ranks the sectors it does not specialise in by relatedness density, with the reason in words', () => {
    expect(next.opportunities.map((s) => s.code)).toEqual(['Y', 'W']);
    expect(next.opportunities[0].density).toBeCloseTo(8 / 11, 12);
    expect(next.opportunities[1].density).toBeCloseTo(2 / 3, 12);
    expect(next.opportunities[0].complexity).toBe(1.5);
    expect(reasonInWords(next.opportunities[0])).toBe('Related to your strengths in X and Z.');
    expect(reasonInWords(next.opportunities[1])).toBe('Related to your strengths in Z and X.');
    expect(next.meanDensity).toBeCloseTo((8 / 11 + 2 / 3) / 2, 12);
  });

  it('marks its specialisations and has no ECI when fewer than three areas of its level have one', () => {
    expect(next.sectors.filter((s) => s.specialised).map((s) => s.code)).toEqual(['X', 'Z']);
    expect(next.eci).toBeNaN();
    expect(next.eciOf).toBe(0);
    expect(next.levelWord).toBe('LEPs');
  });

  it('lists names in words', () => {
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('industry space', () => {
  it('draws the maximum spanning tree, then the strongest other links, never a link of strength 0', () => {
    // 12 .9, 13 .2, 14 0, 23 .5, 24 .1, 34 .3: tree 12, 23, 34; then 13 (.2); 14 never.
    const S = 4;
    const r = new Float64Array(S * S).fill(1);
    const set = (i: number, j: number, v: number) => ((r[i * S + j] = v), (r[j * S + i] = v));
    for (const [i, j, v] of [
      [0, 1, 0.9],
      [0, 2, 0.2],
      [0, 3, 0],
      [1, 2, 0.5],
      [1, 3, 0.1],
      [2, 3, 0.3],
    ])
      set(i, j, v);
    const links = industrySpaceLinks(r, S, 1);
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [0, 2],
    ]);
  });

  it('puts related sectors near each other, inside the unit square, apart, and the same every time', () => {
    // Sectors 0 and 1 go together (.9), 2 is related to neither.
    const r = [1, 0.9, 0, 0.9, 1, 0, 0, 0, 1];
    const a = industrySpaceLayout(r, 3, 0.05);
    const d = (i: number, j: number) => Math.hypot(a[i].x - a[j].x, a[i].y - a[j].y);
    expect(d(0, 1)).toBeLessThan(d(0, 2));
    expect(d(0, 1)).toBeGreaterThanOrEqual(0.05 - 1e-9);
    for (const p of a) {
      for (const v of [p.x, p.y]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(industrySpaceLayout(r, 3, 0.05)).toEqual(a);
  });
});

describe('the ECI rank in words', () => {
  const at = (eciWithout: { name: string; nothing: boolean }[]) => ({
    eciRank: 29,
    eciOf: 37,
    eciWithout,
    levelWord: 'LEPs',
  });
  it('is plain when every area of the level has a figure', () => {
    expect(eciRankWords(at([]))).toEqual({ rank: '29 of 37 LEPs', why: '' });
  });
  it('names the area without one and why, in the dataset’s own words for a true zero', () => {
    expect(eciRankWords(at([{ name: 'Swindon and Wiltshire', nothing: true }]), 'No research submitted')).toEqual({
      rank: '29 of the 37 LEPs with a figure',
      why: 'Swindon and Wiltshire has no research submitted, so it has no figure.',
    });
    expect(eciRankWords(at([{ name: 'Swindon and Wiltshire', nothing: true }])).why).toBe(
      'Swindon and Wiltshire has nothing in this data, so it has no figure.',
    );
  });
  it('gives each reason once, listing up to three names and counting more', () => {
    const many = ['A', 'B', 'C', 'D'].map((name) => ({ name, nothing: true }));
    expect(eciRankWords(at([...many, { name: 'E', nothing: false }]), 'No research submitted').why).toBe(
      '4 LEPs have no research submitted, so they have no figure. E has too few known figures, so it has no figure.',
    );
    expect(eciRankWords(at(many.slice(0, 2))).why).toBe('A and B have nothing in this data, so they have no figure.');
  });
  it('finds the areas of the level left without an ECI, and which have nothing at all', () => {
    // Four LEPs over sectors P, Q, R: three with a mix, one (E37000004) with 0 everywhere.
    const cells: [string, number[]][] = [
      ['E92000001', [60, 60, 60]],
      ['E37000001', [30, 5, 5]],
      ['E37000002', [5, 30, 5]],
      ['E37000003', [25, 25, 50]],
      ['E37000004', [0, 0, 0]],
    ];
    const c = buildCube(cells.flatMap(([a, v]) => ['P', 'Q', 'R'].map((s, i) => row(a, s, '2022', v[i]))));
    const b = {
      districts: { relatedness: new Float64Array(9).fill(0.5), complexity: { pci: new Float64Array(3) } },
      backtest: null,
    } as unknown as NextBase;
    const n = areaNext(c, c.areaIndex.get('E37000001')!, 0, resolveBenchmark(c), b);
    expect(n.eciOf).toBe(3);
    expect(n.eciWithout).toEqual([{ name: c.areas[c.areaIndex.get('E37000004')!].name, nothing: true }]);
  });
});

describe('smart-specialisation diagram', () => {
  const sector = (index: number, density: number, complexity: number, value: number) => ({
    index,
    code: `S${index}`,
    name: `S${index}`,
    lq: 0.5,
    specialised: false,
    density,
    complexity,
    value,
    because: [],
  });
  const size = { width: 220, height: 220, margin: { top: 10, right: 10, bottom: 10, left: 10 } };

  it('places density across (0–100%), complexity up (0 in the middle), and names the quadrant', () => {
    // Plot 10–210 both ways; complexity domain ±max(1, 2)·1.1 = ±2.2. Across, 0%–100% is inset by the
    // largest radius, 200/18 = 11.11: 21.11 to 198.89, so 75% is 21.11 + 0.75 × 177.78 = 154.44.
    const d = smartDiagram([sector(0, 0.75, 2, 100), sector(1, 0.25, -1.1, 25), sector(2, NaN, 1, 5)], 0.5, size);
    const b0 = d.bubbles.find((b) => b.sector.index === 0)!;
    const b1 = d.bubbles.find((b) => b.sector.index === 1)!;
    expect(b0.cx).toBeCloseTo(10 + 200 / 18 + 0.75 * (200 - 400 / 18), 9);
    expect(b0.cx).toBeCloseTo(154.444, 3);
    // Up, inset the same way: +2.2 at 10 + 11.11, so +2 is 110 − (2/2.2) × (100 − 11.11) = 29.19.
    expect(b0.cy).toBeCloseTo(110 - (2 / 2.2) * (100 - 200 / 18), 9);
    expect(b0.quadrant).toBe('related-complex');
    expect(b1.cx).toBeCloseTo(10 + 200 / 18 + 0.25 * (200 - 400 / 18), 9);
    expect(b1.cx).toBeCloseTo(65.556, 3);
    expect(b1.cy).toBeCloseTo(110 + (1.1 / 2.2) * (100 - 200 / 18), 9);
    expect(b1.quadrant).toBe('neither');
    expect(d.refX).toBeCloseTo(110, 9);
    expect(d.refY).toBeCloseTo(110, 9);
    // Area ∝ value: 100 against 25 gives twice the radius.
    expect(b0.r / b1.r).toBeCloseTo(2, 9);
    expect(d.omitted.map((s) => s.index)).toEqual([2]);
  });

  it('draws a bubble at 0% or 100% whole, inside the frame', () => {
    // The largest bubble (radius 200/18 = 11.11) at 100%: its centre 198.89, its right edge 210, the frame's.
    const d = smartDiagram([sector(0, 1, 0, 100), sector(1, 0, 0, 100)], 0.5, size);
    for (const b of d.bubbles) {
      expect(b.r).toBeCloseTo(200 / 18, 9);
      expect(b.cx + b.r).toBeLessThanOrEqual(d.plot.right + 1e-9);
      expect(b.cx - b.r).toBeGreaterThanOrEqual(d.plot.left - 1e-9);
    }
    // The most complex sector (complexity 2 of ±2.2) stays inside the top too.
    const top = smartDiagram([sector(0, 0.5, 2, 100)], 0.5, size).bubbles[0];
    expect(top.cy - top.r).toBeGreaterThanOrEqual(size.margin.top);
    expect(d.xTicks.map((t) => t.px)).toEqual([0, 0.25, 0.5, 0.75, 1].map((v) => 10 + 200 / 18 + v * (200 - 400 / 18)));
  });
});

describe('the leaf cube of a dataset whose industries nest', () => {
  // T = A + B; B = B1 + B2; "X" is excluded. Leaves without X: A, B1, B2.
  const rows = ['2020', '2021'].flatMap((y) =>
    [
      ['T', 100],
      ['A', 40],
      ['B', 50],
      ['B1', 20],
      ['B2', 30],
      ['X', 10],
    ].map(([s, v]) => row('E06000001', s as string, y, v as number)),
  );
  const cube = buildCube(rows);
  const meta = { sectorParent: { A: 'T', B: 'T', B1: 'B', B2: 'B', X: 'T' }, sectorExclude: ['X'] };

  it('keeps only the leaves, minus exclusions, in the years asked for, so totals add up once', () => {
    const leaf = leafCube(cube, meta, [1]);
    expect(leaf.sectors.map((s) => s.code)).toEqual(['A', 'B1', 'B2']);
    expect(leaf.years).toEqual(['2021']);
    expect(leaf.totals[0]).toBe(90);
  });

  it('is the cube itself when sectors do not nest', () => {
    expect(leafCube(cube, {}, [0])).toBe(cube);
    expect(leafCube(cube, null, [0])).toBe(cube);
  });
});
