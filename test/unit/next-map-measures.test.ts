// Relatedness density and ECI as map measures, worked by hand on ten districts and two LEPs.
//
// Five districts (type 1) hold A 40, B 40, C 20; five (type 2) hold A 20, B 20, C 60. England (their
// sum): A 300, B 300, C 400 of 1,000, shares .3 .3 .4. Type 1's LQs: A and B 4/3, C ½; type 2's:
// A and B ⅔, C 1.5. A and B are always specialised together and never with C, so A is related to B
// alone (C to neither): a type-1 district holds all of what is related to A (density 100%), a type-2
// district none of it (0%). Type 1 specialises in two sectors, type 2 in one, so type 1 is the more
// complex (the sign rule: more diverse places score higher). The LEPs: L1 = two type-1 districts,
// L2 = two type-2 districts. A parent AB = A + B is in the data too, as GVA's tree has parents.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { resolveBenchmark, sumBenchmark } from '../../src/lib/metrics/benchmark';
import { nextMapMeasures } from '../../src/lib/next/map-measures';
import { densitySector, leafBenchmark, leafCube } from '../../src/lib/next/leaf-cube';
import { nextMapWords } from '../../src/lib/views/map-words';
import { row } from './fixtures-audit';

const districts = Array.from({ length: 10 }, (_, i) => `E060000${String(i + 10)}`);
const type1 = districts.slice(0, 5);
const values = (code: string) => (type1.includes(code) ? [40, 40, 20] : [20, 20, 60]);
const rows = [
  ...districts.flatMap((d) => {
    const [a, b, c] = values(d);
    return [row(d, 'A', '2022', a), row(d, 'B', '2022', b), row(d, 'C', '2022', c), row(d, 'AB', '2022', a + b)];
  }),
  ...[
    ['E92000001', 300, 300, 400],
    ['E37000001', 80, 80, 40],
    ['E37000002', 40, 40, 120],
  ].flatMap(([area, a, b, c]) => [
    row(area as string, 'A', '2022', a as number),
    row(area as string, 'B', '2022', b as number),
    row(area as string, 'C', '2022', c as number),
    row(area as string, 'AB', '2022', (a as number) + (b as number)),
  ]),
];
const cube = buildCube(rows);
const meta = { sectorParent: { A: 'AB', B: 'AB' } };
const bench = resolveBenchmark(cube);

describe('nextMapMeasures', () => {
  it('maps each district’s relatedness density in A: 100% where all of B is held, 0% where none', () => {
    const m = nextMapMeasures(cube, meta, 0, bench, 'A', 'lad')!;
    expect(m.leaf).toBe(true);
    for (const d of districts) expect(m.density.get(d)).toBeCloseTo(type1.includes(d) ? 1 : 0, 12);
    expect(m.density.has('E37000001')).toBe(false);
  });

  it('gives LEPs their own specialisations against relatedness measured across districts', () => {
    const m = nextMapMeasures(cube, meta, 0, bench, 'A', 'lep')!;
    expect(m.density.get('E37000001')).toBeCloseTo(1, 12);
    expect(m.density.get('E37000002')).toBeCloseTo(0, 12);
  });

  it('scores the more diverse districts as more complex, the same within each type', () => {
    const m = nextMapMeasures(cube, meta, 0, bench, 'A', 'lad')!;
    const eci = districts.map((d) => m.eci.get(d)!);
    expect(eci.slice(0, 5).every((v) => v > 0)).toBe(true);
    expect(eci.slice(5).every((v) => v < 0)).toBe(true);
    expect(Math.max(...eci.slice(0, 5)) - Math.min(...eci.slice(0, 5))).toBeCloseTo(0, 9);
  });

  it('has no density for a sector with sub-industries (AB), but keeps ECI', () => {
    const m = nextMapMeasures(cube, meta, 0, bench, 'AB', 'lad')!;
    expect(m.leaf).toBe(false);
    expect(m.density.size).toBe(0);
    expect(m.eci.size).toBe(10);
  });

  it('is null with fewer than 10 districts to measure relatedness across', () => {
    const few = buildCube(rows.filter((r) => r.areaCode !== districts[9]));
    expect(nextMapMeasures(few, meta, 0, resolveBenchmark(few), 'A', 'lad')).toBeNull();
  });

  it('keeps a sum-of-areas benchmark a sum over the leaves, never England in its place', () => {
    // The two LEPs summed: A 80 + 40 = 120, B 120, C 40 + 120 = 160, total 400 (England: A 300 of 1,000).
    const leps = cube.areas.flatMap((a, i) => (a.level === 'lep' ? [i] : []));
    const sum = sumBenchmark(cube, leps, 'the sum of the 2 loaded areas');
    const leaves = leafCube(cube, meta, [0]);
    const b = leafBenchmark(cube, leaves, sum, 'lep');
    expect(b.label).toBe('the sum of the 2 loaded areas');
    expect(b.sector(leaves.sectorIndex.get('A')!, 0)).toBe(120);
    expect(b.sector(leaves.sectorIndex.get('C')!, 0)).toBe(160);
    expect(b.total(0)).toBe(400);
    // An area benchmark stays that area.
    const england = leafBenchmark(cube, leaves, bench, 'lep');
    expect(england.sector(leaves.sectorIndex.get('A')!, 0)).toBe(300);
  });

  it('shows density for the first of the finest industries under a parent, the sector itself otherwise', () => {
    const codes = cube.sectors.map((s) => s.code);
    expect(densitySector(codes, meta, 'AB')).toBe('A');
    expect(densitySector(codes, meta, 'B')).toBe('B');
    expect(densitySector(codes, meta, 'C')).toBe('C');
    // A sector left out of the measures is skipped; a flat list keeps whatever is chosen.
    expect(densitySector(codes, { ...meta, sectorExclude: ['A'] }, 'AB')).toBe('B');
    expect(densitySector(codes, null, 'AB')).toBe('AB');
  });

  it('says which benchmark the specialisations behind density and ECI are measured against', () => {
    const w = nextMapWords('density', {
      sector: 'A',
      leaf: true,
      level: 'lad',
      benchmark: 'the sum of the 10 loaded areas',
    });
    expect(w.about).toMatch(
      /Specialisation \(LQ ≥ 1\) is measured against the sum of the 10 loaded areas, the benchmark chosen/,
    );
    expect(nextMapWords('eci', { sector: 'A', leaf: true, level: 'lad', benchmark: 'England' }).about).toMatch(
      /measured against England,/,
    );
  });
});
